# bench/load step (sourced): contract-service's agreements, led by and proposing qualified organisations of the
# registry data just loaded (bench/lib/contract-load.sql). Database BENCH_CONTRACT_DB (default
# df_bench_contract_service; "none" skips the step). agreement_subcontractor (contract-service's view of the supply
# chains) is filled by the supply-chain step, from the subcontracts it makes.
KDB="${BENCH_CONTRACT_DB:-df_bench_contract_service}"
if [ "$KDB" != none ]; then
  started=$(date +%s)
  ensure_database "$KDB"
  if [ "$("${PSQL[@]}" -d "$KDB" -Atc "select to_regclass('agreement_audit_entry') is not null")" != t ]; then
    migrate_with contract-service "$KDB"
  fi
  # The organisations that lead or join supply chains: qualified ones, 90% voluntary as in 2021, in an order fixed by
  # the seed; bench_pool.k 1..26*SCALE lead, 1..81*SCALE join supply chains.
  "${PSQL[@]}" -d "$KDB" -c "drop table if exists bench_pool" \
    -c "create unlogged table bench_pool (k int primary key, id uuid not null, name text not null, identifiers jsonb not null)"
  "${PSQL[@]}" -d "$DB" -c "copy (
      select row_number() over (order by md5('$SEED' || id::text)), id, name, identifiers from (
        (select o.id, o.name, md5('$SEED-pool-' || o.id) h from organisation o
         where o.framework_status = 'QUALIFIED' and o.sector = 'VOLUNTARY_AND_COMMUNITY' order by 3 limit 73 * $SCALE)
        union all
        (select o.id, o.name, md5('$SEED-pool-' || o.id) from organisation o
         where o.framework_status = 'QUALIFIED' and o.sector <> 'VOLUNTARY_AND_COMMUNITY' order by 3 limit 8 * $SCALE)) p
      cross join lateral (select coalesce(jsonb_agg(identifier order by identifier), '[]') identifiers
                          from organisation_identifier i where i.organisation_id = p.id) i) to stdout" \
    | "${PSQL[@]}" -d "$KDB" -c "copy bench_pool from stdin"
  "${PSQL[@]}" -d "$KDB" -v scale="$SCALE" -v seed="$SEED" -f bench/lib/contract-load.sql
  echo "[load] contract-service's agreements at scale $SCALE (seed $SEED) loaded into $KDB in $(( $(date +%s) - started )) s"
fi
