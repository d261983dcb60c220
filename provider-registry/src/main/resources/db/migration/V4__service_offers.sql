create table service_offer (
    id                uuid primary key,
    organisation_id   uuid        not null references organisation (id),
    category          text        not null references service_category (code),
    description       text,
    status            text        not null,
    published_at      timestamptz not null,
    published_by      text        not null,
    withdrawn_at      timestamptz,
    withdrawn_by      text,
    withdrawal_reason text,
    version           bigint      not null
);
create index service_offer_org on service_offer (organisation_id, status);
create index service_offer_category on service_offer (category, status);

-- Areas named one by one.
create table service_offer_named_area (
    offer_id  uuid not null references service_offer (id),
    area_code text not null references police_force_area (gss_code),
    primary key (offer_id, area_code)
);

-- Regions offered whole.
create table service_offer_region (
    offer_id    uuid not null references service_offer (id),
    region_code text not null references probation_region (code),
    primary key (offer_id, region_code)
);

-- Every area the offer covers: named areas plus all areas of the regions offered whole (what searches use).
create table service_offer_area (
    offer_id  uuid not null references service_offer (id),
    area_code text not null references police_force_area (gss_code),
    primary key (offer_id, area_code)
);
create index service_offer_area_code on service_offer_area (area_code);

create table service_offer_cohort (
    offer_id    uuid not null references service_offer (id),
    cohort_code text not null references service_category (code),
    primary key (offer_id, cohort_code)
);
