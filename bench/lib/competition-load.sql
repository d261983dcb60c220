-- Seeded bulk load of competition-service's own tables (psql -v scale=100 -v seed=42 -v anchor=2026-11-27 -f ...),
-- run after its provider view (provider, provider_offer) was copied from the registry. Per scale unit: 200
-- competitions (drafts, open, in evaluation, in standstill, awarded, not awarded, cancelled) with their lots, bodies,
-- opportunities, evaluators, conflict declarations, about 2,000 sealed bids with receipts, scores, moderation,
-- awards, clarifications and the audit trail, as the service would have written them. Bidders are qualified
-- providers with a published offer of the lot's category covering every area of the lot (the service's own rule).
-- Every value is a hash of (row number, seed); dates are relative to the anchor day, so open competitions stay open.
\ir seeded.sql
set maintenance_work_mem = '512MB';
set work_mem = '128MB';

-- Instant.toString() of a whole-second instant, as the service writes instants into audit details
create or replace function pg_temp.instant(t timestamptz) returns text language sql immutable as
  $$ select to_char(t at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') $$;
-- Timelines.plusWorkingDays: n days Monday to Friday after t, counted in UK time
create or replace function pg_temp.plus_working_days(t timestamptz, n int) returns timestamptz language plpgsql immutable as $$
declare local timestamp := t at time zone 'Europe/London'; added int := 0;
begin
  while added < n loop
    local := local + interval '1 day';
    if extract(isodow from local) < 6 then added := added + 1; end if;
  end loop;
  return local at time zone 'Europe/London';
end $$;
-- BidService.hash: SHA-256 of the canonical JSON (sorted keys, compact) of what was received
create or replace function pg_temp.bid_hash(competition uuid, organisation uuid, lots jsonb, answers jsonb,
                                            partners jsonb) returns text language sql immutable as $$
  select 'sha256:' || encode(sha256(convert_to(
    '{"answers":{' || coalesce((select string_agg(to_json(key)::text || ':' || to_json(value)::text, ',' order by key)
                                from jsonb_each_text(answers)), '') || '}'
    || ',"competitionId":"' || competition || '"'
    || ',"lots":[' || coalesce((select string_agg('{"lotId":"' || (l->>'lotId') || '","price":"'
                                   || to_char((l->>'price')::numeric, 'FM9999999999990.00') || '"}', ',' order by n)
                                from jsonb_array_elements(lots) with ordinality x(l, n)), '') || ']'
    || ',"organisationId":"' || organisation || '"'
    || ',"supplyChainPartners":[' || coalesce((select string_agg('{"organisationId":"' || (p->>'organisationId')
                                   || '","share":"' || to_char((p->>'share')::numeric, 'FM990.00') || '"}', ',' order by n)
                                from jsonb_array_elements(partners) with ordinality x(p, n)), '') || ']}',
    'UTF8')), 'hex') $$;

select (:'anchor' || ' 12:00:00+00')::timestamptz anchor \gset
\echo '[load] clearing competition-service''s tables (its provider view stays)'
truncate commissioning_body, opportunity, opportunity_subscription, competition, competition_body, lot, bid,
         bid_receipt, clarification, evaluator_score, moderated_score, award, competition_audit_entry,
         competition_evaluator, conflict_declaration, outbox_event, idempotent_request, parked_event cascade;
drop schema if exists bench cascade;
create schema bench;

\echo '[load] commissioning bodies'
insert into commissioning_body (code, name, kind, region_code, area_code, created_at, created_by)
select 'RPD-' || code, 'Regional Probation Director, ' || name, 'REGIONAL_PROBATION_DIRECTOR', code, null,
       timestamptz '2021-01-04 09:00+00', 'framework-admin'
from probation_region
union all
select 'PCC-' || upper(slug), 'Police and Crime Commissioner, ' || name, 'POLICE_AND_CRIME_COMMISSIONER', region_code,
       gss_code, timestamptz '2021-01-04 09:00+00', 'framework-admin'
from police_force_area;

\echo '[load] who is eligible for what (qualified providers by category x area and category x whole region)'
create temporary table bench_area as
select (row_number() over (order by gss_code) - 1)::int k, gss_code, slug, region_code from police_force_area;
create temporary table bench_region as
select (row_number() over (order by code) - 1)::int k, code,
       (select jsonb_agg(gss_code order by gss_code) from police_force_area a where a.region_code = r.code) areas,
       (select count(*) from police_force_area a where a.region_code = r.code) n_areas
from probation_region r;
create temporary table bench_offer_area as
select o.organisation_id, o.offer_id, o.category, a.area
from provider_offer o join provider p on p.id = o.organisation_id and p.framework_status = 'QUALIFIED'
cross join lateral jsonb_array_elements_text(o.areas) a(area)
where o.withdrawn_at is null;
-- bench.eligible: (category, key = an area or a region whose every area one offer covers, organisation), numbered in
-- a hashed order per (category, key) so that "the k-th eligible provider" is a random one. Kept for bench/bids.
create table bench.eligible as
with pairs as (
  select distinct category, area key, organisation_id from bench_offer_area
  union
  select distinct x.category, r.code, x.organisation_id
  from (select offer_id, organisation_id, category, a.region_code, count(*) n
        from bench_offer_area o join police_force_area a on a.gss_code = o.area
        group by offer_id, organisation_id, category, a.region_code) x
  join bench_region r on r.code = x.region_code and r.n_areas = x.n
)
select category, key, organisation_id,
       (row_number() over (partition by category, key order by md5(organisation_id::text || key)) - 1)::int k
from pairs;
alter table bench.eligible add primary key (category, key, k);
create unique index on bench.eligible (category, key, organisation_id);
create table bench.eligible_count as select category, key, count(*)::int n from bench.eligible group by category, key;
alter table bench.eligible_count add primary key (category, key);
create temporary table bench_category as
select (row_number() over (order by code) - 1)::int k, code from service_category;

\echo '[load] competitions and their lots'
-- state by share: 3% draft, 28% open (published, deadline ahead), 10% in evaluation (closed at the deadline and its
-- evaluation started by the deadline job), 5% in standstill, 43% awarded, 5% not awarded, 6% cancelled while open
create temporary table bench_comp as
with base as (
  select i, md5(:seed || '-competition-' || i)::uuid id,
         case when pg_temp.h(i, 1) % 100 < 3 then 'DRAFT' when pg_temp.h(i, 1) % 100 < 31 then 'PUBLISHED'
              when pg_temp.h(i, 1) % 100 < 41 then 'EVALUATION' when pg_temp.h(i, 1) % 100 < 46 then 'STANDSTILL'
              when pg_temp.h(i, 1) % 100 < 89 then 'AWARDED' when pg_temp.h(i, 1) % 100 < 94 then 'NO_AWARD'
              else 'CANCELLED' end status,
         1 + (pg_temp.h(i, 2) % 10 < 3)::int + (pg_temp.h(i, 2) % 10 < 1)::int n_lots,
         pg_temp.h(i, 3) % 100 < 30 region_wide,
         (select code from bench_category where k = pg_temp.h(i, 4) % 14) category,
         pg_temp.h(i, 5) % 12 region_k, pg_temp.h(i, 6) % 42 area_k,
         pg_temp.h(i, 7) % 100 < 50 rpd_owner, pg_temp.h(i, 8) % 100 < 15 co_commissioned,
         pg_temp.h(i, 9) % 100 < 60 from_opportunity
  from generate_series(1, 200 * :scale) i
), timed as (
  select b.*,
    case status
      when 'DRAFT' then :'anchor'::timestamptz + (20 + pg_temp.h(i, 10) % 40) * interval '1 day'
      when 'PUBLISHED' then :'anchor'::timestamptz + (5 + pg_temp.h(i, 10) % 50) * interval '1 day'
                            + (pg_temp.h(i, 11) % 8) * interval '1 hour'
      when 'EVALUATION' then :'anchor'::timestamptz - (1 + pg_temp.h(i, 10) % 20) * interval '1 day'
      when 'CANCELLED' then :'anchor'::timestamptz - (10 + pg_temp.h(i, 10) % 1800) * interval '1 day'
      else null end deadline0,
    case when status in ('STANDSTILL', 'AWARDED', 'NO_AWARD') then
      :'anchor'::timestamptz - case status when 'STANDSTILL' then pg_temp.h(i, 12) % 4
                                           when 'AWARDED' then 20 + pg_temp.h(i, 12) % 1800
                                           else 5 + pg_temp.h(i, 12) % 1800 end * interval '1 day'
        - (1 + pg_temp.h(i, 13) % 5) * interval '1 hour' end decided_at
  from base b
)
select t.*,
       coalesce(deadline0, decided_at - (14 + pg_temp.h(i, 14) % 30) * interval '1 day') submission_deadline
from timed t;
alter table bench_comp add column published_at timestamptz, add column created_at timestamptz,
  add column closed_at timestamptz, add column evaluation_started_at timestamptz, add column standstill_ends_at timestamptz,
  add column awarded_at timestamptz, add column ended_at timestamptz, add column owner_body text, add column co_body text,
  add column version int;
update bench_comp set
  published_at = case when status = 'DRAFT' then null
                      when status = 'PUBLISHED' then least(:'anchor'::timestamptz - (1 + pg_temp.h(i, 15) % 20) * interval '1 day',
                                                           submission_deadline - (12 + pg_temp.h(i, 15) % 30) * interval '1 day')
                      else submission_deadline - (14 + pg_temp.h(i, 15) % 30) * interval '1 day' end,
  closed_at = case when status in ('EVALUATION', 'STANDSTILL', 'AWARDED', 'NO_AWARD')
                   then submission_deadline + (5 + pg_temp.h(i, 16) % 25) * interval '1 second' end,
  standstill_ends_at = case when status in ('STANDSTILL', 'AWARDED') then pg_temp.plus_working_days(decided_at, 8) end,
  owner_body = case when region_wide or rpd_owner
                    then 'RPD-' || (select case when region_wide then r.code else a.region_code end
                                    from bench_region r, bench_area a where r.k = region_k and a.k = area_k)
                    else (select 'PCC-' || upper(slug) from bench_area where k = area_k) end,
  version = case status when 'DRAFT' then 0 when 'PUBLISHED' then 1 when 'CANCELLED' then 2 when 'EVALUATION' then 3
                        when 'NO_AWARD' then 4 when 'STANDSTILL' then 4 else 5 end;
update bench_comp set
  created_at = coalesce(published_at, :'anchor'::timestamptz - (1 + pg_temp.h(i, 17) % 20) * interval '1 day')
               - (2 + pg_temp.h(i, 17) % 10) * interval '1 day' - (pg_temp.h(i, 18) % 480) * interval '1 minute',
  evaluation_started_at = closed_at + interval '1 second',
  awarded_at = case when status = 'AWARDED' then standstill_ends_at + (3 + pg_temp.h(i, 19) % 25) * interval '1 second' end,
  ended_at = case status when 'NO_AWARD' then decided_at
                         when 'CANCELLED' then published_at + (1 + pg_temp.h(i, 20) % 10) * interval '1 day' end,
  co_body = case when co_commissioned and not region_wide
                 then case when rpd_owner then (select 'PCC-' || upper(slug) from bench_area where k = area_k)
                           else (select 'RPD-' || region_code from bench_area where k = area_k) end end;
alter table bench_comp add primary key (i);

create temporary table bench_lot as
select c.i, n, md5(:seed || '-lot-' || c.i || '-' || n)::uuid id, c.id competition_id, c.category,
       case when c.region_wide then r.code end region_code,
       case when c.region_wide then r.code else a.gss_code end key,
       case when c.region_wide then r.areas else jsonb_build_array(a.gss_code) end areas,
       (50 + pg_temp.h(c.i * 4 + n, 30) % 1950) * 1000.00 max_value,
       case when pg_temp.h(c.i * 4 + n, 31) % 100 < 60 then 'GRANT' else 'CONTRACT' end funding_mechanism,
       (c.submission_deadline + interval '75 days')::date contract_start
from bench_comp c cross join generate_series(1, 3) n
join bench_region r on r.k = (c.region_k + n - 1) % 12
join bench_area a on a.k = (c.area_k + n - 1) % 42
where n <= c.n_lots;
alter table bench_lot add column n_eligible int;
update bench_lot l set n_eligible = coalesce((select e.n from bench.eligible_count e where e.category = l.category and e.key = l.key), 0);
alter table bench_lot add primary key (i, n);

\echo '[load] bids (eligible bidders drawn from the pool of lot 1; the other lots they are eligible for too)'
-- bids per competition: none for drafts, 0-11 so far for open ones, 4-22 for closed ones, 0-5 for cancelled ones
create temporary table bench_bid as
with wanted as (
  select c.i, c.status, l.category, l.key, l.n_eligible n,
         least(l.n_eligible, case c.status when 'DRAFT' then 0 when 'PUBLISHED' then pg_temp.h(c.i, 40) % 12
                                           when 'CANCELLED' then pg_temp.h(c.i, 40) % 6
                                           else 4 + pg_temp.h(c.i, 40) % 19 end) nb,
         pg_temp.h(c.i, 41) offset0
  from bench_comp c join bench_lot l on l.i = c.i and l.n = 1
)
select w.i, b, md5(:seed || '-bid-' || w.i || '-' || b)::uuid id, e.organisation_id,
       b > 0 and pg_temp.h(w.i * 32 + b, 42) % 100 < 4 withdrawn,
       pg_temp.h(w.i * 32 + b, 43) % 100 < 12 resubmitted
from wanted w cross join lateral generate_series(0, w.nb - 1) b
join bench.eligible e on e.category = w.category and e.key = w.key and e.k = (w.offset0 + b) % w.n;
alter table bench_bid add primary key (i, b);
alter table bench_bid add column received_at timestamptz, add column first_received_at timestamptz,
  add column withdrawn_at timestamptz;
update bench_bid x set
  received_at = c.published_at + (pg_temp.h(x.i * 32 + x.b, 44)
                  % greatest(60, extract(epoch from least(c.submission_deadline, coalesce(c.ended_at, c.submission_deadline),
                                                          :'anchor'::timestamptz) - c.published_at)::bigint - 60)) * interval '1 second'
from bench_comp c where c.i = x.i;
update bench_bid x set
  first_received_at = case when resubmitted then c.published_at + (received_at - c.published_at) / 2 end,
  withdrawn_at = case when withdrawn then received_at + ((least(c.submission_deadline, coalesce(c.ended_at, c.submission_deadline),
                  :'anchor'::timestamptz) - received_at) / 2) end
from bench_comp c where c.i = x.i;
update bench_bid set first_received_at = date_trunc('second', first_received_at), withdrawn_at = date_trunc('second', withdrawn_at);

-- the lots each bid prices: lot 1, and any other lot of the competition its bidder is eligible for
create temporary table bench_bid_lot as
select x.i, x.b, l.n, l.id lot_id, round(l.max_value * (70 + pg_temp.h(x.i * 128 + x.b * 4 + l.n, 45) % 30) / 100, 2) price
from bench_bid x join bench_lot l on l.i = x.i
where l.n = 1 or exists (select 1 from bench.eligible e where e.category = l.category and e.key = l.key
                                                         and e.organisation_id = x.organisation_id);
alter table bench_bid_lot add primary key (i, b, n);

\echo '[load] opportunities, competitions, bodies and lots'
create temporary table bench_opportunity as
select c.i, md5(:seed || '-opportunity-' || c.i)::uuid id, c.owner_body, c.category,
       c.created_at - (20 + pg_temp.h(c.i, 50) % 90) * interval '1 day' created_at
from bench_comp c where c.from_opportunity
union all  -- the pipeline: opportunities not (yet) competed
select 1000000000 + j, md5(:seed || '-pipeline-' || j)::uuid,
       (select 'RPD-' || code from bench_region where k = pg_temp.h(j, 51) % 12),
       (select code from bench_category where k = pg_temp.h(j, 52) % 14),
       :'anchor'::timestamptz - (1 + pg_temp.h(j, 53) % 120) * interval '1 day'
from generate_series(1, 20 * :scale) j;
insert into opportunity (id, reference, owner_body, title, description, category, region_code, areas, indicative_value,
                         funding_mechanism, expected_publication, expected_award, expected_start, status, created_at,
                         created_by, published_at, published_by, version, contract_type)
select o.id,
       'DF-OPP-' || extract(year from o.created_at at time zone 'UTC') || '-'
         || lpad((row_number() over (order by o.created_at, o.i))::text, 5, '0'),
       o.owner_body, initcap(replace(o.category, '_', ' ')) || ' services, ' || substr(o.owner_body, 5),
       'Pipeline notice for ' || lower(replace(o.category, '_', ' ')) || ' services',
       o.category, coalesce(l.region_code, (select region_code from police_force_area where gss_code = l.areas->>0),
                            substr(o.owner_body, 5)),
       coalesce(l.areas, (select areas from bench_region where code = substr(o.owner_body, 5))),
       coalesce(l.max_value, (100 + pg_temp.h(o.i, 54) % 900) * 1000.00), coalesce(l.funding_mechanism, 'GRANT'),
       (o.created_at + interval '30 days')::date, (o.created_at + interval '120 days')::date,
       (o.created_at + interval '180 days')::date,
       case when o.i < 1000000000 or pg_temp.h(o.i, 55) % 100 < 80 then 'PUBLISHED' else 'DRAFT' end,
       o.created_at, 'commissioner-' || lower(o.owner_body),
       case when o.i < 1000000000 or pg_temp.h(o.i, 55) % 100 < 80 then o.created_at + interval '1 hour' end,
       case when o.i < 1000000000 or pg_temp.h(o.i, 55) % 100 < 80 then 'commissioner-' || lower(o.owner_body) end,
       case when o.i < 1000000000 or pg_temp.h(o.i, 55) % 100 < 80 then 1 else 0 end,
       (select t.code from contract_type t where t.categories = array[o.category])
from bench_opportunity o left join bench_lot l on l.i = o.i and l.n = 1 and o.i < 1000000000;

insert into competition (id, reference, ocid, title, description, owner_body, opportunity_id, status,
                         clarification_deadline, submission_deadline, evaluation_ends_on, standstill_days,
                         expected_award_on, criteria, pass_fail_requirements, created_at, created_by, published_at,
                         published_by, eligibility_override, closed_at, evaluation_started_at, decided_at, decided_by,
                         standstill_ends_at, awarded_at, ended_at, ended_by, end_reason, version)
select c.id, r.reference, 'ocds-dfprob-' || r.reference,
       initcap(replace(c.category, '_', ' ')) || ' services, ' || substr(c.owner_body, 5) || ' ' || c.i,
       'Mini-competition for ' || lower(replace(c.category, '_', ' ')) || ' services in ' || c.n_lots || ' lot(s)',
       c.owner_body, case when c.from_opportunity then md5(:seed || '-opportunity-' || c.i)::uuid end, c.status,
       c.submission_deadline - interval '3 days', c.submission_deadline,
       (c.submission_deadline + interval '21 days')::date, 8, (c.submission_deadline + interval '45 days')::date,
       '[{"code": "Q1", "kind": "QUALITY", "weight": 50, "question": "How will you deliver the service to people on probation?"},
         {"code": "SV", "kind": "SOCIAL_VALUE", "weight": 10, "question": "What social value will the contract bring?"},
         {"code": "PRICE", "kind": "PRICE", "weight": 40, "question": null}]'::jsonb,
       '[{"code": "SAFEGUARDING", "description": "A safeguarding policy reviewed in the last 12 months"}]'::jsonb,
       c.created_at, 'commissioner-' || lower(c.owner_body), c.published_at,
       case when c.published_at is not null then 'commissioner-' || lower(c.owner_body) end,
       case when c.published_at is not null and exists (select 1 from bench_lot l where l.i = c.i and l.n_eligible < 3)
            then 'Specialist service: few providers offer it here' end,
       c.closed_at, c.evaluation_started_at, c.decided_at,
       case when c.decided_at is not null then 'commissioner-' || lower(c.owner_body) end,
       c.standstill_ends_at, c.awarded_at, c.ended_at,
       case when c.ended_at is not null then 'commissioner-' || lower(c.owner_body) end,
       case c.status when 'NO_AWARD' then 'No lot awarded' when 'CANCELLED' then 'Funding withdrawn' end,
       c.version
from bench_comp c
join (select i, 'DF-COMP-' || extract(year from created_at at time zone 'UTC') || '-'
                || lpad((row_number() over (order by created_at, i))::text, 5, '0') reference from bench_comp) r on r.i = c.i;

insert into competition_body (competition_id, body_code, role, budget, invitation, invited_at, invited_by, responded_at,
                              responded_by, decline_reason)
select c.id, c.owner_body, 'OWNER',
       (select sum(max_value) from bench_lot l where l.i = c.i) * case when c.co_body is null then 1 else 0.7 end,
       'ACCEPTED', c.created_at, 'commissioner-' || lower(c.owner_body), c.created_at, 'commissioner-' || lower(c.owner_body), null
from bench_comp c
union all
select c.id, c.co_body, 'CO_COMMISSIONER', round((select sum(max_value) from bench_lot l where l.i = c.i) * 0.3, 2),
       'ACCEPTED', c.created_at, 'commissioner-' || lower(c.owner_body), c.created_at + interval '1 day',
       'commissioner-' || lower(c.co_body), null
from bench_comp c where c.co_body is not null;

create temporary table bench_evaluator as
select c.i, c.id competition_id, e, 'evaluator-' || lower(c.owner_body) || '-' || e evaluator
from bench_comp c cross join generate_series(1, 2) e where c.status <> 'DRAFT';
insert into competition_evaluator (competition_id, evaluator, assigned_at, assigned_by)
select v.competition_id, v.evaluator, c.created_at + interval '2 hours', 'commissioner-' || lower(c.owner_body)
from bench_evaluator v join bench_comp c on c.i = v.i;

\echo '[load] bids, receipts, evaluation and awards'
create temporary table bench_bid_row as
select x.i, x.b, x.id, c.id competition_id, x.organisation_id, x.withdrawn, x.resubmitted, x.received_at,
       x.first_received_at, x.withdrawn_at,
       (select jsonb_agg(jsonb_build_object('lotId', bl.lot_id, 'price', bl.price) order by bl.n)
        from bench_bid_lot bl where bl.i = x.i and bl.b = x.b) lots,
       jsonb_build_object('Q1', 'We will deliver the service through our ' || (2 + pg_temp.h(x.i * 32 + x.b, 60) % 9)
                                || ' centres, with key workers who have lived experience (bid ' || x.i || '/' || x.b || ').',
                          'SV', 'We employ and train people with convictions; ' || (5 + pg_temp.h(x.i * 32 + x.b, 61) % 40)
                                || '% of our staff are local.') answers,
       case when pg_temp.h(x.i * 32 + x.b, 62) % 100 < 30 then
         (select jsonb_build_array(jsonb_build_object('organisationId', p.organisation_id,
                                                      'share', (5 + pg_temp.h(x.i * 32 + x.b, 63) % 36)::numeric(5, 2)))
          from bench.eligible p join bench_lot l on l.i = x.i and l.n = 1
          where p.category = l.category and p.key = l.key and p.k = (pg_temp.h(x.i, 41) + 1000 + x.b) % l.n_eligible
            and p.organisation_id <> x.organisation_id)
       end partners
from bench_bid x join bench_comp c on c.i = x.i;
update bench_bid_row set partners = '[]' where partners is null;
insert into bid (id, competition_id, organisation_id, status, lots, answers, partners, exclusions, received_at,
                 content_hash, submitted_by, withdrawn_at, withdrawn_by, version)
select id, competition_id, organisation_id, case when withdrawn then 'WITHDRAWN' else 'SUBMITTED' end, lots, answers,
       partners, '{}', received_at, pg_temp.bid_hash(competition_id, organisation_id, lots, answers, partners),
       'provider-' || left(organisation_id::text, 8), withdrawn_at,
       case when withdrawn then 'provider-' || left(organisation_id::text, 8) end,
       resubmitted::int + withdrawn::int
from bench_bid_row;

-- receipts: the first submission (with its earlier answers when the bid was resubmitted), a resubmission, a withdrawal
create temporary table bench_receipt as
select r.id bid_id, r.i, r.competition_id, 'SUBMITTED' action, coalesce(r.first_received_at, r.received_at) at,
       case when r.resubmitted
            then pg_temp.bid_hash(r.competition_id, r.organisation_id, r.lots,
                                  jsonb_set(r.answers, '{Q1}', to_jsonb('Draft: ' || (r.answers->>'Q1'))), r.partners)
            else b.content_hash end content_hash, b.submitted_by actor
from bench_bid_row r join bid b on b.id = r.id
union all
select r.id, r.i, r.competition_id, 'RESUBMITTED', r.received_at, b.content_hash, b.submitted_by
from bench_bid_row r join bid b on b.id = r.id where r.resubmitted
union all
select r.id, r.i, r.competition_id, 'WITHDRAWN', r.withdrawn_at, b.content_hash, b.submitted_by
from bench_bid_row r join bid b on b.id = r.id where r.withdrawn;
insert into bid_receipt (bid_id, action, received_at, content_hash, actor)
select bid_id, action, at, content_hash, actor from bench_receipt order by at, bid_id, action;

-- scores: both evaluators score every competing bid and lot once the competition is decided; in evaluation, some
create temporary table bench_scored as
select bl.i, bl.b, bl.n, bl.lot_id, x.id bid_id, x.organisation_id, x.received_at, bl.price, c.status, c.id competition_id,
       c.evaluation_started_at + (1 + pg_temp.h(bl.i * 128 + bl.b * 4 + bl.n, 70) % 72) * interval '1 hour' scored_at,
       40 + pg_temp.h(bl.i * 128 + bl.b * 4 + bl.n, 71) % 61 q1, 30 + pg_temp.h(bl.i * 128 + bl.b * 4 + bl.n, 72) % 71 sv,
       not (bl.b > 0 and pg_temp.h(bl.i * 128 + bl.b * 4 + bl.n, 73) % 100 < 3) passed,
       c.status <> 'EVALUATION' or pg_temp.h(bl.i * 128 + bl.b * 4 + bl.n, 74) % 100 < 40 moderated
from bench_bid_lot bl join bench_bid x on x.i = bl.i and x.b = bl.b join bench_comp c on c.i = bl.i
where not x.withdrawn and c.status in ('EVALUATION', 'STANDSTILL', 'AWARDED', 'NO_AWARD')
  and (c.status <> 'EVALUATION' or pg_temp.h(bl.i * 128 + bl.b * 4 + bl.n, 75) % 100 < 60);
insert into conflict_declaration (competition_id, evaluator, organisation_id, conflicted, details, declared_at)
select distinct v.competition_id, v.evaluator, x.organisation_id, false, null::text, c.evaluation_started_at + interval '30 minutes'
from bench_evaluator v join bench_comp c on c.i = v.i join bench_bid x on x.i = v.i
where c.status in ('EVALUATION', 'STANDSTILL', 'AWARDED', 'NO_AWARD');
insert into evaluator_score (bid_id, lot_id, evaluator, scores, pass_fail, comment, scored_at)
select s.bid_id, s.lot_id, v.evaluator,
       jsonb_build_object('Q1', greatest(0, least(100, s.q1 + case v.e when 1 then -5 else 5 end)),
                          'SV', greatest(0, least(100, s.sv + case v.e when 1 then 5 else -5 end))),
       jsonb_build_object('SAFEGUARDING', s.passed), 'Scored against the published criteria',
       s.scored_at + (v.e - 1) * interval '2 hours'
from bench_scored s join bench_evaluator v on v.i = s.i
order by s.scored_at, s.bid_id, v.e;
insert into moderated_score (bid_id, lot_id, scores, pass_fail, rationale, moderated_by, moderated_at)
select s.bid_id, s.lot_id, jsonb_build_object('Q1', s.q1, 'SV', s.sv), jsonb_build_object('SAFEGUARDING', s.passed),
       'Consensus of the two evaluators', 'commissioner-' || lower(c.owner_body), s.scored_at + interval '1 day'
from bench_scored s join bench_comp c on c.i = s.i where s.moderated;

-- the ranking (Ranking.rank): weight x percent for Q1 and SV, weight x lowest / price for price; ties to the earlier bid
create temporary table bench_ranked as
select s.*, row_number() over (partition by s.i, s.n order by total desc, s.received_at) rank
from (select s.*, round(50 * s.q1 / 100.0, 2) + round(10 * s.sv / 100.0, 2)
                  + round(40 * min(s.price) over (partition by s.i, s.n) / s.price, 2) total
      from bench_scored s where s.moderated and s.passed and s.status in ('STANDSTILL', 'AWARDED')) s;
insert into award (id, competition_id, lot_id, bid_id, organisation_id, value, status, decided_at, decided_by, awarded_at)
select md5(:seed || '-award-' || r.i || '-' || r.n)::uuid, r.competition_id, r.lot_id, r.bid_id, r.organisation_id,
       r.price, case when c.status = 'AWARDED' then 'ACTIVE' else 'PENDING_STANDSTILL' end, c.decided_at,
       'commissioner-' || lower(c.owner_body), c.awarded_at
from bench_ranked r join bench_comp c on c.i = r.i where r.rank = 1;

insert into lot (id, competition_id, number, title, category, region_code, areas, max_value, funding_mechanism,
                 contract_start, contract_end, requirements, minimum_income, eligible_at_publish, outcome,
                 outcome_reason, outcome_at, outcome_by, contract_type, eligible_population, complexity_levels)
select l.id, l.competition_id, l.n, 'Lot ' || l.n || ': ' || lower(replace(l.category, '_', ' ')) || ' in '
         || coalesce((select name from probation_region where code = l.region_code),
                     (select name from police_force_area where gss_code = l.areas->>0)),
       l.category, l.region_code, l.areas, l.max_value, l.funding_mechanism, l.contract_start,
       l.contract_start + interval '2 years' - interval '1 day', '[]', null,
       case when c.published_at is not null then l.n_eligible end,
       case when c.status = 'CANCELLED' then 'CANCELLED'
            when c.status = 'NO_AWARD' then 'NO_AWARD'
            when c.status in ('STANDSTILL', 'AWARDED') and a.id is null then 'NO_AWARD'
            when c.status = 'STANDSTILL' then 'AWARD_PENDING'
            when c.status = 'AWARDED' then 'AWARDED' else 'OPEN' end,
       case when c.status = 'CANCELLED' then c.end_reason_text
            when c.status in ('NO_AWARD', 'STANDSTILL', 'AWARDED') and a.id is null then 'No compliant bid' end,
       case when c.status = 'CANCELLED' then c.ended_at when c.status = 'AWARDED' and a.id is not null then c.awarded_at
            when c.status in ('NO_AWARD', 'STANDSTILL', 'AWARDED') then c.decided_at end,
       case when c.status = 'CANCELLED' or (c.status in ('NO_AWARD', 'STANDSTILL', 'AWARDED') and a.id is null)
              or c.status = 'STANDSTILL' then 'commissioner-' || lower(c.owner_body)
            when c.status = 'AWARDED' then 'competition-service' end,
       (select t.code from contract_type t where t.categories = array[l.category]),
       '["ANY"]', '["LOW", "MEDIUM", "HIGH"]'
from bench_lot l join (select *, 'Funding withdrawn' end_reason_text from bench_comp) c on c.i = l.i
left join award a on a.lot_id = l.id;

\echo '[load] clarifications and subscriptions'
insert into clarification (id, competition_id, asked_by_org, asked_by, asked_at, question, answer, answered_at, answered_by)
select md5(:seed || '-clarification-' || c.i)::uuid, c.id, e.organisation_id, 'provider-' || left(e.organisation_id::text, 8),
       c.published_at + interval '1 day', 'Can the service be delivered from one hub for the whole lot?',
       case when pg_temp.h(c.i, 80) % 100 < 90 then 'Yes, provided it is reachable by public transport.' end,
       case when pg_temp.h(c.i, 80) % 100 < 90 then c.published_at + interval '2 days' end,
       case when pg_temp.h(c.i, 80) % 100 < 90 then 'commissioner-' || lower(c.owner_body) end
from bench_comp c join bench_lot l on l.i = c.i and l.n = 1
join bench.eligible e on e.category = l.category and e.key = l.key and e.k = pg_temp.h(c.i, 81) % l.n_eligible
where c.published_at is not null and c.published_at + interval '2 days' < least(c.submission_deadline, :'anchor'::timestamptz)
  and pg_temp.h(c.i, 82) % 3 = 0;

insert into opportunity_subscription (id, organisation_id, categories, areas, created_at, created_by)
select md5(:seed || '-subscription-' || j)::uuid, p.id, jsonb_build_array(cat.code), jsonb_build_array(a.gss_code),
       timestamptz '2024-06-01 09:00+00' + j * interval '1 hour', 'provider-' || left(p.id::text, 8)
from generate_series(1, 30 * :scale) j
join provider p on p.id = md5(:seed || '-org-' || (1 + pg_temp.h(j, 90) % (1700 * :scale)))::uuid and p.framework_status = 'QUALIFIED'
join bench_category cat on cat.k = pg_temp.h(j, 91) % 14
join bench_area a on a.k = pg_temp.h(j, 92) % 42;

\echo '[load] the audit trail'
create temporary table bench_audit (competition_id uuid, at timestamptz, actor text, action text, subject text,
                                    details jsonb, ord int);
insert into bench_audit
select c.id, c.created_at, 'commissioner-' || lower(c.owner_body), 'COMPETITION_CREATED', null,
       jsonb_build_object('reference', k.reference, 'title', k.title, 'submissionDeadline', pg_temp.instant(c.submission_deadline)), 0
from bench_comp c join competition k on k.id = c.id
union all
select b.competition_id, b.invited_at, b.invited_by, 'CO_COMMISSIONER_INVITED', b.body_code, jsonb_build_object('budget', b.budget::text), 1
from competition_body b where b.role = 'CO_COMMISSIONER'
union all
select b.competition_id, b.responded_at, b.responded_by, 'CO_COMMISSIONER_ACCEPTED', b.body_code, jsonb_build_object('budget', b.budget::text), 2
from competition_body b where b.role = 'CO_COMMISSIONER'
union all
select e.competition_id, e.assigned_at, e.assigned_by, 'EVALUATOR_ASSIGNED', e.evaluator, '{}', 3 from competition_evaluator e
union all
select c.id, c.published_at, k.published_by, 'COMPETITION_PUBLISHED', null,
       jsonb_build_object('publishedAt', pg_temp.instant(c.published_at), 'submissionDeadline', pg_temp.instant(c.submission_deadline),
                          'clarificationDeadline', pg_temp.instant(k.clarification_deadline), 'standstillDays', 8), 4
from bench_comp c join competition k on k.id = c.id where c.published_at is not null
union all
select k.id, k.published_at, k.published_by, 'ELIGIBILITY_OVERRIDDEN', null,
       jsonb_build_object('reason', k.eligibility_override, 'lots',
         (select jsonb_agg(jsonb_build_object('lotId', l.id, 'lotNumber', l.number, 'eligibleProviders', l.eligible_at_publish) order by l.number)
          from lot l where l.competition_id = k.id and l.eligible_at_publish < 3)), 5
from competition k where k.eligibility_override is not null
union all
select r.competition_id, r.at, r.actor, case when r.action = 'WITHDRAWN' then 'BID_WITHDRAWN' else 'BID_RECEIVED' end, r.bid_id::text,
       case when r.action = 'WITHDRAWN' then jsonb_build_object('withdrawnAt', pg_temp.instant(r.at))
            else jsonb_build_object('action', r.action, 'receivedAt', pg_temp.instant(r.at), 'contentHash', r.content_hash) end, 6
from bench_receipt r
union all
select q.competition_id, q.answered_at, q.answered_by, 'CLARIFICATION_ANSWERED', q.id::text, '{}', 7
from clarification q where q.answered_at is not null
union all
select c.id, c.closed_at, 'competition-service', 'COMPETITION_CLOSED', null,
       jsonb_build_object('closedAt', pg_temp.instant(c.closed_at),
                          'bidsReceived', (select count(*) from bench_bid x where x.i = c.i and not x.withdrawn)), 8
from bench_comp c where c.closed_at is not null
union all
select c.id, c.evaluation_started_at, 'competition-service', 'EVALUATION_STARTED', null, '{}', 9
from bench_comp c where c.evaluation_started_at is not null
union all
select d.competition_id, d.declared_at, d.evaluator, 'CONFLICT_DECLARED', d.organisation_id::text,
       jsonb_build_object('conflicted', false), 10
from conflict_declaration d
union all  -- each evaluator lists the bids once declared: one read of each bid
select x.competition_id, d.declared_at + interval '5 minutes', d.evaluator, 'BID_READ', x.id::text,
       jsonb_build_object('organisationId', x.organisation_id), 11
from conflict_declaration d join bid x on x.competition_id = d.competition_id and x.organisation_id = d.organisation_id
union all
select s.competition_id, e.scored_at, e.evaluator, 'BID_SCORED', s.bid_id::text,
       jsonb_build_object('lotId', s.lot_id, 'scores', e.scores, 'passFail', e.pass_fail), 12
from bench_scored s join evaluator_score e on e.bid_id = s.bid_id and e.lot_id = s.lot_id
union all
select s.competition_id, m.moderated_at, m.moderated_by, 'SCORES_MODERATED', s.bid_id::text,
       jsonb_build_object('lotId', s.lot_id, 'rationale', m.rationale,
                          'evaluatorScores', (select jsonb_object_agg(e.evaluator, e.scores) from evaluator_score e
                                              where e.bid_id = s.bid_id and e.lot_id = s.lot_id),
                          'scores', m.scores, 'passFail', m.pass_fail), 13
from bench_scored s join moderated_score m on m.bid_id = s.bid_id and m.lot_id = s.lot_id
union all
select a.competition_id, a.decided_at, a.decided_by, 'AWARD_DECIDED', a.lot_id::text,
       jsonb_build_object('lot', l.number, 'bidId', a.bid_id, 'organisationId', a.organisation_id, 'value', a.value::text), 14
from award a join lot l on l.id = a.lot_id
union all
select l.competition_id, c.decided_at, 'commissioner-' || lower(c.owner_body), 'NO_AWARD', l.id::text,
       jsonb_build_object('lot', l.number, 'reason', l.outcome_reason), 15
from lot l join bench_comp c on c.id = l.competition_id where l.outcome = 'NO_AWARD'
union all
select c.id, c.decided_at, 'commissioner-' || lower(c.owner_body), 'AWARD_DECIDED', null,
       jsonb_build_object('standstillWorkingDays', 8, 'standstillEndsAt', pg_temp.instant(c.standstill_ends_at)), 16
from bench_comp c where c.status in ('STANDSTILL', 'AWARDED')
union all
select c.id, c.awarded_at, 'competition-service', 'COMPETITION_AWARDED', null,
       jsonb_build_object('awardedAt', pg_temp.instant(c.awarded_at)), 17
from bench_comp c where c.status = 'AWARDED'
union all
select c.id, c.ended_at, 'commissioner-' || lower(c.owner_body), 'COMPETITION_CANCELLED', null,
       jsonb_build_object('reason', 'Funding withdrawn'), 18
from bench_comp c where c.status = 'CANCELLED';
insert into competition_audit_entry (competition_id, at, actor, action, subject, details)
select competition_id, at, actor, action, subject, details from bench_audit order by at, ord, competition_id, subject;

-- references go on from the numbers loaded
select setval('df_comp_reference_seq', (select count(*) from competition)) \g /dev/null
select setval('df_opp_reference_seq', greatest(1, (select count(*) from opportunity))) \g /dev/null

\echo '[load] vacuum analyze'
vacuum analyze;
select (select count(*) from competition) competitions,
       (select count(*) from competition where status = 'PUBLISHED') open,
       (select count(*) from lot) lots,
       (select count(*) from bid) bids,
       (select count(*) from lot where outcome = 'AWARDED') awarded_lots,
       (select count(*) from competition_audit_entry) audit_entries;
