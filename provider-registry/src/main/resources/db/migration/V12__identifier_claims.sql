-- Legal identifiers are claims until the framework team (or a register check) verifies them (issue 12).
-- organisation_identifier keeps the identifiers an organisation currently holds (claimed or verified), so two
-- organisations may hold the same unverified identifier while the framework team resolves the conflict; only one
-- claim per identifier may ever be VERIFIED.
create table identifier_claim (
    id              uuid primary key,
    organisation_id uuid        not null references organisation (id),
    identifier      text        not null,
    status          text        not null,
    claimed_at      timestamptz not null,
    claimed_by      text        not null,
    decided_at      timestamptz,
    decided_by      text,
    evidence        text,
    reason          text,
    version         bigint      not null
);
create index identifier_claim_identifier on identifier_claim (identifier, status);
create index identifier_claim_org on identifier_claim (organisation_id, claimed_at);
create unique index identifier_claim_one_verified on identifier_claim (identifier) where status = 'VERIFIED';
create unique index identifier_claim_one_live_per_org on identifier_claim (organisation_id, identifier)
    where status in ('CLAIMED', 'VERIFIED');
create index identifier_claim_open on identifier_claim (identifier) where status = 'CLAIMED';

alter table organisation_identifier drop constraint organisation_identifier_identifier_key;
alter table organisation_identifier add primary key (organisation_id, identifier);
create index organisation_identifier_identifier on organisation_identifier (identifier);

-- Every identifier held before claims existed is a claim made at registration, by whoever registered it.
insert into identifier_claim (id, organisation_id, identifier, status, claimed_at, claimed_by, version)
select gen_random_uuid(), i.organisation_id, i.identifier, 'CLAIMED', o.created_at, o.created_by, 0
from organisation_identifier i join organisation o on o.id = i.organisation_id;
