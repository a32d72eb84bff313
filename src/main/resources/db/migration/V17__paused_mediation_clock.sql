-- Mediation's clock, stopped while the case waits on an information request or the committee: the
-- time it had left when it stopped. Mediation resumes with it; a mediation begun afresh does not.
create table paused_mediations (
    complaint_id varchar(36) primary key references complaints (id),
    time_left_ms bigint      not null,
    paused_at    timestamp with time zone not null
);
