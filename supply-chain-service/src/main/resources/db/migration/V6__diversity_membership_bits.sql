-- Today's figures with fewer operations per row (measured at 100 times the sector, bench/README.md "Diversity
-- analytics"): each membership carries its role and the organisation's attributes as one bit set (one bit_or per
-- row groups organisations; one count and two sums per row make the totals), its areas as a bit set (organisations
-- in many areas: a bit_or and a bit count instead of a distinct over organisation x area pairs) and the
-- organisation's name (the list needs no join with 170,000 organisations).

-- One bit per area or region code a subcontract can name (reference data: 42 areas and 12 regions, at most 63).
create table diversity_area_bit (
    code text primary key,
    bit  int  not null unique check (bit between 0 and 62)
);
insert into diversity_area_bit (code, bit)
select code, (row_number() over (order by code) - 1)::int
from (select gss_code as code from police_force_area union select code from probation_region) c;

-- 1 voluntary, 2 small, 4 large, 8 led by and for racially minoritised people, 16 Welsh, 32 women's specialist,
-- 64 lead, 128 subcontractor, 256 lead of an agreement delivered in Wales, 512 subcontractor in one.
create function diversity_membership_bits(lead boolean, in_wales boolean, voluntary boolean, small boolean,
        large boolean, minoritised boolean, welsh boolean, womens boolean) returns int language sql immutable as $$
    -- (| and << have the same precedence, left to right: every shift in parentheses)
    select voluntary::int | (small::int << 1) | (large::int << 2) | (minoritised::int << 3) | (welsh::int << 4)
           | (womens::int << 5) | (lead::int << 6) | ((not lead)::int << 7) | ((lead and in_wales)::int << 8)
           | ((not lead and in_wales)::int << 9)
$$;

create function diversity_area_mask(codes text[]) returns bigint language sql stable as $$
    select coalesce(bit_or(1::bigint << b.bit), 0) from unnest(codes) c join diversity_area_bit b on b.code = c
$$;

alter table diversity_membership add column bits int not null default 0, add column area_mask bigint,
    add column organisation_name text;

create or replace function diversity_membership_refresh(for_agreement uuid, from_date date) returns void language sql as $$
    delete from diversity_membership d where for_agreement is null or d.agreement_id = for_agreement;
    insert into diversity_membership (agreement_id, subcontract_id, organisation_id, lead, valid_from, valid_to,
        contract_type, categories, region_code, areas, in_wales, value, share, subcontract_areas, voluntary, small, large,
        racially_minoritised, welsh, womens_specialist, bits, area_mask, organisation_name)
    select m.agreement_id, m.subcontract_id, m.organisation_id, m.lead, m.valid_from, m.valid_to, m.contract_type,
           m.categories, m.region_code, m.areas, m.in_wales, m.value, m.share, m.subcontract_areas,
           coalesce(op.voluntary, false), coalesce(op.small, false), coalesce(op.large, false),
           coalesce(op.racially_minoritised, false), coalesce(op.welsh, false), coalesce(op.womens_specialist, false),
           diversity_membership_bits(m.lead, m.in_wales, coalesce(op.voluntary, false), coalesce(op.small, false),
               coalesce(op.large, false), coalesce(op.racially_minoritised, false), coalesce(op.welsh, false),
               coalesce(op.womens_specialist, false)),
           diversity_area_mask(m.subcontract_areas), o.name
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
    left join organisation_period op on op.organisation_id = m.organisation_id and op.valid_to = 'infinity'
    left join organisation o on o.id = m.organisation_id;
$$;

-- After an organisation event: its memberships carry its current attributes and name.
drop function diversity_membership_organisation(uuid);
create function diversity_membership_organisation(for_organisation uuid, new_name text) returns void language sql as $$
    update diversity_membership d
    set voluntary = op.voluntary, small = op.small, large = op.large, racially_minoritised = op.racially_minoritised,
        welsh = op.welsh, womens_specialist = op.womens_specialist, organisation_name = new_name,
        bits = diversity_membership_bits(d.lead, d.in_wales, op.voluntary, op.small, op.large, op.racially_minoritised,
                                         op.welsh, op.womens_specialist)
    from organisation_period op
    where d.organisation_id = for_organisation and op.organisation_id = for_organisation and op.valid_to = 'infinity'
      and (d.voluntary, d.small, d.large, d.racially_minoritised, d.welsh, d.womens_specialist, d.organisation_name)
          is distinct from (op.voluntary, op.small, op.large, op.racially_minoritised, op.welsh, op.womens_specialist, new_name);
$$;

select diversity_membership_refresh(null, current_date);
