-- Issue 12: an audit trail per agreement, and co-commissioning by consent.

-- Every state change, variation, extension, decision, disclosure change, call-off order, consent, and read of
-- confidential commercial detail by someone outside the agreement, in the order it happened; never changed.
create table agreement_audit_entry (
    id           bigserial   primary key,
    agreement_id uuid        not null references agreement (id),
    at           timestamptz not null,
    actor        text        not null,
    actor_role   text        not null,
    action       text        not null,
    subject      text,
    reason       text,
    details      jsonb       not null default '{}'::jsonb
);
create index agreement_audit_entry_by_agreement on agreement_audit_entry (agreement_id, id);

-- Bodies of agreements made before consent existed were party to them: accepted.
update agreement set commissioning_bodies = (
    select jsonb_agg(b || '{"invitation": "ACCEPTED"}'::jsonb order by n)
    from jsonb_array_elements(commissioning_bodies) with ordinality as t (b, n));
