-- A version of the read model of today's figures, raised once by every transaction that changes a row of
-- diversity_membership (the agreement rebuilds, the organisation updates, a bulk load, a truncate): figures computed for
-- today from one version hold until the next, so the service can answer repeated requests from memory and still show
-- a change as soon as its transaction commits (analytics/DiversityQuery). The version is raised as the transaction
-- commits (a deferred trigger), so its row is locked only while a transaction commits, not while it works: changes of
-- different agreements do not wait for each other.
create table diversity_membership_version (
    only_row boolean primary key default true check (only_row),
    version  bigint  not null
);
insert into diversity_membership_version (version) values (1);

create function diversity_membership_changed() returns trigger language plpgsql as $$
begin
    -- once per transaction (the setting is the transaction's own and ends with it)
    if tg_op = 'TRUNCATE' or current_setting('df.diversity_membership_changed', true) is distinct from 'yes' then
        perform set_config('df.diversity_membership_changed', 'yes', true);
        update diversity_membership_version set version = version + 1;
    end if;
    return null;
end
$$;

-- a row changed: at commit (a statement that matched no row, an organisation in no supply chain, fires nothing)
create constraint trigger diversity_membership_changed after insert or update or delete on diversity_membership
    deferrable initially deferred for each row execute function diversity_membership_changed();
create trigger diversity_membership_truncated after truncate on diversity_membership
    for each statement execute function diversity_membership_changed();
-- also in sessions with session_replication_role = replica (the bench's bulk load, a logical replica)
alter table diversity_membership enable always trigger diversity_membership_changed;
alter table diversity_membership enable always trigger diversity_membership_truncated;
