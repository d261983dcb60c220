-- This service's view of providers, kept from the registry's events.
create table provider (
    id                uuid primary key,
    name              text        not null,
    legal_identifiers jsonb       not null,
    sector            text,
    income_band       text,
    framework_status  text        not null,
    source_version    bigint      not null,
    updated_at        timestamptz not null
);
