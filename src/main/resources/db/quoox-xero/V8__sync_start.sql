-- quoox-xero schema 8: from which day a business's sales go to Xero, and whether it has ever been
-- connected. A business that was connected keeps its sales waiting while it is disconnected; one
-- that never was sends, at its first connection, those made from the day it chose.
create table xero_sync_start (
  business_id        varchar(64) not null primary key,
  sends_from         date,
  first_connected_at timestamp(6) with time zone
);
-- Businesses connected before this table existed sent their sales from the day they connected.
insert into xero_sync_start (business_id, sends_from, first_connected_at)
  select business_id, cast(connected_at as date), connected_at from xero_connection;
