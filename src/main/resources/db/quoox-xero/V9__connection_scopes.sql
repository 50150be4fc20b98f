-- quoox-xero schema 9: the scopes Xero granted a connection, and those Xero refused calls for.
-- Granted: from the token answer (space-separated), to tell the owner what is missing before a sale
-- is sent. Missing: what Xero refused with a fresh token, until the owner reconnects.
alter table xero_connection add column granted_scopes varchar(1000);
alter table xero_connection add column missing_scopes varchar(500);
