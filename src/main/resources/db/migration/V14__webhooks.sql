-- Webhooks (Standard Webhooks 1.0): a park's own systems subscribe to what happens to its cases.

-- events holds the subscribed event types between commas (',complaint.filed,complaint.closed,'), so
-- that one LIKE finds a subscriber of an event exactly. The secret signs every message; it is
-- answered once, when the subscription is created.
create table webhook_subscriptions (
    id          varchar(36)   primary key,
    park_id     varchar(64)   not null references parks (id),
    url         varchar(2000) not null,
    events      varchar(400)  not null,
    secret      varchar(100)  not null,
    created_by  varchar(64)   not null,
    created_at  timestamp with time zone not null
);
-- A case's event looks up its park's subscribers: one indexed read, none found for most parks.
create index webhook_subscriptions_park on webhook_subscriptions (park_id);

-- One row per event and subscriber, written in the step's own transaction. message_id is the
-- event's webhook-id, the same on every attempt. next_attempt_at is null once there is nothing
-- more to do: delivered, or given up after the last retry. A node sends a row only while it holds
-- its lease (lease_until, lease_token), which it takes with a conditional update, so that the
-- nodes of a cluster never send one message at the same time. Attempts before schedule_start
-- belong to an earlier round: a replay starts the retry schedule again.
create table webhook_deliveries (
    subscription_id varchar(36)   not null references webhook_subscriptions (id) on delete cascade,
    message_id      varchar(40)   not null,
    event           varchar(40)   not null,
    complaint_id    varchar(36)   not null,
    payload         varchar(4000) not null,
    created_at      timestamp with time zone not null,
    attempts        int           not null,
    schedule_start  int           not null,
    last_status     int,
    delivered_at    timestamp with time zone,
    next_attempt_at timestamp with time zone,
    lease_until     timestamp with time zone,
    lease_token     varchar(36),
    primary key (subscription_id, message_id)
);
create index webhook_deliveries_due on webhook_deliveries (next_attempt_at);
create index webhook_deliveries_lease on webhook_deliveries (lease_token);
create index webhook_deliveries_log on webhook_deliveries (subscription_id, created_at);
