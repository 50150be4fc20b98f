-- quoox-xero schema 6: payments, refunds paid and payouts (issue 6).
-- Which provider's clearing account an entry moves money in and by how much (payments in, refunds
-- and payouts out), so the reconciliation view sums SENT entries instead of reading every payload.
alter table xero_outbox_entry add column provider varchar(16);
alter table xero_outbox_entry add column clearing_amount numeric(19, 2);
create index ix_outbox_clearing on xero_outbox_entry (business_id, provider, state);

-- Per business and payment provider: whether payments are recorded, into which account, and where
-- fees and payouts go. No row means payments of that provider are not recorded.
create table xero_provider_settings (
  business_id         varchar(64) not null,
  provider            varchar(16) not null,
  record_payments     boolean     not null,
  account_code        varchar(10),
  fee_account_code    varchar(10),
  fee_tax_type        varchar(50),
  payout_account_code varchar(10),
  primary key (business_id, provider)
);

-- Whether an earlier attempt may have created the entry's documents in Xero (its outcome was not
-- known: a timeout, a 5xx, a lost answer, a node that died mid-send). Only then does the dispatcher
-- look the documents up before creating them, and only entries without it go in batches (issue 5).
alter table xero_outbox_entry add column may_be_in_xero boolean default false not null;
