-- Idempotency-Key on creating POSTs: the first response per caller and key, replayed to retries.
create table idempotent_request (
    owner           text        not null,
    idempotency_key text        not null,
    operation       text        not null,
    request_hash    text        not null,
    created_at      timestamptz not null,
    status          integer,
    location        text,
    etag            text,
    body            text,
    primary key (owner, idempotency_key)
);
