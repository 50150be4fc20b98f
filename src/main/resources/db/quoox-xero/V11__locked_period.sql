-- quoox-xero schema 11: what a business wants done with documents dated in a period locked in
-- Xero: PARK (also when null) or FIRST_OPEN_DAY.
alter table xero_business_mappings add column locked_period varchar(16);
