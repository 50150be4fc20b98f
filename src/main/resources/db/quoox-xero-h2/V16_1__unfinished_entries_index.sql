-- quoox-xero schema 16.1, H2 (demo, tests): H2 has no partial indexes, so a plain one serves a
-- business's claim; PostgreSQL gets a partial index instead (db/quoox-xero-postgresql).
create index ix_outbox_business_state on xero_outbox_entry (business_id, state, next_attempt_at);
