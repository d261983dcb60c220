-- The listing rows carry the card a listing shows: the organisation's public fields and its offers of the row's
-- category covering the row's area. A page of a category x area search is then read from directory_listing alone,
-- and neither the database nor the service handles the organisation's other offers.
alter table directory_listing add column card jsonb;

-- Rebuilds the rows of one organisation (or of all when p_org is null) from the write model, in one statement.
create or replace function directory_refresh(p_org uuid) returns void language plpgsql as $$
begin
    if p_org is null then
        truncate directory_provider, directory_listing;
    else
        delete from directory_provider where organisation_id = p_org;
        delete from directory_listing where organisation_id = p_org;
    end if;

    with offer_doc as materialized (
        select s.organisation_id, s.category, s.published_at, coalesce(covered.codes, '{}') covered,
               jsonb_build_object(
                   'id', s.id, 'category', s.category,
                   'areas', to_jsonb(coalesce(named.codes, '{}')),
                   'regions', to_jsonb(coalesce(regions.codes, '{}')),
                   'coveredAreas', to_jsonb(coalesce(covered.codes, '{}')),
                   'cohorts', to_jsonb(coalesce(cohorts.codes, '{}')),
                   'description', s.description) doc
        from service_offer s
        join organisation o on o.id = s.organisation_id and o.framework_status = 'QUALIFIED'
        left join lateral (select array_agg(area_code order by area_code) codes
                           from service_offer_named_area where offer_id = s.id) named on true
        left join lateral (select array_agg(region_code order by region_code) codes
                           from service_offer_region where offer_id = s.id) regions on true
        left join lateral (select array_agg(area_code order by area_code) codes
                           from service_offer_area where offer_id = s.id) covered on true
        left join lateral (select array_agg(cohort_code order by cohort_code) codes
                           from service_offer_cohort where offer_id = s.id) cohorts on true
        where s.status = 'PUBLISHED' and (p_org is null or s.organisation_id = p_org)
    ), org_offers as (
        select organisation_id, count(*) offer_count,
               jsonb_agg(doc order by category, published_at) filter (where rn <= 100) offers
        from (select d.*, row_number() over (partition by organisation_id order by category, published_at) rn
              from offer_doc d) numbered
        group by organisation_id
    ), org_doc as materialized (
        select o.id organisation_id, lower(o.name) name_key, o.created_at registered_at, o.sector, o.income_band,
               coalesce(ch.codes, '{}') characteristics, coalesce(oo.offers, '[]'::jsonb) offers,
               jsonb_build_object(
                   'id', o.id, 'name', o.name,
                   'legalIdentifiers', to_jsonb(coalesce(ids.codes, '{}')),
                   'legalForm', o.legal_form, 'sector', o.sector, 'incomeBand', o.income_band,
                   'characteristics', to_jsonb(coalesce(ch.codes, '{}')),
                   'town', o.address_town, 'postcode', o.address_postcode, 'website', o.website,
                   'offerCount', coalesce(oo.offer_count, 0)) base
        from organisation o
        left join org_offers oo on oo.organisation_id = o.id
        left join lateral (select array_agg(identifier order by identifier) codes
                           from organisation_identifier where organisation_id = o.id) ids on true
        left join lateral (select array_agg(characteristic order by characteristic) codes
                           from organisation_characteristic where organisation_id = o.id) ch on true
        where o.framework_status = 'QUALIFIED' and (p_org is null or o.id = p_org)
    ), providers as (
        insert into directory_provider (organisation_id, name_key, registered_at, sector, income_band, characteristics,
                                        card)
        select g.organisation_id, g.name_key, g.registered_at, g.sector, g.income_band, g.characteristics,
               g.base || jsonb_build_object('offers', g.offers)
        from org_doc g
    )
    insert into directory_listing (category, area_code, name_key, organisation_id, registered_at, sector, income_band,
                                   characteristics, card)
    select m.category, m.area_code, g.name_key, g.organisation_id, g.registered_at, g.sector, g.income_band,
           g.characteristics, g.base || jsonb_build_object('offers', m.offers)
    from (select d.organisation_id, d.category, a.area_code, jsonb_agg(d.doc order by d.published_at) offers
          from offer_doc d cross join lateral unnest(d.covered) a(area_code)
          group by d.organisation_id, d.category, a.area_code) m
    join org_doc g on g.organisation_id = m.organisation_id;
end;
$$;

select directory_refresh(null);
alter table directory_listing alter column card set not null;
