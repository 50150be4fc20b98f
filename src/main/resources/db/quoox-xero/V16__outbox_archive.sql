-- quoox-xero schema 16: sent entries leave the outbox after the retention period
-- (quoox.xero.outbox.retention); what later events still need of them stays in a narrow archive.
-- Its key is the outbox's own (business, kind, source id), so a sale replayed after its entry left
-- is still recognised and never sent twice; its Xero ids let a late refund, a payment and Xero's
-- webhooks find the sale's invoice and contact.
create table xero_outbox_archive (
  business_id          varchar(64)   not null,
  source_kind          varchar(16)   not null,
  source_id            varchar(128)  not null,
  entry_id             varchar(36)   not null,
  source_number        varchar(64),
  related_source_id    varchar(128),
  provider             varchar(16),
  clearing_amount      numeric(19, 2),
  currency             varchar(3),
  document_total       numeric(19, 2),
  xero_document_id     varchar(36),
  xero_document_number varchar(64),
  xero_contact_id      varchar(36),
  xero_change          varchar(16),
  xero_change_amount   numeric(19, 2),
  xero_change_at       timestamp(6) with time zone,
  created_at           timestamp(6) with time zone not null,
  sent_at              timestamp(6) with time zone not null,
  archived_at          timestamp(6) with time zone not null,
  constraint pk_outbox_archive primary key (business_id, source_kind, source_id),
  constraint uk_outbox_archive_entry unique (entry_id)
);
-- Xero's webhooks name the document; a sale's payments are found by the sale they pay.
create index ix_outbox_archive_xero_document on xero_outbox_archive (xero_document_id);
create index ix_outbox_archive_related on xero_outbox_archive (business_id, related_source_id);
-- The retention job takes the SENT entries unchanged longest, a batch at a time.
create index ix_outbox_sent_at on xero_outbox_entry (state, updated_at);
