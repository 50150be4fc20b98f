-- quoox-xero schema 7: daily summary mode (issue 5).
-- Per business: an invoice per sale (PER_SALE, also when null) or one a day (DAILY_SUMMARY).
alter table xero_business_mappings add column invoicing varchar(16);

-- The daily summary an entry belongs to, fixed before the summary is first sent: a summary whose
-- outcome was unknown is sent again with exactly the same entries, key and reference, never
-- re-grouped, so it cannot reach Xero twice.
alter table xero_outbox_entry add column summary_key varchar(64);
create index ix_outbox_summary on xero_outbox_entry (business_id, summary_key);
