-- Bids, awards and lots follow the competition's pattern: explicit states, each transition recording who and when.
alter table bid add column withdrawn_by text;

alter table award add column cancelled_at  timestamptz;
alter table award add column cancelled_by  text;
alter table award add column cancel_reason text;

-- A lot is OPEN until decided; AWARD_PENDING while its award waits for the end of standstill.
update lot set outcome = 'AWARD_PENDING'
 where outcome is null and id in (select lot_id from award where status = 'PENDING_STANDSTILL');
update lot set outcome = 'OPEN' where outcome is null;
alter table lot alter column outcome set not null;
alter table lot add column outcome_at timestamptz;
alter table lot add column outcome_by text;

-- Opportunities carry a version like every aggregate whose events consumers order by it.
alter table opportunity add column version bigint not null default 0;
