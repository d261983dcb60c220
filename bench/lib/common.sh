# Shared by the bench scripts (sourced). Needs PSQL=(psql ...) and DB_HOST/DB_PORT/DB_USER.
BENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"  # the repository

ensure_database() { # name
  if [ "$("${PSQL[@]}" -d postgres -Atc "select 1 from pg_database where datname = '$1'")" != 1 ]; then
    "${PSQL[@]}" -d postgres -c "create database $1"
  fi
}

# Starts a built service against a database until Flyway has migrated it, then stops it.
migrate_with() { # module, database
  local jar="$PWD/$1/target/quarkus-app/quarkus-run.jar" log="/tmp/bench-migrate-$1.log" pid
  [ -f "$jar" ] || { echo "[bench] build $1 first (./mvnw -pl $1 -am install -DskipTests)" >&2; exit 1; }
  echo "[bench] migrating $2 by starting $1 once"
  DB_URL="jdbc:postgresql://$DB_HOST:$DB_PORT/$2" HTTP_PORT=0 KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:1 \
    DF_EVENTS_OUTBOX_RELAY_ENABLED=false LOG_JSON=false java -jar "$jar" >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 240); do
    grep -q "started in" "$log" && break
    kill -0 "$pid" 2>/dev/null || { echo "[bench] $1 stopped while migrating; see $log" >&2; tail -n 20 "$log" >&2; exit 1; }
    sleep 0.5
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

# JVM options of a service: the serial collector (no collector threads beside the application's on 2 cores), a
# bounded heap, smaller thread stacks, the C library's heap trimmed every 5 s (what start-up and compilation freed is
# given back to the system): tools/service-jvm-options, as ./run. JAVA_OPTS replaces them (as in ./run).
service_java_opts() {
  echo "${JAVA_OPTS:-$(cat "$BENCH_ROOT/tools/service-jvm-options")}"
}

# Class data sharing (AppCDS) archive beside the jar, as ./run makes it (tools/appcds); BENCH_APPCDS=false: none.
appcds_option() { # module
  [ "${BENCH_APPCDS:-true}" = true ] || return 0
  "$PWD/tools/appcds" "$PWD/$1/target/quarkus-app" /tmp/bench-appcds-"$1".log $(service_java_opts) 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&-
}

# Starts a built service in the background on a port; sets STARTED_PID. Extra arguments are environment settings.
# MALLOC_ARENA_MAX=2: glibc keeps two malloc arenas instead of one per thread up to 8 per core.
start_service() { # module, port, log, env...
  local module="$1" port="$2" log="$3" cds; shift 3
  cds="$(appcds_option "$module")"
  env HTTP_PORT="$port" LOG_JSON=false MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}" "$@" \
    java $(service_java_opts) $cds -jar "$PWD/$module/target/quarkus-app/quarkus-run.jar" \
    >"$log" 2>&1 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&- &
  STARTED_PID=$!
}

wait_http() { # url, seconds
  local deadline=$((SECONDS + $2))
  until curl -fsS -o /dev/null "$1" 2>/dev/null; do
    [ $SECONDS -lt $deadline ] || { echo "[bench] $1 not answering after $2 s" >&2; return 1; }
    sleep 0.05
  done
}

# The class path of devtools (Kafka broker, keys, tokens), the one ./run uses, resolved if missing.
devtools_cp() {
  if [ ! -s .local/devtools.classpath ]; then
    mkdir -p .local
    ./mvnw -B -q -pl devtools dependency:build-classpath -Dmdep.outputFile="$PWD/.local/devtools.classpath" \
      -Dmdep.includeScope=runtime >/dev/null
  fi
  echo "$PWD/devtools/target/classes:$(cat .local/devtools.classpath)"
}

devtools_java() { java -cp "$(devtools_cp)" uk.gov.dynamicframework.devtools.Devtools "$@"; }

# Starts a Kafka broker in the background (its pid in KAFKA_PID) and waits until it is up.
start_kafka() { # port, controller port, dir, log
  # the class path first (its first call asks Maven, and the log below does not exist until the broker is launched)
  local cp
  cp="$(devtools_cp)"
  # fds 3-9 closed: a broker left running must not keep the build lock (flock's fd) held after its script ends
  java -cp "$cp" uk.gov.dynamicframework.devtools.Devtools kafka --port "$1" --controller-port "$2" \
    --dir "$3" >"$4" 2>&1 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&- &
  KAFKA_PID=$!
  for _ in $(seq 1 480); do grep -q 'broker (KRaft) started' "$4" && return 0; sleep 0.25; done
  echo "[bench] Kafka did not start: $4" >&2
  return 1
}
