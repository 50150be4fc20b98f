-- quoox-xero schema 4: per-business dispatch control, shared by every node through the database.
-- An operator's pause, and the business's own circuit: consecutive transient failures of its Xero
-- and, while they last, until when its lane stops claiming (a cool-off that doubles per reopening).
create table xero_business_dispatch (
  business_id          varchar(64)  not null primary key,
  paused               boolean      default false not null,
  paused_at            timestamp(6) with time zone,
  paused_reason        varchar(500),
  consecutive_failures integer      default 0 not null,
  circuit_openings     integer      default 0 not null,
  circuit_open_until   timestamp(6) with time zone,
  updated_at           timestamp(6) with time zone not null,
  version              bigint       not null
);
-- What the dispatcher reads every round: the businesses it must leave alone.
create index ix_business_dispatch_held on xero_business_dispatch (paused, circuit_open_until);
