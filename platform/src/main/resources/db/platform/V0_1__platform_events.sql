-- Transactional outbox, idempotent inbox and parked events: the same in every service (platform module).
create table outbox_event (
    seq             bigint generated always as identity primary key,
    event_id        text        not null unique,
    topic           text        not null,
    aggregate_id    text        not null,
    event_type      text        not null,
    payload         text        not null,
    status          text        not null default 'PENDING' check (status in ('PENDING', 'PUBLISHED', 'PARKED')),
    attempts        integer     not null default 0,
    created_at      timestamptz not null,
    next_attempt_at timestamptz not null,
    published_at    timestamptz,
    last_error      text
);
create index outbox_event_pending on outbox_event (seq) where status = 'PENDING';
create index outbox_event_pending_aggregate on outbox_event (topic, aggregate_id, seq) where status = 'PENDING';

create table inbox_event (
    consumer     text        not null,
    event_id     text        not null,
    event_type   text        not null,
    processed_at timestamptz not null,
    primary key (consumer, event_id)
);

create table parked_event (
    id          bigint generated always as identity primary key,
    consumer    text        not null,
    topic       text        not null,
    event_id    text,
    event_type  text,
    payload     text        not null,
    error       text,
    attempts    integer     not null,
    parked_at   timestamptz not null,
    replayed_at timestamptz
);
