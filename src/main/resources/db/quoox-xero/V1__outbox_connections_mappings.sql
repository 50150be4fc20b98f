-- quoox-xero schema 1: the outbox, the connections and the account mappings.
-- Plain SQL that H2 (demo, tests) and PostgreSQL (production) both accept.

create table xero_outbox_entry (
  id                   varchar(36)      not null primary key,
  business_id          varchar(64)      not null,
  source_kind          varchar(16)      not null,
  source_id            varchar(128)     not null,
  source_number        varchar(64),
  related_source_id    varchar(128),
  payload              varchar(1000000) not null,
  state                varchar(20)      not null,
  attempts             integer          not null,
  request_revision     integer          not null,
  next_attempt_at      timestamp(6) with time zone,
  last_error           varchar(2000),
  claimed_by           varchar(64),
  lease_until          timestamp(6) with time zone,
  xero_document_id     varchar(36),
  xero_document_number varchar(64),
  xero_contact_id      varchar(36),
  created_at           timestamp(6) with time zone not null,
  updated_at           timestamp(6) with time zone not null,
  version              bigint           not null,
  -- Observing the same sale twice never makes a second row (DESIGN §2).
  constraint uk_outbox_source unique (business_id, source_kind, source_id)
);
-- What the dispatcher claims, and the sync log of one business.
create index ix_outbox_due on xero_outbox_entry (state, next_attempt_at);
create index ix_outbox_business on xero_outbox_entry (business_id, created_at);

create table xero_connection (
  business_id             varchar(64)   not null primary key,
  mode                    varchar(32)   not null,
  client_id               varchar(128)  not null,
  client_secret_encrypted varchar(1024) not null,
  tenant_id               varchar(64)   not null,
  organisation_name       varchar(255),
  connected_at            timestamp(6) with time zone not null,
  last_tested_at          timestamp(6) with time zone,
  last_test_result        varchar(1000)
);

create table xero_business_mappings (
  business_id           varchar(64) not null primary key,
  sales_account_code    varchar(10),
  sales_tax_type        varchar(50),
  shipping_account_code varchar(10),
  shipping_tax_type     varchar(50),
  rounding_account_code varchar(10),
  rounding_tax_type     varchar(50),
  invoice_status        varchar(16),
  contact_strategy      varchar(16),
  single_contact_name   varchar(255)
);

create table xero_category_coding (
  business_id  varchar(64)  not null references xero_business_mappings (business_id),
  category     varchar(100) not null,
  account_code varchar(10),
  tax_type     varchar(50),
  primary key (business_id, category)
);
