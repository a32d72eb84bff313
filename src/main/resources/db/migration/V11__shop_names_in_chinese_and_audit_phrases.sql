-- A shop's name as its park's people write it, beside the name it has had (often the platform's
-- English or pinyin name); the portal shows a Chinese reader this one when the shop has it.
alter table shops add column name_zh varchar(200);
