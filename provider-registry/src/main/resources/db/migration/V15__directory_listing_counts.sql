-- How many qualified providers each category x area lists: the total of a directory page, read from one row instead
-- of counted over the listing's index range (thousands of entries for a busy pair at 100 times the sector), so a page
-- and its total touch no organisation the page does not show. Kept by directory_refresh in the transaction of each
-- change, from the listing rows it replaces. (No check that a total stays >= 0: PostgreSQL checks the proposed row of
-- an insert ... on conflict, the change itself, before it becomes an update. DirectoryReadModelTest compares the
-- totals with the rows.)
create table directory_listing_count (
    category  text   not null,
    area_code text   not null,
    providers bigint not null,
    primary key (category, area_code)
);

-- The rows themselves are still rebuilt by V11's function, under a new name; directory_refresh now wraps it.
alter function directory_refresh(uuid) rename to directory_refresh_rows;

create function directory_refresh(p_org uuid) returns void language plpgsql as $$
declare
    v_categories text[];
    v_areas      text[];
begin
    if p_org is null then
        perform directory_refresh_rows(null);
        truncate directory_listing_count;
        insert into directory_listing_count (category, area_code, providers)
        select category, area_code, count(*) from directory_listing group by category, area_code;
        return;
    end if;

    -- One refresh of an organisation at a time: a second one waits here until the first commits, then reads the rows
    -- that one left (read committed), so the two differences add up. And the tables in the order a full rebuild
    -- takes them (provider, then listing), so that a refresh and a rebuild cannot deadlock.
    perform pg_advisory_xact_lock(hashtextextended('directory_refresh:' || p_org, 0));
    lock table directory_provider in row exclusive mode;
    select coalesce(array_agg(category), '{}'), coalesce(array_agg(area_code), '{}') into v_categories, v_areas
    from directory_listing where organisation_id = p_org;
    perform directory_refresh_rows(p_org);
    -- one change per pair whose total moves, in key order, so that concurrent refreshes of different organisations
    -- lock the count rows in one order
    insert into directory_listing_count as c (category, area_code, providers)
    select category, area_code, sum(change)
    from (select category, area_code, -1 change from unnest(v_categories, v_areas) before(category, area_code)
          union all
          select category, area_code, 1 from directory_listing where organisation_id = p_org) changes
    group by category, area_code
    having sum(change) <> 0
    order by category, area_code
    on conflict (category, area_code) do update set providers = c.providers + excluded.providers;
end;
$$;

insert into directory_listing_count (category, area_code, providers)
select category, area_code, count(*) from directory_listing group by category, area_code;
