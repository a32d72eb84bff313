-- A timeline entry may quote a question with its answer, or a ruling's citations with its
-- reasoning: up to about 6,000 characters. Nothing is ever cut from the record.
alter table timeline alter column detail set data type varchar(10000);
