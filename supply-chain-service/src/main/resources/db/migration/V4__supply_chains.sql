-- Supply chains and every fact their figures depend on, each with the period it was true for, so figures "as at"
-- any date are one query over the periods covering it (README: "Figures as at a date").

-- What the registry said about an organisation, from when (event time) until when. The first period an organisation
-- gets starts at -infinity: what we first learned is taken as true before, so past dates still have attributes.
create table organisation_period (
    organisation_id      uuid        not null,
    valid_from           timestamptz not null,
    valid_to             timestamptz not null default 'infinity',
    sector               text        not null,
    income_band          text        not null,
    characteristics      text[]      not null,
    local_areas          text[]      not null default '{}',
    voluntary            boolean     not null,
    small                boolean     not null,
    large                boolean     not null,
    racially_minoritised boolean     not null,
    welsh                boolean     not null,
    womens_specialist    boolean     not null,
    primary key (organisation_id, valid_from)
);
create index organisation_period_current on organisation_period (organisation_id) where valid_to = 'infinity';

-- Agreements as the contract service publishes them (df.agreements.v1): the current facts.
create table agreement (
    id                  uuid primary key,
    reference           text,
    ocid                text,
    kind                text,
    status              text          not null,
    lead_provider_id    uuid          not null,
    lead_provider_name  text,
    owning_body_id      text,
    body_ids            text[]        not null,
    contract_type       text,
    categories          text[]        not null,
    region_code         text,
    areas               text[]        not null,
    value               numeric(14, 2) not null,
    start_date          date          not null,
    end_date            date          not null,
    shares_exceed_value boolean       not null default false,
    chain_version       bigint        not null default 0,
    source_version      bigint        not null,
    updated_at          timestamptz   not null
);
create index agreement_lead on agreement (lead_provider_id);

-- An agreement's facts by business date: [valid_from, valid_to). Variations split the period at their effective date.
create table agreement_period (
    agreement_id     uuid           not null references agreement (id),
    valid_from       date           not null,
    valid_to         date           not null,
    lead_provider_id uuid           not null,
    contract_type    text,
    categories       text[]         not null,
    region_code      text,
    areas            text[]         not null,
    in_wales         boolean        not null,
    value            numeric(14, 2) not null,
    primary key (agreement_id, valid_from)
);
create index agreement_period_dates on agreement_period (valid_from, valid_to);
create index agreement_period_areas on agreement_period using gin (areas);
create index agreement_period_categories on agreement_period using gin (categories);
create index agreement_period_contract_type on agreement_period (contract_type, valid_from);
create index agreement_period_region on agreement_period (region_code, valid_from);

create table subcontract (
    id              uuid primary key,
    agreement_id    uuid           not null references agreement (id),
    organisation_id uuid           not null,
    status          text           not null,
    categories      text[]         not null,
    areas           text[]         not null,
    share           numeric(14, 2),
    start_date      date           not null,
    end_date        date           not null,
    version         bigint         not null,
    proposed_at     timestamptz    not null,
    proposed_by     text           not null,
    confirmed_at    timestamptz,
    confirmed_by    text,
    changed_at      timestamptz,
    changed_by      text,
    withdrawn_at    timestamptz,
    withdrawn_by    text,
    ended_at        timestamptz,
    ended_by        text,
    end_reason      text
);
create index subcontract_agreement on subcontract (agreement_id);
create index subcontract_organisation on subcontract (organisation_id);
-- One live subcontract per organisation in a supply chain.
create unique index subcontract_one_live on subcontract (agreement_id, organisation_id) where status in ('PROPOSED', 'CONFIRMED');

-- Every change of a subcontract: who, why, when, and the subcontract as it became.
create table subcontract_change (
    id             bigserial primary key,
    subcontract_id uuid        not null references subcontract (id),
    version        bigint      not null,
    action         text        not null,
    status         text        not null,
    share          numeric(14, 2),
    categories     text[]      not null,
    areas          text[]      not null,
    start_date     date        not null,
    end_date       date        not null,
    effective_from date,
    reason         text,
    actor          text        not null,
    at             timestamptz not null,
    unique (subcontract_id, version)
);

-- A confirmed subcontract's share and scope by business date: [valid_from, valid_to).
create table subcontract_period (
    subcontract_id  uuid           not null references subcontract (id),
    agreement_id    uuid           not null,
    organisation_id uuid           not null,
    valid_from      date           not null,
    valid_to        date           not null,
    share           numeric(14, 2) not null,
    categories      text[]         not null,
    areas           text[]         not null,
    primary key (subcontract_id, valid_from)
);
create index subcontract_period_agreement on subcontract_period (agreement_id, valid_from, valid_to);

-- The share of an agreement's value a commissioning body wants to reach small organisations.
create table small_share_threshold (
    body_id       text primary key,
    minimum_share numeric(5, 4) not null,
    set_by        text          not null,
    set_at        timestamptz   not null,
    version       bigint        not null
);

-- Flags a commissioner acts on, raised once each (kind + subject), resolved when the condition no longer holds.
create table supply_chain_flag (
    id               uuid primary key,
    kind             text        not null,
    subject          text        not null,
    agreement_id     uuid,
    lead_provider_id uuid,
    area             text,
    category         text,
    body_ids         text[]      not null,
    detail           text        not null,
    raised_at        timestamptz not null,
    resolved_at      timestamptz,
    unique (kind, subject)
);
create index supply_chain_flag_open on supply_chain_flag (kind) where resolved_at is null;
