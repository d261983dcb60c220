-- An agreement terminated early is in force until the day before its termination takes effect (the terminated event's
-- effectiveDate), not until its end date: its periods, and so the figures and flags, stop there. last_day is the
-- last day it is in force, whichever comes first (Agreement.lastDay() says the same in Java).
alter table agreement add column terminated_from date,
    add column last_day date generated always as (
        case when terminated_from is null or terminated_from > end_date then end_date else terminated_from - 1 end) stored;
