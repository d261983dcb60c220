create table organisation (
    id               uuid primary key,
    name             text        not null,
    legal_form       text        not null,
    sector           text        not null,
    income_band      text        not null,
    address_line1    text        not null,
    address_line2    text,
    address_town     text        not null,
    address_postcode text        not null,
    contacts         jsonb       not null,
    website          text,
    framework_status text        not null,
    created_at       timestamptz not null,
    created_by       text        not null,
    updated_at       timestamptz not null,
    updated_by       text        not null,
    version          bigint      not null
);
create index organisation_name on organisation (lower(name));

create table organisation_identifier (
    organisation_id uuid not null references organisation (id),
    identifier      text not null unique
);
create index organisation_identifier_org on organisation_identifier (organisation_id);

create table organisation_characteristic (
    organisation_id uuid not null references organisation (id),
    characteristic  text not null,
    primary key (organisation_id, characteristic)
);

create table organisation_change (
    id              bigint generated always as identity primary key,
    organisation_id uuid        not null references organisation (id),
    at              timestamptz not null,
    actor           text        not null,
    action          text        not null,
    reason          text,
    changes         jsonb       not null
);
create index organisation_change_org on organisation_change (organisation_id, id);
