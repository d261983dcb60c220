-- Issue 12: an audit trail per competition, and co-commissioning by consent.

-- Every state change, decision, override and access to sealed bids after the deadline, in the order it happened.
create table competition_audit_entry (
    id             bigserial   primary key,
    competition_id uuid        not null references competition (id),
    at             timestamptz not null,
    actor          text        not null,
    action         text        not null,
    subject        text,
    details        jsonb       not null default '{}'::jsonb
);
create index competition_audit_entry_by_competition on competition_audit_entry (competition_id, id);

-- A co-commissioner named on a competition is invited; its budget counts only once its commissioner accepts.
alter table competition_body add column invitation   text not null default 'ACCEPTED';
alter table competition_body add column invited_at   timestamptz;
alter table competition_body add column invited_by   text;
alter table competition_body add column responded_at timestamptz;
alter table competition_body add column responded_by text;
alter table competition_body add column decline_reason text;
alter table competition_body alter column invitation drop default;
create index competition_body_by_body on competition_body (body_code, invitation);
