-- quoox-xero schema 16.1, PostgreSQL only: the entries not yet finished (new, waiting to retry, being
-- sent), a few hundred among millions sent, in an index of their own. Claiming and finding the due
-- businesses read it alone (index-only for the latter), so their cost follows the unfinished
-- entries, never the outbox's history (plans: docs/claiming.md).
create index ix_outbox_unfinished on xero_outbox_entry (business_id, next_attempt_at)
  include (state, lease_until)
  where state in ('PENDING', 'RETRY_WAIT', 'SENDING');
