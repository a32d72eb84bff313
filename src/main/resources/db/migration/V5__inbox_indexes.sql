-- Shaped like the inbox and list queries, so that with a million closed cases each reads only
-- the rows it returns:
--  * GET /api/tasks: a shop's, park's or buyer's cases at given stages, by deadline;
--  * GET /api/complaints: newest first (created_at desc, id desc), by caller and optional stage.
-- The list indexes end with id, the tie-breaker of the order, so no sort is needed.
drop index complaints_buyer;
drop index complaints_shop;
drop index complaints_park_stage;
drop index complaints_stage;
create index complaints_buyer_created on complaints (buyer, created_at, id);
create index complaints_shop_created on complaints (shop_id, created_at, id);
create index complaints_park_created on complaints (park_id, created_at, id);
create index complaints_created on complaints (created_at, id);
create index complaints_shop_stage_created on complaints (shop_id, stage, created_at, id);
create index complaints_park_stage_created on complaints (park_id, stage, created_at, id);
create index complaints_stage_created on complaints (stage, created_at, id);
create index complaints_shop_stage_due on complaints (shop_id, stage, due_at);
create index complaints_park_stage_due on complaints (park_id, stage, due_at);
create index complaints_buyer_stage_due on complaints (buyer, stage, due_at);
