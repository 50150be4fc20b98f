-- quoox-xero schema 17: a business's lane is held by one node at a time, across nodes, so its calls
-- to Xero never run on two nodes at once (one organisation's 5 concurrent calls stay within reach,
-- and a refund still follows its sale). The holder and until when its hold lasts (renewed while the
-- lane makes progress; a node that dies leaves the business to the others after it).
alter table xero_business_dispatch add column lane_node varchar(64);
alter table xero_business_dispatch add column lane_until timestamp(6) with time zone;
-- Until when the business's organisation has no calls left for sending, as Xero's headers or its
-- 429 said on whichever node learnt it: every node holds the business's new sales until then.
alter table xero_business_dispatch add column calls_held_until timestamp(6) with time zone;
-- The rounds look for held businesses by each of these times; the rows are one per business.
create index ix_business_dispatch_lane on xero_business_dispatch (lane_until);
create index ix_business_dispatch_calls_held on xero_business_dispatch (calls_held_until);
