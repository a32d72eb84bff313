-- Every decision the process branches on is kept on the case, where the gateways read it, so a
-- step completed through the engine's own clients (Tasklist) decides exactly as one through the API.
alter table complaints add column buyer_decision varchar(16);
alter table complaints add column receipt_received boolean;
-- What a timeline entry says, as named values (remedy, amount, …), so that each reader sees the
-- entry in their own language; detail keeps the English text that the chain's hash covers.
alter table timeline add column facts varchar(12000);
