-- Service offers in this service's provider view (from df.offer.published / df.offer.withdrawn), so eligibility
-- is computed locally.
alter table provider add column status_reason text;

create table provider_offer (
    offer_id        uuid primary key,
    organisation_id uuid        not null,
    category        text        not null,
    areas           jsonb       not null,
    regions         jsonb       not null,
    cohorts         jsonb       not null,
    published_at    timestamptz,
    withdrawn_at    timestamptz
);
create index provider_offer_category on provider_offer (category) where withdrawn_at is null;
create index provider_offer_organisation on provider_offer (organisation_id);

-- Who commissions: a regional probation director, a PCC, a prison governor, another authority.
create table commissioning_body (
    code        text primary key,
    name        text        not null,
    kind        text        not null,
    region_code text references probation_region (code),
    area_code   text references police_force_area (gss_code),
    created_at  timestamptz not null,
    created_by  text        not null
);

create sequence competition_reference_seq;
create sequence opportunity_reference_seq;

create table opportunity (
    id                   uuid primary key,
    reference            text        not null unique,
    owner_body           text        not null references commissioning_body (code),
    title                text        not null,
    description          text,
    category             text        not null references service_category (code),
    region_code          text references probation_region (code),
    areas                jsonb       not null,
    indicative_value     numeric(14, 2) not null,
    funding_mechanism    text        not null,
    expected_publication date,
    expected_award       date,
    expected_start       date,
    status               text        not null,
    created_at           timestamptz not null,
    created_by           text        not null,
    published_at         timestamptz,
    published_by         text
);

create table opportunity_subscription (
    id              uuid primary key,
    organisation_id uuid        not null,
    categories      jsonb       not null,
    areas           jsonb       not null,
    created_at      timestamptz not null,
    created_by      text        not null
);
create index opportunity_subscription_org on opportunity_subscription (organisation_id);

create table competition (
    id                     uuid primary key,
    reference              text        not null unique,
    ocid                   text        not null unique,
    title                  text        not null,
    description            text,
    owner_body             text        not null references commissioning_body (code),
    opportunity_id         uuid references opportunity (id),
    status                 text        not null,
    clarification_deadline timestamptz not null,
    submission_deadline    timestamptz not null,
    evaluation_ends_on     date,
    standstill_days        int         not null,
    expected_award_on      date,
    criteria               jsonb       not null,
    pass_fail_requirements jsonb       not null,
    created_at             timestamptz not null,
    created_by             text        not null,
    published_at           timestamptz,
    published_by           text,
    eligibility_override   text,
    closed_at              timestamptz,
    evaluation_started_at  timestamptz,
    decided_at             timestamptz,
    decided_by             text,
    standstill_ends_at     timestamptz,
    awarded_at             timestamptz,
    ended_at               timestamptz,
    ended_by               text,
    end_reason             text,
    version                bigint      not null
);
create index competition_status on competition (status);

create table competition_body (
    competition_id uuid           not null references competition (id),
    body_code      text           not null references commissioning_body (code),
    role           text           not null,
    budget         numeric(14, 2) not null,
    primary key (competition_id, body_code)
);

create table lot (
    id                  uuid primary key,
    competition_id      uuid           not null references competition (id),
    number              int            not null,
    title               text           not null,
    category            text           not null references service_category (code),
    region_code         text references probation_region (code),
    areas               jsonb          not null,
    max_value           numeric(14, 2) not null,
    funding_mechanism   text           not null,
    contract_start      date           not null,
    contract_end        date           not null,
    requirements        jsonb          not null,
    minimum_income      numeric(14, 2),
    eligible_at_publish int,
    outcome             text,
    outcome_reason      text,
    unique (competition_id, number)
);

create table bid (
    id              uuid primary key,
    competition_id  uuid        not null references competition (id),
    organisation_id uuid        not null,
    status          text        not null,
    lots            jsonb       not null,
    answers         jsonb       not null,
    partners        jsonb       not null,
    exclusions      jsonb       not null,
    received_at     timestamptz not null,
    content_hash    text        not null,
    submitted_by    text        not null,
    withdrawn_at    timestamptz,
    version         bigint      not null,
    unique (competition_id, organisation_id)
);

create table bid_receipt (
    id           bigserial primary key,
    bid_id       uuid        not null references bid (id),
    action       text        not null,
    received_at  timestamptz not null,
    content_hash text,
    actor        text        not null
);

create table clarification (
    id             uuid primary key,
    competition_id uuid        not null references competition (id),
    asked_by_org   uuid        not null,
    asked_by       text        not null,
    asked_at       timestamptz not null,
    question       text        not null,
    answer         text,
    answered_at    timestamptz,
    answered_by    text
);

create table evaluator_score (
    id        bigserial primary key,
    bid_id    uuid        not null references bid (id),
    lot_id    uuid        not null references lot (id),
    evaluator text        not null,
    scores    jsonb       not null,
    pass_fail jsonb       not null,
    comment   text,
    scored_at timestamptz not null,
    unique (bid_id, lot_id, evaluator)
);

create table moderated_score (
    bid_id       uuid        not null references bid (id),
    lot_id       uuid        not null references lot (id),
    scores       jsonb       not null,
    pass_fail    jsonb       not null,
    rationale    text        not null,
    moderated_by text        not null,
    moderated_at timestamptz not null,
    primary key (bid_id, lot_id)
);

create table award (
    id              uuid primary key,
    competition_id  uuid           not null references competition (id),
    lot_id          uuid           not null unique references lot (id),
    bid_id          uuid           not null references bid (id),
    organisation_id uuid           not null,
    value           numeric(14, 2) not null,
    status          text           not null,
    decided_at      timestamptz    not null,
    decided_by      text           not null,
    awarded_at      timestamptz
);
