-- Accounts without SQL: administrators create users with a temporary password, buyers sign up
-- themselves, everyone keeps their own email, language and password (see the account module).

-- Where notifications go. Stored in lower case, so one mailbox is one account whatever its case;
-- several accounts without one (an installation's first admin) are allowed.
alter table users add column email varchar(254);
alter table users add constraint users_email unique (email);
-- The portal's and the notifications' language; null: not chosen (zh-CN).
alter table users add column locale varchar(8);
alter table users add constraint users_locale check (locale in ('zh-CN', 'en'));
-- Set with a temporary password: until the user chooses their own, they may do nothing else.
alter table users add column must_change_password boolean default false not null;
-- When the password, the park or the shops of the account last changed: a session or a
-- remembered sign-in from before then ends (see security.LiveAccounts), on every node.
alter table users add column access_changed_at timestamp with time zone;
-- The streamer profile a STREAMER hosts for (the profiles themselves come later).
alter table users add column streamer_id varchar(64);
alter table users add column created_at timestamp with time zone;

-- A shop operator belongs to the park of their shops, which a park administrator administers.
update users set park_id = (
        select min(s.park_id) from shop_memberships m join shops s on s.id = m.shop_id
        where m.username = users.username)
    where role = 'SHOP' and park_id is null
      and (select count(distinct s.park_id) from shop_memberships m join shops s on s.id = m.shop_id
           where m.username = users.username) = 1;
create index users_park on users (park_id, role);

-- Every sign-up tried from a client address, a taken name too, so that neither accounts nor the
-- question whether an email has one can be had in bulk (see account.SignUpLimits).
create table signup_attempts (
    client_address varchar(64)              not null,
    at             timestamp with time zone not null
);
create index signup_attempts_client on signup_attempts (client_address, at);
-- One row, locked by every sign-up: they are counted one after the other on every node.
create table signup_turn (id integer primary key);
insert into signup_turn (id) values (1);
