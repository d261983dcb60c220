-- Seeded bulk load of supply-chain-service's tables (psql -v seed=42 -f ...), as its consumers and API would have
-- filled them, from bench_src_organisation (the registry's organisations) and bench_src_agreement (contract-service's
-- agreements), copied in by bench/lib/load-supply-chain.sh. Every partner proposed in a bid becomes a subcontract
-- (as df.agreement.created opens the chain) with the agreement's categories and areas; then, by a hash of (agreement,
-- partner, seed): 90% confirmed, 4% left proposed, 3% confirmed and ended before the agreement's end, 3% withdrawn.
\ir seeded.sql
set work_mem = '64MB';
set maintenance_work_mem = '256MB';

\echo '[load] clearing the supply-chain tables'
truncate organisation, organisation_period, agreement, agreement_period, subcontract, subcontract_change,
         subcontract_period, supply_chain_flag, small_share_threshold, diversity_membership cascade;

\echo '[load] organisations and their attributes (one period each, from -infinity)'
insert into organisation (id, name, sector, income_band, characteristics, town, postcode, framework_status,
                          source_version, updated_at)
select id, name, sector, income_band, characteristics, town, postcode, framework_status, version, now()
from bench_src_organisation;
insert into organisation_period (organisation_id, valid_from, sector, income_band, characteristics, local_areas,
                                 voluntary, small, large, racially_minoritised, welsh, womens_specialist)
select id, '-infinity', sector, income_band, characteristics, local_areas,
       sector = 'VOLUNTARY_AND_COMMUNITY', income_band = 'UNDER_100K', income_band in ('FROM_1M_TO_10M', 'OVER_10M'),
       'LED_BY_AND_FOR_RACIALLY_MINORITISED_PEOPLE' = any (characteristics), 'WELSH_ORGANISATION' = any (characteristics),
       'WOMENS_SPECIALIST' = any (characteristics)
from bench_src_organisation;

\echo '[load] agreements and their periods'
insert into agreement (id, reference, ocid, kind, status, lead_provider_id, lead_provider_name, owning_body_id, body_ids,
                       contract_type, categories, region_code, areas, value, start_date, end_date, chain_version,
                       source_version, updated_at, flags_evaluated_on)
select id, reference, ocid, kind, status, lead_provider_id, lead_provider_name, owning_body_id, body_ids, contract_type,
       categories, region_code, areas, value, start_date, end_date, 0, version, now(), current_date
from bench_src_agreement;
insert into agreement_period (agreement_id, valid_from, valid_to, lead_provider_id, contract_type, categories,
                              region_code, areas, in_wales, value)
select id, start_date, end_date + 1, lead_provider_id, contract_type, categories, region_code, areas,
       coalesce(region_code = 'WA', false) or exists (select 1 from unnest(areas) x where x like 'W%'), value
from agreement;

\echo '[load] subcontracts, their history and periods'
create temporary table bench_sub as
select md5(:seed || '-subcontract-' || s.i || '-' || p.j)::uuid id, a.id agreement_id, (p.m ->> 'organisationId')::uuid organisation_id,
       (p.m ->> 'share')::numeric(14, 2) share,
       a.categories, a.areas, a.start_date, a.end_date, s.i, p.j,
       case when x < 90 then 'CONFIRMED' when x < 94 then 'PROPOSED' when x < 97 and a.start_date < current_date then 'ENDED'
            when x < 97 then 'CONFIRMED' else 'WITHDRAWN' end status,
       a.start_date - 60 + time '09:00' proposed_at
from bench_src_agreement s
join agreement a on a.id = s.id
cross join lateral jsonb_array_elements(s.proposed_supply_chain) with ordinality p(m, j)
cross join lateral (select pg_temp.h(s.i * 32 + p.j, 50) % 100 x) h;
-- an ended subcontract's last day: a while after it started, before the agreement's end and before today
alter table bench_sub add column last_day date;
update bench_sub set last_day = least(end_date, current_date - 1,
                                      start_date + (pg_temp.h(i * 32 + j, 51) % greatest(1, least(end_date, current_date - 1) - start_date + 1))::int)
where status = 'ENDED';

insert into subcontract (id, agreement_id, organisation_id, status, categories, areas, share, start_date, end_date,
                         version, proposed_at, proposed_by, confirmed_at, confirmed_by, withdrawn_at, withdrawn_by,
                         ended_at, ended_by, end_reason)
select id, agreement_id, organisation_id, status, categories, areas, share, start_date, coalesce(last_day, end_date),
       case status when 'PROPOSED' then 0 when 'ENDED' then 2 else 1 end,
       proposed_at, 'agreement-created event',
       case when status in ('CONFIRMED', 'ENDED') then proposed_at + interval '30 days' end,
       case when status in ('CONFIRMED', 'ENDED') then 'bench' end,
       case when status = 'WITHDRAWN' then proposed_at + interval '20 days' end,
       case when status = 'WITHDRAWN' then 'bench' end,
       case when status = 'ENDED' then last_day + time '17:00' end,
       case when status = 'ENDED' then 'bench' end,
       case when status = 'ENDED' then 'Service brought in house' end
from bench_sub;

insert into subcontract_change (subcontract_id, version, action, status, share, categories, areas, start_date, end_date,
                                effective_from, reason, actor, at)
select id, 0, 'PROPOSED', 'PROPOSED', share, categories, areas, start_date, end_date, null, 'Proposed in the bid',
       'agreement-created event', proposed_at
from bench_sub
union all
select id, 1, case status when 'WITHDRAWN' then 'WITHDRAWN' else 'CONFIRMED' end,
       case status when 'WITHDRAWN' then 'WITHDRAWN' else 'CONFIRMED' end, share, categories, areas, start_date,
       end_date, case when status <> 'WITHDRAWN' then start_date end,
       case status when 'WITHDRAWN' then 'The partner could not mobilise in time' else 'Contract signed' end, 'bench',
       proposed_at + case status when 'WITHDRAWN' then interval '20 days' else interval '30 days' end
from bench_sub where status <> 'PROPOSED'
union all
select id, 2, 'ENDED', 'ENDED', share, categories, areas, start_date, last_day, last_day + 1, 'Service brought in house',
       'bench', last_day + time '17:00'
from bench_sub where status = 'ENDED';

insert into subcontract_period (subcontract_id, agreement_id, organisation_id, valid_from, valid_to, share, categories, areas)
select id, agreement_id, organisation_id, start_date, coalesce(last_day, end_date) + 1, share, categories, areas
from bench_sub where status in ('CONFIRMED', 'ENDED');

update agreement a set chain_version = n
from (select s.agreement_id, count(*) n from subcontract_change c join subcontract s on s.id = c.subcontract_id
      group by s.agreement_id) c
where c.agreement_id = a.id;

\echo '[load] flags: agreements not ended with no subcontractor'
insert into supply_chain_flag (id, kind, subject, agreement_id, lead_provider_id, body_ids, detail, raised_at)
select md5(:seed || '-flag-' || a.id)::uuid, 'NO_SUBCONTRACTORS', a.id::text, a.id, a.lead_provider_id, a.body_ids,
       'Agreement ' || a.reference || ' has no subcontractors', a.updated_at
from agreement a
where a.end_date >= current_date
  and not exists (select 1 from subcontract s where s.agreement_id = a.id and s.status in ('PROPOSED', 'CONFIRMED'));

\echo '[load] the read model of today''s figures (as the service keeps it)'
select diversity_membership_refresh(null, current_date) \g /dev/null

\echo '[load] vacuum analyze'
vacuum analyze organisation, organisation_period, agreement, agreement_period, subcontract, subcontract_change,
               subcontract_period, supply_chain_flag, diversity_membership;
select (select count(*) from organisation) organisations, (select count(*) from agreement) agreements,
       (select count(*) from subcontract) subcontracts,
       (select count(*) from subcontract where status = 'CONFIRMED') confirmed,
       (select count(distinct organisation_id) from subcontract) in_chains,
       (select count(*) from diversity_membership) memberships;
