-- Standards inquiries: a shop that collected too many NONCONFORMING findings in a window is asked by
-- the committee to correct itself (processes/standards-inquiry.bpmn, business key = the inquiry's id).
-- The inquiry keeps every fact of its steps: who sent the notice and when, with its requirements and
-- citations; who answered with the corrective plan and when; who verified it, the verdict and why.
-- open_shop_id is the shop's id while the inquiry is open and null once closed: its unique key lets a
-- shop have one open inquiry at most, even when two findings cross the threshold at once.
create table inquiries (
    id            varchar(36)   primary key,
    shop_id       varchar(64)   not null references shops (id),
    park_id       varchar(64)   not null references parks (id),
    open_shop_id  varchar(64)   unique,
    stage         varchar(20)   not null,
    verdict       varchar(16),
    opened_at     timestamp with time zone not null,
    due_at        timestamp with time zone,
    requirements  varchar(4000),
    notice_by     varchar(64),
    notice_at     timestamp with time zone,
    plan          varchar(8000),
    plan_by       varchar(64),
    plan_at       timestamp with time zone,
    reasoning     varchar(4000),
    verified_by   varchar(64),
    closed_at     timestamp with time zone,
    constraint inquiries_stage check (stage in ('COMMITTEE_NOTICE', 'CORRECTIVE_PLAN', 'VERIFICATION', 'CLOSED')),
    constraint inquiries_verdict check (verdict in ('CORRECTED', 'NOT_CORRECTED'))
);
create index inquiries_shop on inquiries (shop_id, opened_at);
create index inquiries_park on inquiries (park_id, opened_at);

-- The cases whose NONCONFORMING findings opened the inquiry: each counts towards one inquiry only.
create table inquiry_findings (
    inquiry_id   varchar(36) not null references inquiries (id),
    complaint_id varchar(36) not null references complaints (id),
    primary key (inquiry_id, complaint_id)
);
create index inquiry_findings_complaint on inquiry_findings (complaint_id);

-- The clauses the committee's notice cites, checked against the catalog as a ruling's are.
create table inquiry_citations (
    inquiry_id    varchar(36) not null references inquiries (id),
    standard_code varchar(40) not null,
    clause        varchar(20) not null,
    primary key (inquiry_id, standard_code, clause),
    foreign key (standard_code, clause) references standard_clauses (standard_code, clause)
);
