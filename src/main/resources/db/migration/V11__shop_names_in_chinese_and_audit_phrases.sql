-- A shop's name as its park's people write it, beside the name it has had (often the platform's
-- English or pinyin name); the portal shows a Chinese reader this one when the shop has it.
alter table shops add column name_zh varchar(200);

-- What an audit entry says beyond its action, kept as phrases and their facts (JSON) so that each
-- reader gets it in their language; detail keeps the English. Entries written before have none,
-- and go on showing their detail as it was written.
alter table admin_audit add column phrases varchar(12000);
