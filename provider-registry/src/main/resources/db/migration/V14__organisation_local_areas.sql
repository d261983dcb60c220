-- The police force areas an organisation says it is based in and rooted in (GSS codes): "local to an area" in the
-- supply-chain analytics. Declared by the organisation, published in its snapshot.
alter table organisation add column local_areas text[] not null default '{}';
