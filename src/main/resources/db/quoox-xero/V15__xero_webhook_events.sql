-- quoox-xero schema 15: what accountants do in Xero to what the module sent, heard through Xero's
-- webhooks. On the outbox entry: what Xero last showed of its document (PAID with the amount paid,
-- VOIDED, DELETED, EDITED with its new total), when, whether a person chose to leave it, and how
-- many times the sale was sent again as a new document (each with its own Reference suffix).
alter table xero_outbox_entry add column xero_change varchar(16);
alter table xero_outbox_entry add column xero_change_amount numeric(19, 2);
alter table xero_outbox_entry add column xero_change_at timestamp(6) with time zone;
alter table xero_outbox_entry add column xero_change_left boolean default false not null;
alter table xero_outbox_entry add column sent_again integer default 0 not null;
-- An event names Xero's document: find the entry that created it.
create index ix_outbox_xero_document on xero_outbox_entry (xero_document_id);

-- Webhook events as received, each once (a replay or a retried delivery finds its key), processed
-- after Xero's request was answered.
create table xero_webhook_event (
  id             varchar(36)  not null primary key,
  event_key      varchar(255) not null,
  tenant_id      varchar(64)  not null,
  resource_id    varchar(64)  not null,
  event_category varchar(32)  not null,
  event_type     varchar(32)  not null,
  event_date     timestamp(6) with time zone,
  received_at    timestamp(6) with time zone not null,
  state          varchar(16)  not null,
  outcome        varchar(255),
  claimed_until  timestamp(6) with time zone,
  version        bigint       not null,
  constraint uk_webhook_event unique (event_key)
);
create index ix_webhook_event_due on xero_webhook_event (state, claimed_until);

-- Without webhooks (an app that registered none): a business may switch on a slow poll of the
-- invoices changed in Xero since the last look (If-Modified-Since). Off unless a row says so.
create table xero_change_poll (
  business_id  varchar(64) not null primary key,
  enabled      boolean     not null,
  polled_until timestamp(6) with time zone not null
);
