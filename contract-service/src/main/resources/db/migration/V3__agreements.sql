-- Agreements (contracts and grants) made from awards or recorded by the framework team, and their history.
create table agreement (
    id                     uuid primary key,
    reference              text        not null unique,
    -- one agreement per awarded lot, however often the award event arrives
    award_id               uuid unique,
    competition_id         uuid,
    lot_id                 uuid,
    ocid                   text,
    kind                   text        not null check (kind in ('CONTRACT', 'GRANT')),
    status                 text        not null,
    title                  text        not null,
    description            text,
    lead_provider_id       uuid        not null,
    lead_provider_name     text        not null,
    lead_provider_identifiers jsonb    not null default '[]',
    commissioning_bodies   jsonb       not null,
    owning_body_id         text        not null,
    contract_type          text,
    categories             jsonb       not null,
    region_code            text,
    areas                  jsonb       not null,
    value                  numeric(14, 2) not null check (value >= 0),
    start_date             date        not null,
    end_date               date        not null,
    eligible_population    jsonb       not null default '[]',
    complexity_levels      jsonb       not null default '[]',
    proposed_supply_chain  jsonb       not null default '[]',
    grant_terms            jsonb,
    published              boolean     not null,
    confidential_fields    jsonb       not null default '[]',
    contacts               jsonb       not null default '[]',
    awarded_at             timestamptz,
    created_at             timestamptz not null,
    created_by             text        not null,
    activated_at           timestamptz,
    activated_by           text,
    suspended_at           timestamptz,
    suspended_by           text,
    suspension_reason      text,
    reinstated_at          timestamptz,
    reinstated_by          text,
    ended_at               timestamptz,
    ended_by               text,
    end_reason             text,
    ending_soon_at         timestamptz,
    version                bigint      not null,
    check (end_date >= start_date)
);
create index agreement_status_dates on agreement (status, start_date, end_date);
create index agreement_end_date on agreement (end_date) where status in ('MOBILISING', 'LIVE', 'SUSPENDED');
create index agreement_lead_provider on agreement (lead_provider_id);
create index agreement_bodies on agreement using gin (commissioning_bodies jsonb_path_ops);

-- Every change of an agreement, with who decided, why and from when: the readable history.
create table agreement_change (
    id             uuid primary key,
    agreement_id   uuid        not null references agreement (id),
    kind           text        not null,
    rationale      text,
    effective_date date,
    decided_by     text        not null,
    decided_at     timestamptz not null,
    terms_before   jsonb,
    terms_after    jsonb       not null,
    version_after  bigint      not null
);
create index agreement_change_agreement on agreement_change (agreement_id, decided_at);

-- The lead provider's current rate card of a live agreement (republishing replaces the items).
create table rate_card (
    agreement_id   uuid primary key references agreement (id),
    items          jsonb       not null,
    published_at   timestamptz not null,
    published_by   text        not null,
    version        bigint      not null
);

-- Call-off orders against an agreement's rate card; placed ones count against the agreement's value.
create table call_off_order (
    id                  uuid primary key,
    agreement_id        uuid           not null references agreement (id),
    purchase_reference  text           not null,
    ordering_body_id    text           not null,
    lines               jsonb          not null,
    total               numeric(14, 2) not null check (total >= 0),
    status              text           not null,
    placed_at           timestamptz    not null,
    placed_by           text           not null,
    cancelled_at        timestamptz,
    cancelled_by        text,
    cancellation_reason text,
    version             bigint         not null
);
create index call_off_order_agreement on call_off_order (agreement_id, status);

-- Quarterly performance returns; a correction is a new version of the quarter's return.
create table performance_return (
    id              uuid primary key,
    agreement_id    uuid        not null references agreement (id),
    quarter         text        not null,
    return_version  int         not null,
    referrals       int         not null check (referrals >= 0),
    starts          int         not null check (starts >= 0 and starts <= referrals),
    completions     int         not null check (completions >= 0 and completions <= starts),
    outcomes        jsonb       not null,
    latest          boolean     not null,
    filed_at        timestamptz not null,
    filed_by        text        not null,
    unique (agreement_id, quarter, return_version)
);
create unique index performance_return_latest on performance_return (agreement_id, quarter) where latest;

-- Who delivers in which agreement, from the supply-chain service's subcontract events.
create table agreement_subcontractor (
    subcontract_id   uuid primary key,
    agreement_id     uuid        not null,
    organisation_id  uuid        not null,
    status           text        not null,
    delivering       boolean     not null,
    source_version   bigint      not null,
    updated_at       timestamptz not null
);
create index agreement_subcontractor_org on agreement_subcontractor (organisation_id, agreement_id) where delivering;
