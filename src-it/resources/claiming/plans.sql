-- The claim queries of docs/claiming.md, as Hibernate sends them, with EXPLAIN (ANALYZE, BUFFERS).
\echo === findDueBusinesses (max 64)
explain (analyze, buffers, costs off)
select e.business_id from xero_outbox_entry e
where e.state in ('PENDING','RETRY_WAIT','SENDING') and ((e.state <> 'SENDING' and e.next_attempt_at <= now())
    or (e.state = 'SENDING' and e.lease_until < now()))
group by e.business_id order by min(e.next_attempt_at) fetch first 64 rows only;
\echo === claimDueOf biz-7 (500 sent, 4 due)
begin;
explain (analyze, buffers, costs off)
select e.* from xero_outbox_entry e
where e.state in ('PENDING','RETRY_WAIT','SENDING') and ((e.state <> 'SENDING' and e.next_attempt_at <= now())
    or (e.state = 'SENDING' and e.lease_until < now()))
  and e.business_id = 'biz-7'
order by e.next_attempt_at, e.created_at fetch first 100 rows only for no key update skip locked;
rollback;
\echo === claimDueOf biz-big (100000 sent, 5 due)
begin;
explain (analyze, buffers, costs off)
select e.* from xero_outbox_entry e
where e.state in ('PENDING','RETRY_WAIT','SENDING') and ((e.state <> 'SENDING' and e.next_attempt_at <= now())
    or (e.state = 'SENDING' and e.lease_until < now()))
  and e.business_id = 'biz-big'
order by e.next_attempt_at, e.created_at fetch first 100 rows only for no key update skip locked;
rollback;
\echo === claimDueOfKinds biz-7
begin;
explain (analyze, buffers, costs off)
select e.* from xero_outbox_entry e
where e.state in ('PENDING','RETRY_WAIT','SENDING') and ((e.state <> 'SENDING' and e.next_attempt_at <= now())
    or (e.state = 'SENDING' and e.lease_until < now()))
  and e.business_id = 'biz-7' and e.source_kind in ('SALE','REFUND')
order by e.next_attempt_at, e.created_at fetch first 100 rows only for no key update skip locked;
rollback;
\echo === archive: SENT not changed for 90 days (first 2000)
begin;
explain (analyze, buffers, costs off)
select e.* from xero_outbox_entry e where e.state = 'SENT' and e.updated_at < now() - interval '90 days'
order by e.updated_at fetch first 2000 rows only for update skip locked;
rollback;
