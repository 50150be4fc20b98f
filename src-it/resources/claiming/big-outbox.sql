-- A production-sized outbox for reading the claim queries' plans (docs/claiming.md):
-- 1,000,000 SENT entries over 2,000 businesses (a year of history, 500 each), and the work of one
-- moment: 300 PENDING entries of 100 businesses, 100 waiting to retry later, 20 abandoned SENDING
-- (lease run out) and 20 claimed SENDING, plus 2,000 NEEDS_ATTENTION; and a big business, biz-big,
-- with 100,000 SENT and 5 PENDING. Run on a schema Flyway made:
--   psql -d DB -f big-outbox.sql
insert into xero_outbox_entry (id, business_id, source_kind, source_id, source_number, payload,
    state, attempts, request_revision, next_attempt_at, xero_document_id, xero_document_number,
    xero_contact_id, created_at, updated_at, version)
select md5('sent' || n), 'biz-' || (n % 2000), 'SALE', 'sale-' || n, 'S-' || n,
       '{"businessId":"biz-' || (n % 2000) || '","saleId":"sale-' || n || '","currency":"NZD",'
         || '"lines":[' || repeat('{"description":"Flat white","quantity":1,"unitPrice":5.50},', 6)
         || '{}]}',
       'SENT', 1, 0, now() - (n % 365) * interval '1 day',
       md5('inv' || n)::uuid::text, 'INV-' || n, md5('c' || (n % 2000))::uuid::text,
       now() - (n % 365) * interval '1 day', now() - (n % 365) * interval '1 day', 1
from generate_series(1, 1000000) n;

insert into xero_outbox_entry (id, business_id, source_kind, source_id, source_number, payload,
    state, attempts, request_revision, next_attempt_at, last_error, claimed_by, lease_until,
    created_at, updated_at, version)
select md5(k.state || k.due_in || n), 'biz-' || (n % k.businesses), 'SALE',
       k.state || k.due_in || '-' || n, 'L-' || n, '{}',
       k.state, 0, 0, now() + k.due_in, null, k.owner, now() + k.lease_in,
       now() - interval '1 minute', now(), 0
from (values (300, 100, 'PENDING', interval '-5 seconds', null, null),
             (100, 50, 'RETRY_WAIT', interval '10 minutes', null, null),
             (20, 20, 'SENDING', interval '-3 minutes', 'node-dead', interval '-1 minute'),
             (20, 20, 'SENDING', interval '-10 seconds', 'node-a', interval '2 minutes'),
             (2000, 500, 'NEEDS_ATTENTION', interval '-30 days', null, null))
       as k(how_many, businesses, state, due_in, owner, lease_in),
     generate_series(1, k.how_many) n;
insert into xero_outbox_entry (id, business_id, source_kind, source_id, source_number, payload,
    state, attempts, request_revision, next_attempt_at, xero_document_id, xero_document_number,
    xero_contact_id, created_at, updated_at, version)
select md5('big' || n), 'biz-big', 'SALE', 'big-' || n, 'B-' || n, '{"currency":"NZD"}',
       'SENT', 1, 0, now() - (n % 365) * interval '1 day', md5('binv' || n)::uuid::text,
       'INV-B' || n, md5('cbig')::uuid::text,
       now() - (n % 365) * interval '1 day', now() - (n % 365) * interval '1 day', 1
from generate_series(1, 100000) n;
insert into xero_outbox_entry (id, business_id, source_kind, source_id, source_number, payload,
    state, attempts, request_revision, next_attempt_at, created_at, updated_at, version)
select md5('bigdue' || n), 'biz-big', 'SALE', 'bigdue-' || n, 'BD-' || n, '{}', 'PENDING', 0, 0,
       now() - interval '2 seconds', now(), now(), 0
from generate_series(1, 5) n;
analyze xero_outbox_entry;
