-- Seeded bulk load of the provider registry's own tables (psql -v scale=100 -v seed=42 -f ...).
-- Everything is derived from hashes of (row number, seed): the same scale and seed give the same data.
-- Scale 1 = the sector today: 1,700 organisations, about 17,000 published offers.
\ir seeded.sql
set maintenance_work_mem = '512MB';
set work_mem = '64MB';

\echo '[load] clearing the registry tables'
truncate organisation, organisation_identifier, organisation_characteristic, organisation_change,
         framework_application, framework_decision, service_offer, service_offer_named_area, service_offer_region,
         service_offer_area, service_offer_cohort, directory_provider, directory_listing, outbox_event cascade;

\echo '[load] organisations'
create temporary table bench_org as
select i, md5(:seed || '-org-' || i)::uuid id,
       case when pg_temp.h(i, 2) % 100 < 2 then 'NOT_APPLIED' when pg_temp.h(i, 2) % 100 < 5 then 'APPLIED'
            when pg_temp.h(i, 2) % 100 < 8 then 'SUSPENDED' else 'QUALIFIED' end status,
       timestamptz '2024-01-01 09:00+00' + (i * interval '7 minutes') created_at
from generate_series(1, 1700 * :scale) i;
alter table bench_org add primary key (i);

insert into organisation (id, name, legal_form, sector, income_band, address_line1, address_line2, address_town,
                          address_postcode, contacts, website, framework_status, created_at, created_by, updated_at,
                          updated_by, version)
select o.id,
       (array['Aspire','Beacon','Bridge','Compass','Clearway','Foundation','Harbour','Horizon','Keystone','Lantern',
              'Meridian','New Leaf','Northstar','Oakwood','Open Door','Pathway','Phoenix','Riverside','Second Chance',
              'Springboard','Stepping Stones','Together','Turning Point','Unity','Waypoint','Willow'])[1 + pg_temp.h(o.i, 3) % 26]
       || ' ' ||
       (array['Community','Recovery','Housing','Women''s','Youth','Family','Wellbeing','Futures','Support','Justice',
              'Learning','Employment'])[1 + pg_temp.h(o.i, 4) % 12]
       || ' ' || (array['Trust','Project','Network','CIC','Partnership','Services','Ltd','Foundation'])[1 + pg_temp.h(o.i, 5) % 8]
       || ' ' || o.i,
       (array['CHARITABLE_INCORPORATED_ORGANISATION','CHARITABLE_COMPANY','COMPANY_LIMITED_BY_GUARANTEE'])[1 + pg_temp.h(o.i, 6) % 3],
       (array['VOLUNTARY_AND_COMMUNITY','VOLUNTARY_AND_COMMUNITY','VOLUNTARY_AND_COMMUNITY','SOCIAL_ENTERPRISE','PRIVATE','PUBLIC'])[1 + pg_temp.h(o.i, 7) % 6],
       (array['UNDER_100K','FROM_100K_TO_1M','FROM_100K_TO_1M','FROM_1M_TO_10M','OVER_10M'])[1 + pg_temp.h(o.i, 8) % 5],
       (1 + pg_temp.h(o.i, 9) % 200) || ' High Street', null,
       (array['Leeds','Bristol','Cardiff','Manchester','Birmingham','London','Newcastle','Norwich','Exeter','Brighton',
              'Nottingham','Liverpool','Swansea','Sheffield','Canterbury'])[1 + pg_temp.h(o.i, 10) % 15],
       'AB' || (1 + pg_temp.h(o.i, 11) % 99) || ' ' || (1 + pg_temp.h(o.i, 12) % 9) || 'CD',
       jsonb_build_array(jsonb_build_object('name', 'Contact ' || o.i, 'role', 'Director',
                                            'email', 'contact' || o.i || '@example.org')),
       case when pg_temp.h(o.i, 13) % 2 = 0 then 'https://example.org/' || o.i end,
       o.status, o.created_at, 'bench', o.created_at, 'bench', 1
from bench_org o;

insert into organisation_identifier (organisation_id, identifier)
select id, 'GB-CHC-' || (1000000 + i) from bench_org;

insert into organisation_characteristic (organisation_id, characteristic)
select distinct o.id, (array['LED_BY_AND_FOR_RACIALLY_MINORITISED_PEOPLE','LED_BY_AND_FOR_DISABLED_PEOPLE',
        'LED_BY_AND_FOR_LGBTQ_PEOPLE','LED_BY_AND_FOR_PEOPLE_WITH_LIVED_EXPERIENCE','WOMENS_SPECIALIST',
        'WELSH_ORGANISATION','USER_LED'])[1 + pg_temp.h(o.i * 4 + k, 14) % 7]
from bench_org o cross join generate_series(1, 2) k
where k <= pg_temp.h(o.i, 15) % 3;

\echo '[load] framework applications'
insert into framework_application (id, organisation_id, status, criteria, submitted_at, submitted_by, suspended_until,
                                   updated_at, version)
select md5(:seed || '-application-' || o.i)::uuid, o.id,
       case o.status when 'APPLIED' then 'SUBMITTED' else o.status end,
       '{"economicAndFinancialStanding":{"met":true,"evidence":["accounts"]},"insurance":{"met":true,"evidence":["policy"]},"safeguarding":{"met":true,"evidence":["policy"]},"dataProtection":{"met":true,"evidence":["ICO"]},"noGroundsForExclusion":{"met":true,"evidence":["declaration"]}}'::jsonb,
       o.created_at + interval '1 day', 'bench',
       case when o.status = 'SUSPENDED' then date '2030-01-01' end,
       o.created_at + interval '2 days', 1
from bench_org o where o.status <> 'NOT_APPLIED';

\echo '[load] service offers'
create temporary table bench_offer as
select md5(:seed || '-offer-' || o.i || '-' || k)::uuid id, o.id organisation_id, o.created_at, o.i * 16 + k n,
       (array['ACCOMMODATION','EDUCATION_TRAINING_EMPLOYMENT','FINANCE_BENEFITS_DEBT','DEPENDENCY_RECOVERY',
              'FAMILY_SIGNIFICANT_OTHERS','LIFESTYLE_ASSOCIATES','EMOTIONAL_WELLBEING','SOCIAL_INCLUSION','WOMEN',
              'YOUNG_ADULTS','BLACK_MINORITY_ETHNIC','RESTORATIVE_JUSTICE','COGNITIVE_BEHAVIOURAL_CHANGE',
              'SERVICE_USER_INVOLVEMENT'])[1 + pg_temp.h(o.i * 16 + k, 20) % 14] category,
       pg_temp.h(o.i * 16 + k, 21) % 100 < 30 region_wide
from bench_org o cross join generate_series(1, 11) k
where o.status in ('QUALIFIED', 'SUSPENDED') and (k <= 10 or pg_temp.h(o.i, 22) % 100 < 53);

insert into service_offer (id, organisation_id, category, description, status, published_at, published_by, version)
select id, organisation_id, category, 'Offer ' || n || ': ' || lower(replace(category, '_', ' ')),
       'PUBLISHED', created_at + interval '3 days' + (n % 1000) * interval '1 minute', 'bench', 1
from bench_offer;

create temporary table bench_area as
select row_number() over (order by gss_code) - 1 k, gss_code, region_code from police_force_area;
create temporary table bench_region as
select row_number() over (order by code) - 1 k, code from probation_region;

insert into service_offer_region (offer_id, region_code)
select b.id, r.code from bench_offer b join bench_region r on r.k = pg_temp.h(b.n, 23) % 12 where b.region_wide;

insert into service_offer_named_area (offer_id, area_code)
select distinct b.id, a.gss_code
from bench_offer b cross join generate_series(0, 1) j
join bench_area a on a.k = pg_temp.h(b.n * 2 + j, 24) % 42
where not b.region_wide and (j = 0 or pg_temp.h(b.n, 25) % 2 = 0);

insert into service_offer_area (offer_id, area_code)
select offer_id, area_code from service_offer_named_area
union
select r.offer_id, a.gss_code from service_offer_region r join police_force_area a on a.region_code = r.region_code;

insert into service_offer_cohort (offer_id, cohort_code)
select id, (array['WOMEN','YOUNG_ADULTS','BLACK_MINORITY_ETHNIC'])[1 + pg_temp.h(n, 26) % 3]
from bench_offer where pg_temp.h(n, 27) % 100 < 40;

\echo '[load] the directory read model (as the registry keeps it)'
select directory_refresh(null) \g /dev/null
-- A bulk load writes the read model in its index order, as a long-running registry's would be after a CLUSTER:
-- a category x area range then sits in a few heap pages (and a few visibility-map pages for its index-only count).
\echo '[load] directory tables in index order (cluster)'
cluster directory_listing using directory_listing_pkey;
cluster directory_provider using directory_provider_name;
\echo '[load] vacuum analyze'
vacuum analyze;
select (select count(*) from organisation) organisations,
       (select count(*) from service_offer where status = 'PUBLISHED') published_offers,
       (select count(*) from directory_provider) directory_providers,
       (select count(*) from directory_listing) directory_listing_rows;
