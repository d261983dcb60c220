-- A flag's version: 1 when first raised, one more at each resolution and each raising again, each published as an
-- event (df.supply-chain.flag-resolved, df.supply-chain.flag-raised) so consumers keep the latest state of each flag.
alter table supply_chain_flag add column version bigint not null default 1;
