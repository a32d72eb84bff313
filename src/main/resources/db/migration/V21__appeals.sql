-- The appeal of a mediator's ruling (second instance), kept on its case: one per case. Who appealed
-- (the party, and the user who filed it), on what grounds, citing which evidence files (their ids,
-- comma-separated: at least one uploaded by the appellant's side after the ruling), and how the
-- review ended: UPHOLD or OVERTURN by another mediator of the park, or UPHOLD by its silence
-- (no decider). An overturn of a ruling for the shop awards a remedy and an amount.
alter table complaints add column appeal_party varchar(8);
alter table complaints add column appeal_by varchar(64);
alter table complaints add column appeal_grounds varchar(4000);
alter table complaints add column appeal_evidence varchar(1000);
alter table complaints add column appeal_filed_at timestamp with time zone;
alter table complaints add column appeal_decision varchar(16);
alter table complaints add column appeal_remedy varchar(20);
alter table complaints add column appeal_amount numeric(12, 2);
alter table complaints add column appeal_reasoning varchar(4000);
alter table complaints add column appeal_decided_by varchar(64);
alter table complaints add column appeal_decided_at timestamp with time zone;
