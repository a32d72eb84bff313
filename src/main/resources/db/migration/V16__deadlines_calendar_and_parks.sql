-- Deadlines that respect the calendar and the park (see the deadline module).

-- The official calendar: the public holidays, when the parks' shops are closed, and the weekend days
-- made working days (调休). Any other Saturday or Sunday is a day off, any other day a working day.
-- An administrator keeps each year's days (PUT /api/admin/calendar/{year}).
create table calendar_days (
    calendar_date date       primary key,
    kind          varchar(8) not null,
    constraint calendar_days_kind check (kind in ('HOLIDAY', 'WORKDAY'))
);

-- 2026 as the State Council published it (国务院办公厅关于2026年部分节假日安排的通知, 4 November 2025).
insert into calendar_days (calendar_date, kind) values
    -- New Year: 1–3 January; Sunday 4 January is worked
    ('2026-01-01', 'HOLIDAY'), ('2026-01-02', 'HOLIDAY'), ('2026-01-03', 'HOLIDAY'), ('2026-01-04', 'WORKDAY'),
    -- Spring Festival: 15–23 February; Saturdays 14 and 28 February are worked
    ('2026-02-14', 'WORKDAY'), ('2026-02-15', 'HOLIDAY'), ('2026-02-16', 'HOLIDAY'), ('2026-02-17', 'HOLIDAY'),
    ('2026-02-18', 'HOLIDAY'), ('2026-02-19', 'HOLIDAY'), ('2026-02-20', 'HOLIDAY'), ('2026-02-21', 'HOLIDAY'),
    ('2026-02-22', 'HOLIDAY'), ('2026-02-23', 'HOLIDAY'), ('2026-02-28', 'WORKDAY'),
    -- Qingming: 4–6 April
    ('2026-04-04', 'HOLIDAY'), ('2026-04-05', 'HOLIDAY'), ('2026-04-06', 'HOLIDAY'),
    -- Labour Day: 1–5 May; Saturday 9 May is worked
    ('2026-05-01', 'HOLIDAY'), ('2026-05-02', 'HOLIDAY'), ('2026-05-03', 'HOLIDAY'), ('2026-05-04', 'HOLIDAY'),
    ('2026-05-05', 'HOLIDAY'), ('2026-05-09', 'WORKDAY'),
    -- Dragon Boat: 19–21 June
    ('2026-06-19', 'HOLIDAY'), ('2026-06-20', 'HOLIDAY'), ('2026-06-21', 'HOLIDAY'),
    -- Mid-Autumn: 25–27 September
    ('2026-09-25', 'HOLIDAY'), ('2026-09-26', 'HOLIDAY'), ('2026-09-27', 'HOLIDAY'),
    -- National Day: 1–7 October; Sunday 20 September and Saturday 10 October are worked
    ('2026-09-20', 'WORKDAY'), ('2026-10-01', 'HOLIDAY'), ('2026-10-02', 'HOLIDAY'), ('2026-10-03', 'HOLIDAY'),
    ('2026-10-04', 'HOLIDAY'), ('2026-10-05', 'HOLIDAY'), ('2026-10-06', 'HOLIDAY'), ('2026-10-07', 'HOLIDAY'),
    ('2026-10-10', 'WORKDAY');

-- A park's own deadline for a stage; a stage without one takes disputes.deadlines.*. A change applies
-- to the stages entered after it: a running deadline is the timer's, set when its stage began.
create table park_deadlines (
    park_id varchar(64) not null references parks (id),
    stage   varchar(32) not null,
    amount  integer     not null,
    unit    varchar(16) not null,
    primary key (park_id, stage),
    constraint park_deadlines_amount check (amount > 0),
    constraint park_deadlines_unit check (unit in ('HOURS', 'CALENDAR_DAYS', 'WORKING_DAYS'))
);

-- The time zone a park counts its days in; none: disputes.calendar.time-zone.
create table park_time_zones (
    park_id   varchar(64) primary key references parks (id),
    time_zone varchar(64) not null
);
