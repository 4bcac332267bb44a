#!/usr/bin/env bash
# A three-host InitiativeHub cluster on this machine, behind Debian's nginx, on loopback only:
#
#   infra/cluster/run.sh start    PostgreSQL, Redis and Azurite (infra/dev-deps.sh), the host published once,
#                                 three hosts (Redis membership, one Orleans cluster), nginx on 127.0.0.1:8080
#   infra/cluster/run.sh status   which process runs, with its PID
#   infra/cluster/run.sh stop     stop nginx and the hosts by PID (the dependencies: infra/dev-deps.sh stop)
#
# Then open http://127.0.0.1:8080/ (the web UI) or POST to http://127.0.0.1:8080/graphql. Settings:
# CLUSTER_PORT (8080), CLUSTER_HOSTS (3), INITIATIVEHUB_CLUSTER_DIR (.cluster in the repository), and those of
# infra/dev-deps.sh. The first administrator: INITIATIVEHUB_ADMIN_EMAIL / INITIATIVEHUB_ADMIN_PASSWORD
# (default admin@example.vn / MatKhau2026; created once).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
state="${INITIATIVEHUB_CLUSTER_DIR:-$root/.cluster}"
port="${CLUSTER_PORT:-8080}"
hosts="${CLUSTER_HOSTS:-3}"
admin_email="${INITIATIVEHUB_ADMIN_EMAIL:-admin@example.vn}"
admin_password="${INITIATIVEHUB_ADMIN_PASSWORD:-MatKhau2026}"

alive() { [ -f "$1" ] && kill -0 "$(head -n 1 "$1")" 2>/dev/null; }
need() { echo "missing: $1 — install it with: $2" >&2; exit 1; }
http_port() { echo $((5100 + $1)); }
nginx_bin() { command -v nginx || { [ -x /usr/sbin/nginx ] && echo /usr/sbin/nginx; } || true; }

publish() {
  echo "Publishing the host (Release) to $state/app ..."
  dotnet publish "$root/src/InitiativeHub.Host" -c Release -o "$state/app" --nologo -v quiet >/dev/null
}

wait_ready() {
  local url="$1" pidfile="$2" log="$3"
  for _ in $(seq 120); do
    if curl -fsS "$url/health/ready" >/dev/null 2>&1; then return; fi
    alive "$pidfile" || { echo "the host behind $url exited; see $log" >&2; exit 1; }
    sleep 1
  done
  echo "the host behind $url was not ready within 120 s; see $log" >&2; exit 1
}

start_host() {
  local n="$1" dir="$state/host$1" url
  url="http://127.0.0.1:$(http_port "$n")"
  if alive "$dir/host.pid"; then return; fi
  mkdir -p "$dir"
  # Every host: its own HTTP and silo ports and folder; one ClusterId; membership, reminders, stream
  # subscriptions and data-protection keys in Redis; the database in PostgreSQL; attachments in blob storage.
  (
    eval "$("$root/infra/dev-deps.sh" env)"
    export ASPNETCORE_URLS="$url"
    export InitiativeHub__DataPath="$dir"
    export InitiativeHub__Orleans__Clustering=Redis
    export InitiativeHub__Orleans__ClusterId=initiativehub-local
    export InitiativeHub__Orleans__AdvertisedAddress=127.0.0.1
    export InitiativeHub__Orleans__SiloPort=$((11110 + n))
    export InitiativeHub__Orleans__GatewayPort=$((30000 + n))
    export InitiativeHub__PublicBaseUrl="http://127.0.0.1:$port"
    export InitiativeHub__Proxy__KnownProxies__0=127.0.0.1
    export InitiativeHub__Bootstrap__AdminEmail="$admin_email"
    export InitiativeHub__Bootstrap__AdminPassword="$admin_password"
    cd "$dir"
    nohup dotnet "$state/app/InitiativeHub.Host.dll" >"$dir/host.log" 2>&1 &
    echo $! >"$dir/host.pid"
  )
  wait_ready "$url" "$dir/host.pid" "$dir/host.log"
  echo "host $n: $url (PID $(cat "$dir/host.pid"))"
}

start_nginx() {
  local bin upstreams="" n
  bin="$(nginx_bin)"; [ -n "$bin" ] || need nginx "sudo apt-get install nginx-light"
  if alive "$state/nginx/nginx.pid"; then return; fi
  mkdir -p "$state/nginx"
  for n in $(seq "$hosts"); do upstreams+="        server 127.0.0.1:$(http_port "$n") max_fails=1 fail_timeout=5s;"$'\n'; done
  # Upstream lines replace the placeholder line; paths and the port are filled in.
  awk -v ups="$upstreams" -v state="$state" -v port="$port" '
    /@UPSTREAMS@/ { printf "%s", ups; next }
    { gsub(/@STATE@/, state); gsub(/@PORT@/, port); print }' \
    "$root/infra/cluster/nginx.conf.template" >"$state/nginx/nginx.conf"
  "$bin" -t -q -p "$state/nginx" -c "$state/nginx/nginx.conf" -g 'daemon on;'
  "$bin" -p "$state/nginx" -c "$state/nginx/nginx.conf" -g 'daemon on;'
  for _ in $(seq 50); do alive "$state/nginx/nginx.pid" && break; sleep 0.1; done
  echo "nginx: http://127.0.0.1:$port (PID $(cat "$state/nginx/nginx.pid"))"
}

stop_pidfile() {
  local pidfile="$1" name="$2" pid
  if alive "$pidfile"; then
    pid="$(head -n 1 "$pidfile")"
    kill "$pid"
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    echo "stopped $name (PID $pid)"
  fi
  rm -f "$pidfile"
}

case "${1:-}" in
  start)
    command -v curl >/dev/null || need curl "sudo apt-get install curl"
    "$root/infra/dev-deps.sh" start >/dev/null
    mkdir -p "$state"
    publish
    # The first host migrates the database and creates the administrator before the others join.
    for n in $(seq "$hosts"); do start_host "$n"; done
    start_nginx
    echo "InitiativeHub cluster: web UI http://127.0.0.1:$port/  GraphQL http://127.0.0.1:$port/graphql  (admin: $admin_email)"
    ;;
  status)
    for n in $(seq "$hosts"); do
      if alive "$state/host$n/host.pid"; then echo "host $n: running (PID $(cat "$state/host$n/host.pid"))"; else echo "host $n: stopped"; fi
    done
    if alive "$state/nginx/nginx.pid"; then echo "nginx: running (PID $(cat "$state/nginx/nginx.pid"))"; else echo "nginx: stopped"; fi
    "$root/infra/dev-deps.sh" status
    ;;
  stop)
    stop_pidfile "$state/nginx/nginx.pid" nginx
    for n in $(seq "$hosts"); do stop_pidfile "$state/host$n/host.pid" "host $n"; done
    ;;
  *)
    echo "usage: $0 start|status|stop" >&2
    exit 2
    ;;
esac
