-- quoox-xero schema 5: the Reference template of documents and the option to link back to the sale.
-- Null in existing rows means the earlier behaviour: the sale number alone, with the link.
alter table xero_business_mappings add column reference_template varchar(255);
alter table xero_business_mappings add column link_to_sale boolean;
