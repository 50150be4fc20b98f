-- Scenario B of docs/claiming.md: one business back-filling 100,000 sales, all due.
insert into xero_outbox_entry (id, business_id, source_kind, source_id, source_number, payload,
    state, attempts, request_revision, next_attempt_at, created_at, updated_at, version)
select md5('backlog' || n), 'biz-backlog', 'SALE', 'backlog-' || n, 'BL-' || n, '{}', 'PENDING', 0, 0,
       now() - interval '1 hour' + n * interval '1 millisecond', now() - interval '1 hour', now() - interval '1 hour', 0
from generate_series(1, 100000) n;
analyze xero_outbox_entry;
