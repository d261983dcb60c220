-- An agreement terminated early is in force until the day before its termination takes effect (the terminated event's
-- effectiveDate), not until its end date: its periods, and so the figures and flags, stop there. last_day is the
-- last day it is in force, whichever comes first (Agreement.lastDay() says the same in Java).
alter table agreement add column terminated_from date,
    add column last_day date generated always as (
        case when terminated_from is null or terminated_from > end_date then end_date else terminated_from - 1 end) stored,
    -- the day its flags were last evaluated: an agreement not evaluated since its last day passed is evaluated again
    -- by the flag sweep (FlagSweep), which resolves what it no longer bears on
    add column flags_evaluated_on date;

-- Agreements terminated before this version: from the day the service last heard of them (the best it knows; the
-- terminated event's own date was not kept), their periods cut there and the read model rebuilt. Every event of an
-- agreement evaluated its flags, so the others were evaluated on the day of their last event; the terminated ones
-- are evaluated again by the first sweep.
update agreement set terminated_from = (updated_at at time zone 'UTC')::date where status = 'TERMINATED';
update agreement set flags_evaluated_on = (updated_at at time zone 'UTC')::date where status <> 'TERMINATED';
delete from agreement_period p using agreement a
where a.id = p.agreement_id and a.terminated_from is not null and p.valid_from >= a.terminated_from;
update agreement_period p set valid_to = a.terminated_from from agreement a
where a.id = p.agreement_id and a.terminated_from is not null and p.valid_to > a.terminated_from;
select diversity_membership_refresh(null, current_date) where exists (select 1 from agreement where status = 'TERMINATED');
