-- A standards inquiry tells its parties too: the committee when a step of it is theirs, the shop when its
-- corrective plan is due (and a reminder ahead of that deadline), and the shop how the inquiry ended.
-- A notice is about one case or about one inquiry.
alter table notifications alter column complaint_id drop not null;
alter table notifications add column inquiry_id varchar(36);
alter table notifications add constraint notifications_subject
    check ((complaint_id is null and inquiry_id is not null) or (complaint_id is not null and inquiry_id is null));
alter table notifications drop constraint notifications_kind;
alter table notifications add constraint notifications_kind
    check (kind in ('ACTION_REQUIRED', 'REMINDER', 'CASE_CLOSED', 'INQUIRY_CLOSED'));
