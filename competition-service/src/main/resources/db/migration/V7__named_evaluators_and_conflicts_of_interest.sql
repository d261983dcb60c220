-- Issue 12: evaluators are named per competition by its owner, and declare any conflict of interest with each bidder
-- (after the deadline, when the bidders are known) before they see a bid.
create table competition_evaluator (
    competition_id uuid        not null references competition (id),
    evaluator      text        not null,
    assigned_at    timestamptz not null,
    assigned_by    text        not null,
    primary key (competition_id, evaluator)
);

create table conflict_declaration (
    competition_id  uuid        not null references competition (id),
    evaluator       text        not null,
    organisation_id uuid        not null,
    conflicted      boolean     not null,
    details         text,
    declared_at     timestamptz not null,
    primary key (competition_id, evaluator, organisation_id)
);
