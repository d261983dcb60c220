-- Seeded bulk load of contract-service's agreements (psql -v scale=100 -v seed=42 -f ...), after bench_pool (k,
-- id, name, identifiers) was filled with the registry's qualified organisations that lead or join supply chains
-- (bench/lib/load-contract.sh). Every value is a hash of (row number, seed): the same scale and seed give the same
-- data. Per scale unit, shaped like the 2021 round: 110 agreements (ACC 14, PWB 45, WOS 12, ETE 14, FBD 13, DNR 12)
-- led by 26 organisations, about 1,000 partners proposed in the bids among 81 organisations (leads included).
\ir seeded.sql
set work_mem = '64MB';

\echo '[load] clearing the contract tables'
truncate agreement, agreement_change, agreement_audit_entry, rate_card, call_off_order, performance_return,
         agreement_subcontractor cascade;

select least(26 * :scale, count(*)) as leads, least(81 * :scale, count(*)) as chain from bench_pool \gset
create temporary table bench_area as
select row_number() over (order by gss_code) - 1 k, gss_code, region_code from police_force_area;
create temporary table bench_region as
select row_number() over (order by code) - 1 k, code, name,
       (select jsonb_agg(gss_code order by gss_code) from police_force_area a where a.region_code = r.code) areas
from probation_region r;

\echo '[load] agreements'
-- type: the 2021 mix; cohort: 10% ended before today, 85% live today, 5% starting next year
create temporary table bench_agreement as
select i, md5(:seed || '-agreement-' || i)::uuid id,
       case when t < 14 then 'ACC' when t < 59 then 'PWB' when t < 71 then 'WOS' when t < 85 then 'ETE'
            when t < 98 then 'FBD' else 'DNR' end contract_type,
       case when c < 10 then 'EXPIRED' when c < 95 then 'LIVE' else 'MOBILISING' end status,
       pg_temp.h(i, 32) % :leads + 1 lead_k
from (select i, pg_temp.h(i, 30) % 110 t, pg_temp.h(i, 31) % 100 c from generate_series(1, 110 * :scale) i) x;

alter table bench_agreement add column region_wide boolean, add column region text, add column area text,
    add column start_date date, add column end_date date, add column value numeric(14, 2);
update bench_agreement b set
    region_wide = b.contract_type in ('ACC', 'ETE') or (b.contract_type in ('FBD', 'DNR') and pg_temp.h(b.i, 34) % 2 = 0),
    area = a.gss_code, region = a.region_code,
    start_date = case b.status when 'EXPIRED' then date '2021-06-26' + (pg_temp.h(b.i, 36) % 90)::int
                               when 'LIVE' then date '2021-06-26' + (pg_temp.h(b.i, 36) % 1000)::int
                               else date '2027-04-01' + (pg_temp.h(b.i, 36) % 90)::int end,
    end_date = case b.status when 'EXPIRED' then date '2024-03-31' + (pg_temp.h(b.i, 37) % 790)::int
                             when 'LIVE' then date '2027-03-31' + (pg_temp.h(b.i, 37) % 1000)::int
                             else date '2030-03-31' end,
    value = round((case b.contract_type when 'ACC' then 1000000 + pg_temp.h(b.i, 38) % 3000000
                                       when 'PWB' then 150000 + pg_temp.h(b.i, 38) % 1350000
                                       else 200000 + pg_temp.h(b.i, 38) % 1800000 end) / 1000.0) * 1000
from bench_area a where a.k = pg_temp.h(b.i, 35) % 42;
update bench_agreement b set region = r.code from bench_region r where b.region_wide and r.k = pg_temp.h(b.i, 33) % 12;

\echo '[load] partners proposed in the bids'
-- none for 3%, one or two for 10%, 3 to 18 for the rest; any of the chain organisations but the lead, once each;
-- shares together at most 70% of the value
create temporary table bench_partner as
select distinct on (b.i, p.k) b.i, j, b.value, n, p.k, p.id organisation_id, p.name, p.identifiers,
       trunc(b.value * (30 + pg_temp.h(b.i * 32 + j, 43) % 40) / 100.0 / n, -2) share
from (select b.*, case when pg_temp.h(b.i, 40) % 100 < 3 then 0 when pg_temp.h(b.i, 40) % 100 < 13 then 1 + pg_temp.h(b.i, 41) % 2
                        else 3 + pg_temp.h(b.i, 41) % 16 end n
      from bench_agreement b) b
cross join lateral generate_series(1, b.n) j
join bench_pool p on p.k = pg_temp.h(b.i * 32 + j, 42) % :chain + 1
where p.k <> b.lead_k
order by b.i, p.k, j;

insert into agreement (id, reference, kind, status, title, description, lead_provider_id, lead_provider_name,
                       lead_provider_identifiers, commissioning_bodies, owning_body_id, contract_type, categories,
                       region_code, areas, value, start_date, end_date, eligible_population, complexity_levels,
                       proposed_supply_chain, published, created_at, created_by, activated_at, activated_by, ended_at,
                       ended_by, end_reason, version)
select b.id, 'DF-AGR-2021-' || lpad(b.i::text, 5, '0'), 'CONTRACT', b.status,
       t.name || ' (bench lot ' || b.i || ')', null, l.id, l.name, l.identifiers,
       jsonb_build_array(jsonb_build_object('bodyId', b.region || '-RPD', 'name', r.name || ' Regional Probation Director',
           'kind', null, 'role', 'OWNER', 'share', b.value, 'invitation', 'ACCEPTED')),
       b.region || '-RPD', b.contract_type,
       case b.contract_type when 'WOS' then '["WOMEN","ACCOMMODATION","EMOTIONAL_WELLBEING"]'::jsonb else to_jsonb(t.categories) end,
       case when b.region_wide then b.region end,
       case when b.region_wide then r.areas else jsonb_build_array(b.area) end,
       b.value, b.start_date, b.end_date,
       case b.contract_type when 'WOS' then '["WOMEN"]'::jsonb else '["ADULTS_ON_PROBATION"]'::jsonb end, '[]',
       coalesce((select jsonb_agg(jsonb_build_object('organisationId', p.organisation_id, 'name', p.name,
                     'legalIdentifiers', p.identifiers, 'sharePercent', round(p.share * 100 / b.value, 2), 'share', p.share)
                     order by p.j)
                 from bench_partner p where p.i = b.i), '[]'),
       true, b.start_date - 60 + time '09:00', 'bench',
       case when b.status <> 'MOBILISING' then b.start_date + time '00:05' end,
       case when b.status <> 'MOBILISING' then 'system' end,
       case when b.status = 'EXPIRED' then b.end_date + 1 + time '00:05' end,
       case when b.status = 'EXPIRED' then 'system' end,
       case when b.status = 'EXPIRED' then 'Reached its end date' end,
       case b.status when 'MOBILISING' then 0 when 'LIVE' then 1 else 2 end
from bench_agreement b
join bench_pool l on l.k = b.lead_k
join contract_type t on t.code = b.contract_type
join bench_region r on r.code = b.region;

\echo '[load] vacuum analyze'
vacuum analyze agreement;
select count(*) agreements, count(distinct lead_provider_id) leads,
       sum(jsonb_array_length(proposed_supply_chain)) proposed_partners,
       count(*) filter (where status = 'LIVE') live
from agreement;
