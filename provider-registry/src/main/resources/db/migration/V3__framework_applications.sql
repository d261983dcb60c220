create table framework_application (
    id              uuid primary key,
    organisation_id uuid        not null references organisation (id),
    status          text        not null,
    criteria        jsonb       not null,
    submitted_at    timestamptz not null,
    submitted_by    text        not null,
    suspended_until date,
    updated_at      timestamptz not null,
    version         bigint      not null
);
create index framework_application_org on framework_application (organisation_id);
create index framework_application_status on framework_application (status, submitted_at);
-- One live application per organisation: the database refuses a second one even if two requests race.
create unique index framework_application_one_live on framework_application (organisation_id)
    where status in ('SUBMITTED', 'QUALIFIED', 'SUSPENDED');

create table framework_decision (
    application_id uuid        not null references framework_application (id),
    action         text        not null,
    from_status    text        not null,
    to_status      text        not null,
    reason         text,
    until          date,
    decided_by     text        not null,
    decided_at     timestamptz not null
);
create index framework_decision_application on framework_decision (application_id);
