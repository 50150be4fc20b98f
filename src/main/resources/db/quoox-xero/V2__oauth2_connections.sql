-- quoox-xero schema 2: OAuth 2.0 "Connect to Xero" connections and their pending authorisations.

-- OAuth 2.0 connections use Quoox's own app credentials (configuration), not per-business ones.
alter table xero_connection alter column client_id drop not null;
alter table xero_connection alter column client_secret_encrypted drop not null;
alter table xero_connection alter column tenant_id drop not null;
alter table xero_connection add column status varchar(24) default 'CONNECTED' not null;
alter table xero_connection add column status_reason varchar(1000);
alter table xero_connection add column xero_connection_id varchar(64);
alter table xero_connection add column access_token_encrypted varchar(8192);
alter table xero_connection add column access_token_expires_at timestamp(6) with time zone;
alter table xero_connection add column refresh_token_encrypted varchar(2048);
alter table xero_connection add column organisations_to_choose varchar(8000);

-- An authorisation the user has started at Xero: its state and PKCE verifier, for the callback.
create table xero_oauth_authorization (
  state                   varchar(64)  not null primary key,
  business_id             varchar(64)  not null,
  code_verifier_encrypted varchar(512) not null,
  created_at              timestamp(6) with time zone not null
);
