-- A flag's version: 1 when first raised, one more at each resolution and each raising again, each published as an
-- event (df.supply-chain.flag-resolved, df.supply-chain.flag-raised) so consumers keep the latest state of each flag.
alter table supply_chain_flag add column version bigint not null default 1;
-- Flags resolved before this version had only their raising published (as version 1): they are at version 2, with no
-- event of their own (GET /v1/diversity/flags?includeResolved=true shows them).
update supply_chain_flag set version = 2 where resolved_at is not null;
