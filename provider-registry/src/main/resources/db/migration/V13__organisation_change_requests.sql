-- Changes a qualified organisation asks for to its reviewed declarations (identifiers, legal form, sector, income
-- band, characteristics) wait here for the framework team (issue 12); the organisation row keeps the approved values,
-- so the directory and the events show them until the change is approved.
create table organisation_change_request (
    id              uuid primary key,
    organisation_id uuid        not null references organisation (id),
    status          text        not null,
    proposed        jsonb       not null,
    changes         jsonb       not null,
    requested_at    timestamptz not null,
    requested_by    text        not null,
    decided_at      timestamptz,
    decided_by      text,
    reason          text,
    version         bigint      not null
);
create index organisation_change_request_org on organisation_change_request (organisation_id, requested_at);
create index organisation_change_request_status on organisation_change_request (status, requested_at);
-- One pending change per organisation: a newer request withdraws the older one.
create unique index organisation_change_request_one_pending on organisation_change_request (organisation_id)
    where status = 'PENDING';
