-- A version of the read model of today's figures, raised in the transaction of every statement that changes a row of
-- diversity_membership (the agreement rebuilds, the organisation updates, a bulk load, a truncate): figures computed for today
-- from one version hold until the next, so the service can answer repeated requests from memory and still show a
-- change as soon as its transaction commits (analytics/DiversityQuery). Its row is also the read model's turn: the
-- service's changes of the read model lock it before they read (analytics/DiversityMemberships).
create table diversity_membership_version (
    only_row boolean primary key default true check (only_row),
    version  bigint  not null
);
insert into diversity_membership_version (version) values (1);

create function diversity_membership_changed() returns trigger language plpgsql as $$
begin
    -- statements that matched no row (an organisation with no membership, say) change nothing; a truncate has no
    -- transition table (the expression naming it is planned only when reached)
    if tg_op = 'TRUNCATE' then
        update diversity_membership_version set version = version + 1;
    elsif exists (select from changed) then
        update diversity_membership_version set version = version + 1;
    end if;
    return null;
end
$$;

create trigger diversity_membership_inserted after insert on diversity_membership
    referencing new table as changed for each statement execute function diversity_membership_changed();
create trigger diversity_membership_updated after update on diversity_membership
    referencing new table as changed for each statement execute function diversity_membership_changed();
create trigger diversity_membership_deleted after delete on diversity_membership
    referencing old table as changed for each statement execute function diversity_membership_changed();
create trigger diversity_membership_truncated after truncate on diversity_membership
    for each statement execute function diversity_membership_changed();
-- also in sessions with session_replication_role = replica (the bench's bulk load, a logical replica)
alter table diversity_membership enable always trigger diversity_membership_inserted;
alter table diversity_membership enable always trigger diversity_membership_updated;
alter table diversity_membership enable always trigger diversity_membership_deleted;
alter table diversity_membership enable always trigger diversity_membership_truncated;
