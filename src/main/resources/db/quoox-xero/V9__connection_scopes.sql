-- quoox-xero schema 9: the scopes Xero granted a connection, and those Xero refused calls for.
-- Granted: from the token answer (space-separated), to tell the owner what is missing before a sale
-- is sent. Missing: what Xero refused with a fresh token, until the owner reconnects.
alter table xero_connection add column granted_scopes varchar(1000);
alter table xero_connection add column missing_scopes varchar(500);
-- The organisation's time zone as Xero names it (Organisation.Timezone, e.g. NEWZEALANDSTANDARDTIME):
-- documents are dated by the organisation's day, not the server's.
alter table xero_connection add column organisation_timezone varchar(64);
-- When an OAuth 2.0 connection's refresh token was last used: Xero forgets one unused for 60 days,
-- so idle connections are refreshed well before then.
alter table xero_connection add column refreshed_at timestamp(6) with time zone;
