#!/usr/bin/env bash
# Local dependencies for development, on loopback only: PostgreSQL (a private cluster, Debian's `postgresql`),
# Redis (Debian's `redis-server`) and Azurite (npm, tests/tools/azurite). Everything lives under one state folder and
# every process is stopped by the PID it recorded.
#
#   infra/dev-deps.sh start    start what is not running, then print the settings for the host
#   infra/dev-deps.sh env      print the settings again (as `export` lines: eval "$(infra/dev-deps.sh env)")
#   infra/dev-deps.sh status   which dependency runs, with its PID
#   infra/dev-deps.sh stop     stop them (PostgreSQL with a fast shutdown, Redis and Azurite with SIGTERM)
#
# Ports and folder: INITIATIVEHUB_DEPS_DIR (default .deps in the repository), PG_PORT (55432), REDIS_PORT (56379),
# AZURITE_PORT (10000). The database files stay between runs; delete the folder to start empty.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
state="${INITIATIVEHUB_DEPS_DIR:-$root/.deps}"
pg_port="${PG_PORT:-55432}"
redis_port="${REDIS_PORT:-56379}"
azurite_port="${AZURITE_PORT:-10000}"
database="initiativehub"
# The emulator's published development account (the same for every Azurite; not a secret).
azurite_key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
# PostgreSQL refuses to run as root: run its tools as the `postgres` user then.
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
alive() { [ -f "$1" ] && kill -0 "$(head -n 1 "$1")" 2>/dev/null; }
need() { echo "missing: $1 — install it with: $2" >&2; exit 1; }

start_postgres() {
  local bin data="$state/postgres/data"
  bin="$(pg_bin)"; [ -n "$bin" ] || need PostgreSQL "sudo apt-get install postgresql"
  if alive "$data/postmaster.pid"; then return; fi
  mkdir -p "$state/postgres"
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$state/postgres"; fi
  if [ ! -f "$data/PG_VERSION" ]; then
    as_pg "$bin/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  fi
  as_pg "$bin/pg_ctl" start -w -D "$data" -l "$state/postgres/server.log" \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $state/postgres" >/dev/null
  # The host's migrator creates the database itself; creating it here lets psql connect before the first run.
  as_pg "$bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = '$database'" | grep -q 1 ||
    as_pg "$bin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres "$database"
}

start_redis() {
  command -v redis-server >/dev/null || need redis-server "sudo apt-get install redis-server"
  if alive "$state/redis/redis.pid"; then return; fi
  mkdir -p "$state/redis"
  redis-server --bind 127.0.0.1 --port "$redis_port" --dir "$state/redis" --daemonize yes \
    --pidfile "$state/redis/redis.pid" --logfile "$state/redis/redis.log" --save 60 1 --appendonly no
  for _ in $(seq 50); do alive "$state/redis/redis.pid" && return; sleep 0.1; done
  echo "Redis did not start; see $state/redis/redis.log" >&2; exit 1
}

start_azurite() {
  local main="$root/tests/tools/azurite/node_modules/azurite/dist/src/blob/main.js"
  [ -f "$main" ] || need Azurite "npm ci --prefix tests/tools/azurite --no-audit --no-fund"
  if alive "$state/azurite/azurite.pid"; then return; fi
  mkdir -p "$state/azurite"
  nohup node "$main" --blobHost 127.0.0.1 --blobPort "$azurite_port" --location "$state/azurite" \
    --loose --skipApiVersionCheck --disableTelemetry >"$state/azurite/azurite.log" 2>&1 &
  echo $! >"$state/azurite/azurite.pid"
  for _ in $(seq 100); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$azurite_port") 2>/dev/null; then return; fi
    alive "$state/azurite/azurite.pid" || break
    sleep 0.1
  done
  echo "Azurite did not start; see $state/azurite/azurite.log" >&2; exit 1
}

print_env() {
  cat <<SETTINGS
export InitiativeHub__Database__Provider=Postgres
export ConnectionStrings__InitiativeHub='Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=$database'
export InitiativeHub__Attachments__Provider=AzureBlob
export ConnectionStrings__Blobs='DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$azurite_key;BlobEndpoint=http://127.0.0.1:$azurite_port/devstoreaccount1;'
export ConnectionStrings__Redis='127.0.0.1:$redis_port'
SETTINGS
}

stop_pid() { # name, pid file, signal
  if alive "$2"; then
    local pid; pid="$(head -n 1 "$2")"
    kill "-$3" "$pid"
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    echo "stopped $1 (pid $pid)"
  fi
}

status_of() { if alive "$2"; then echo "$1: running (pid $(head -n 1 "$2"))"; else echo "$1: stopped"; fi; }

case "${1:-}" in
  start)
    mkdir -p "$state"
    start_postgres; start_redis; start_azurite
    echo "# PostgreSQL 127.0.0.1:$pg_port, Redis 127.0.0.1:$redis_port, Azurite blobs 127.0.0.1:$azurite_port (state in $state)"
    echo "# Settings for the host (eval \"\$($0 env)\" to load them into this shell):"
    print_env ;;
  env) print_env ;;
  status)
    status_of postgres "$state/postgres/data/postmaster.pid"
    status_of redis "$state/redis/redis.pid"
    status_of azurite "$state/azurite/azurite.pid" ;;
  stop)
    # SIGINT is PostgreSQL's fast shutdown; Redis and Azurite exit cleanly on SIGTERM.
    stop_pid postgres "$state/postgres/data/postmaster.pid" INT
    stop_pid redis "$state/redis/redis.pid" TERM
    stop_pid azurite "$state/azurite/azurite.pid" TERM ;;
  *) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
