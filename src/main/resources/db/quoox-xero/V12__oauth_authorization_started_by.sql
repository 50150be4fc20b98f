-- quoox-xero schema 12: the user who started a "Connect to Xero" sign-in, so that only they can
-- complete it. Sign-ins under way lapse after 15 minutes anyway; those started before this column
-- existed name nobody and are dropped, so the user starts again.
delete from xero_oauth_authorization;
alter table xero_oauth_authorization add column started_by varchar(255) not null;
