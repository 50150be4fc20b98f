-- quoox-xero schema 10: a payment provider's accounts may be named by Xero's AccountID (36
-- characters) as well as by code: Xero's bank accounts need not have a code.
alter table xero_provider_settings alter column account_code set data type varchar(36);
alter table xero_provider_settings alter column fee_account_code set data type varchar(36);
alter table xero_provider_settings alter column payout_account_code set data type varchar(36);
