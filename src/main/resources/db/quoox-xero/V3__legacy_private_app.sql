-- quoox-xero schema 3: legacy Xero private apps (OAuth 1.0a RSA-SHA1, DESIGN §3).

-- A connected private app: its consumer key (also its OAuth token), the consumer secret (kept for
-- faithful migration; RSA-SHA1 never sends it), the certificate uploaded to Xero and its private
-- key. The secret and the key are stored only encrypted (SecretCipher).
alter table xero_connection add column consumer_key varchar(128);
alter table xero_connection add column consumer_secret_encrypted varchar(1024);
alter table xero_connection add column certificate_pem varchar(4000);
alter table xero_connection add column private_key_encrypted varchar(4096);

-- The certificate most recently generated for a business ("Download X509 Certificate"), waiting to
-- be uploaded to Xero and bound to a private app when the business saves its consumer key.
create table xero_private_app_certificate (
  business_id           varchar(64)   not null primary key,
  certificate_pem       varchar(4000) not null,
  private_key_encrypted varchar(4096) not null,
  generated_at          timestamp(6) with time zone not null
);
