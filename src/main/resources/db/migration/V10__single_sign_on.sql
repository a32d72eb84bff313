-- Single sign-on by OpenID Connect: a person an OpenID provider vouches for signs into one account
-- of the desk, found by the provider's issuer and its subject for that person (never by the email,
-- which the person may change at the provider, or the provider may hand to someone else later).
create table external_identities (
    issuer    varchar(512)             not null,
    subject   varchar(255)             not null,
    username  varchar(64)              not null references users (username),
    linked_at timestamp with time zone not null,
    primary key (issuer, subject)
);
create index external_identities_user on external_identities (username);

-- The email an administrator gave the account, at its creation or since. A first single sign-on
-- with a verified email links to an existing account only while that account's email is this one:
-- an account opened by signing up, or whose user since chose another email, is not taken over by
-- whoever the provider vouches for at that address.
alter table users add column admin_given_email varchar(254);

-- Accounts administrators created before this column: the audit log says who created them, and
-- whether the user has changed their account since (which may have been their email).
update users set admin_given_email = email
    where email is not null
      and exists (select 1 from admin_audit a
                  where a.action = 'USER_CREATED' and a.target = 'user:' || users.username)
      and not exists (select 1 from admin_audit a
                      where a.action = 'ACCOUNT_CHANGED' and a.target = 'user:' || users.username
                        and a.detail like '%email%');
