-- Shaped like the inbox and list queries: a shop's or park's cases at given stages, by deadline
-- (GET /api/tasks) or newest first (GET /api/complaints?stage=...). With a million closed cases
-- these keep both to an index range scan of the open rows that matter.
create index complaints_shop_stage_due on complaints (shop_id, stage, due_at);
create index complaints_shop_stage_created on complaints (shop_id, stage, created_at);
create index complaints_park_stage_due on complaints (park_id, stage, due_at);
create index complaints_buyer_stage_due on complaints (buyer, stage, due_at);
