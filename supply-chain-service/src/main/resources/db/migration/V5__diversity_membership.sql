-- The read model of today's (and later) diversity figures: one row per membership of a supply chain (an agreement's
-- lead for an agreement period; a counted subcontract for the part of its period inside an agreement period), with
-- the agreement's scope and the organisation's current attributes copied in. Figures for today are then one scan of
-- this narrow table filtered by date and scope, with no join (README: "Diversity figures"); figures as at other dates
-- keep reading the period tables. Kept in the transactions that change the periods (diversity_membership_refresh)
-- and that record an organisation's new attributes (diversity_membership_organisation). Rows that ended before the
-- day of their last refresh are not kept: they never count for today again.
create table diversity_membership (
    agreement_id         uuid           not null,
    subcontract_id       uuid,
    organisation_id      uuid           not null,
    lead                 boolean        not null,
    valid_from           date           not null,
    valid_to             date           not null,
    -- the agreement's scope and facts in the agreement period
    contract_type        text,
    categories           text[]         not null,
    region_code          text,
    areas                text[]         not null,
    in_wales             boolean        not null,
    value                numeric(14, 2),
    -- the subcontract's share and areas (null for the lead)
    share                numeric(14, 2),
    subcontract_areas    text[],
    -- the organisation's current attributes (false while it is unknown, as the period query's outer join)
    voluntary            boolean        not null,
    small                boolean        not null,
    large                boolean        not null,
    racially_minoritised boolean        not null,
    welsh                boolean        not null,
    womens_specialist    boolean        not null
);
create index diversity_membership_agreement on diversity_membership (agreement_id);
create index diversity_membership_organisation on diversity_membership (organisation_id);
create index diversity_membership_areas on diversity_membership using gin (areas);
create index diversity_membership_categories on diversity_membership using gin (categories);
create index diversity_membership_contract_type on diversity_membership (contract_type);
create index diversity_membership_region on diversity_membership (region_code);

-- Rebuilds the memberships of one agreement (null: of every agreement) from its agreement and subcontract periods and
-- the organisations' current periods, keeping the rows still in force on or after from_date.
create function diversity_membership_refresh(for_agreement uuid, from_date date) returns void language sql as $$
    delete from diversity_membership d where for_agreement is null or d.agreement_id = for_agreement;
    insert into diversity_membership (agreement_id, subcontract_id, organisation_id, lead, valid_from, valid_to,
        contract_type, categories, region_code, areas, in_wales, value, share, subcontract_areas, voluntary, small, large,
        racially_minoritised, welsh, womens_specialist)
    select m.agreement_id, m.subcontract_id, m.organisation_id, m.lead, m.valid_from, m.valid_to, m.contract_type,
           m.categories, m.region_code, m.areas, m.in_wales, m.value, m.share, m.subcontract_areas,
           coalesce(op.voluntary, false), coalesce(op.small, false), coalesce(op.large, false),
           coalesce(op.racially_minoritised, false), coalesce(op.welsh, false), coalesce(op.womens_specialist, false)
    from (
        select ap.agreement_id, null::uuid as subcontract_id, ap.lead_provider_id as organisation_id, true as lead,
               ap.valid_from, ap.valid_to, ap.contract_type, ap.categories, ap.region_code, ap.areas, ap.in_wales,
               ap.value, null::numeric as share, null::text[] as subcontract_areas
        from agreement_period ap
        where (for_agreement is null or ap.agreement_id = for_agreement) and ap.valid_to > from_date
        union all
        select ap.agreement_id, sp.subcontract_id, sp.organisation_id, false,
               greatest(ap.valid_from, sp.valid_from), least(ap.valid_to, sp.valid_to), ap.contract_type, ap.categories,
               ap.region_code, ap.areas, ap.in_wales, null, sp.share, sp.areas
        from agreement_period ap
        join subcontract_period sp on sp.agreement_id = ap.agreement_id
            and sp.valid_from < ap.valid_to and sp.valid_to > ap.valid_from
        where (for_agreement is null or ap.agreement_id = for_agreement)
          and least(ap.valid_to, sp.valid_to) > from_date) m
    left join organisation_period op on op.organisation_id = m.organisation_id and op.valid_to = 'infinity';
$$;

-- Copies an organisation's current attributes into its memberships (after a new period was recorded).
create function diversity_membership_organisation(for_organisation uuid) returns void language sql as $$
    update diversity_membership d
    set voluntary = op.voluntary, small = op.small, large = op.large, racially_minoritised = op.racially_minoritised,
        welsh = op.welsh, womens_specialist = op.womens_specialist
    from organisation_period op
    where d.organisation_id = for_organisation and op.organisation_id = for_organisation and op.valid_to = 'infinity';
$$;

select diversity_membership_refresh(null, current_date);
