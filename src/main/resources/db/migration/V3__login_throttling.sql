-- Repeated failed sign-ins lock an account for a while (see security.LoginThrottle).
alter table users add column failed_logins integer default 0 not null;
alter table users add column locked_until timestamp with time zone;
