# bench/load step (sourced): supply-chain-service's tables as its consumers and API would have filled them: the
# organisation view and attribute periods from the registry's data, agreements and their periods from
# contract-service's, a subcontract per partner proposed in a bid (confirmed, proposed, ended or withdrawn) with its
# history and periods, the no-subcontractor flags, and the read model of today's figures, rebuilt by the function the
# service calls on each change (bench/lib/supply-chain-load.sql). Then contract-service's view of who delivers
# (agreement_subcontractor), as its consumer of the subcontract events would fill it. Database BENCH_SUPPLY_CHAIN_DB
# (default df_bench_supply_chain_service; "none" skips the step); needs the contract step's database.
SDB="${BENCH_SUPPLY_CHAIN_DB:-df_bench_supply_chain_service}"
KDB="${BENCH_CONTRACT_DB:-df_bench_contract_service}"
if [ "$SDB" != none ]; then
  [ "$KDB" != none ] || { echo "[load] the supply-chain step reads the contract step's agreements: set BENCH_CONTRACT_DB" >&2; exit 1; }
  started=$(date +%s)
  ensure_database "$SDB"
  if [ "$("${PSQL[@]}" -d "$SDB" -Atc "select to_regclass('diversity_area_bit') is not null")" != t ]; then
    migrate_with supply-chain-service "$SDB"
  fi
  "${PSQL[@]}" -d "$SDB" -c "drop table if exists bench_src_organisation, bench_src_agreement" \
    -c "create unlogged table bench_src_organisation (id uuid, name text, sector text, income_band text,
          characteristics text[], local_areas text[], town text, postcode text, framework_status text, version bigint)" \
    -c "create unlogged table bench_src_agreement (i int, id uuid, reference text, ocid text, kind text, status text,
          lead_provider_id uuid, lead_provider_name text, owning_body_id text, body_ids text[], contract_type text,
          categories text[], region_code text, areas text[], value numeric(14, 2), start_date date, end_date date,
          proposed_supply_chain jsonb, version bigint)"
  local_areas="'{}'::text[]"   # the registry's local areas, once its schema has them (V14)
  if [ "$("${PSQL[@]}" -d "$DB" -Atc "select count(*) from information_schema.columns
        where table_name = 'organisation' and column_name = 'local_areas'")" = 1 ]; then local_areas="o.local_areas"; fi
  "${PSQL[@]}" -d "$DB" -c "copy (select o.id, o.name, o.sector, o.income_band,
      coalesce((select array_agg(characteristic order by characteristic) from organisation_characteristic c
                where c.organisation_id = o.id), '{}'), $local_areas, o.address_town, o.address_postcode,
      o.framework_status, o.version from organisation o) to stdout" \
    | "${PSQL[@]}" -d "$SDB" -c "copy bench_src_organisation from stdin"
  "${PSQL[@]}" -d "$KDB" -c "copy (select split_part(reference, '-', 4)::int, id, reference, ocid, kind, status,
      lead_provider_id, lead_provider_name, owning_body_id,
      array(select owning_body_id union select b ->> 'bodyId' from jsonb_array_elements(commissioning_bodies) b
            where b ->> 'bodyId' <> owning_body_id),
      contract_type, array(select jsonb_array_elements_text(categories)), region_code,
      array(select jsonb_array_elements_text(areas)), value, start_date, end_date, proposed_supply_chain, version
      from agreement) to stdout" \
    | "${PSQL[@]}" -d "$SDB" -c "copy bench_src_agreement from stdin"
  "${PSQL[@]}" -d "$SDB" -v seed="$SEED" -f bench/lib/supply-chain-load.sql
  "${PSQL[@]}" -d "$KDB" -c "truncate agreement_subcontractor"
  "${PSQL[@]}" -d "$SDB" -c "copy (select id, agreement_id, organisation_id, status, status = 'CONFIRMED', version,
      now() from subcontract) to stdout" \
    | "${PSQL[@]}" -d "$KDB" -c "copy agreement_subcontractor from stdin"
  "${PSQL[@]}" -d "$KDB" -c "vacuum analyze agreement_subcontractor"
  "${PSQL[@]}" -d "$SDB" -c "drop table bench_src_organisation, bench_src_agreement"
  echo "[load] supply-chain-service's tables loaded into $SDB in $(( $(date +%s) - started )) s"
fi
