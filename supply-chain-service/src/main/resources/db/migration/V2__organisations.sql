-- Organisations as supply-chain analytics needs them, kept from the registry's events.
create table organisation (
    id               uuid primary key,
    name             text        not null,
    sector           text        not null,
    income_band      text        not null,
    characteristics  text[]      not null,
    town             text,
    postcode         text,
    framework_status text        not null,
    source_version   bigint      not null,
    updated_at       timestamptz not null
);
