-- Included by every bench load script (\ir seeded.sql), with -v seed=N: a bulk-loading session and h(i, salt), a
-- deterministic pseudo-random non-negative number for row i under the seed, from which every generated value comes
-- (the same scale and seed always give the same data).
\set ON_ERROR_STOP on
set synchronous_commit = off;
-- The rows are consistent by construction: skip the foreign-key triggers while loading (needs a superuser).
set session_replication_role = replica;

select set_config('bench.seed', :'seed', false) \g /dev/null
create or replace function pg_temp.h(i bigint, salt int) returns bigint language sql stable as
  $$ select abs(hashint8extended(i, current_setting('bench.seed')::bigint * 1000 + salt)) $$;
