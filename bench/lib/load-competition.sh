# bench/load step (sourced): competition-service's view of the providers and their offers, as its inbox consumer
# would have filled it from the registry's events, then its own competitions, lots, bids, evaluation and awards.
# Database BENCH_COMPETITION_DB (default df_bench_competition_service; "none" skips the step).
CDB="${BENCH_COMPETITION_DB:-df_bench_competition_service}"
if [ "$CDB" != none ]; then
  started=$(date +%s)
  ensure_database "$CDB"
  if [ "$("${PSQL[@]}" -d "$CDB" -Atc "select to_regclass('provider_offer') is not null")" != t ]; then
    migrate_with competition-service "$CDB"
  fi
  "${PSQL[@]}" -d "$CDB" -c "truncate provider, provider_offer"
  "${PSQL[@]}" -d "$DB" -c "copy (select o.id, o.name,
      (select jsonb_agg(identifier order by identifier) from organisation_identifier where organisation_id = o.id),
      o.sector, o.income_band, o.framework_status, o.version, now(), null
      from organisation o) to stdout" \
    | "${PSQL[@]}" -d "$CDB" -c "copy provider (id, name, legal_identifiers, sector, income_band, framework_status,
      source_version, updated_at, status_reason) from stdin"
  "${PSQL[@]}" -d "$DB" -c "copy (select s.id, s.organisation_id, s.category,
      coalesce((select jsonb_agg(area_code order by area_code) from service_offer_area where offer_id = s.id), '[]'),
      coalesce((select jsonb_agg(region_code order by region_code) from service_offer_region where offer_id = s.id), '[]'),
      coalesce((select jsonb_agg(cohort_code order by cohort_code) from service_offer_cohort where offer_id = s.id), '[]'),
      s.published_at, s.withdrawn_at from service_offer s) to stdout" \
    | "${PSQL[@]}" -d "$CDB" -c "copy provider_offer (offer_id, organisation_id, category, areas, regions, cohorts,
      published_at, withdrawn_at) from stdin"
  "${PSQL[@]}" -d "$CDB" -c "vacuum analyze provider, provider_offer"
  echo "[load] competition-service's provider view copied into $CDB in $(( $(date +%s) - started )) s"
  # Its own data: competitions, lots, bids and the rest (bench/lib/competition-load.sql), dates relative to the
  # anchor day (BENCH_ANCHOR, default today, UTC) so that open competitions are open whenever it is loaded.
  started=$(date +%s)
  "${PSQL[@]}" -d "$CDB" -v scale="$SCALE" -v seed="$SEED" -v anchor="${BENCH_ANCHOR:-$(date -u +%F)}" \
    -f bench/lib/competition-load.sql
  echo "[load] competition-service's competitions, lots and bids at scale $SCALE loaded into $CDB in $(( $(date +%s) - started )) s"
fi
