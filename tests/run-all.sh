#!/usr/bin/env bash
# Runs every InitiativeHub test on this machine, installing what the tests need first (Debian's Chromium for the
# browser tests, Debian's PostgreSQL for the second database provider, Debian's Redis for the cluster), and ends
# with one line:
# "N passed, N failed, N skipped".
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium for the browser tests (Debian package)..."
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium >/dev/null
fi

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "Installing PostgreSQL for the PostgreSQL-provider tests (Debian package; the tests start their own cluster)..."
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >/dev/null
fi

if ! command -v redis-server >/dev/null 2>&1; then
  echo "Installing Redis for the cluster tests (Debian package; the tests start their own server)..."
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq redis-server >/dev/null
fi

if [ ! -f tests/tools/azurite/node_modules/azurite/dist/src/blob/main.js ]; then
  echo "Installing Azurite for the attachment-store tests (npm)..."
  npm ci --prefix tests/tools/azurite --no-audit --no-fund >/dev/null
fi

results="$root/TestResults"
rm -rf "$results"
mkdir -p "$results"

status=0
# One project at a time: the machine has two cores and the host-level suites start real processes.
dotnet test InitiativeHub.sln --configuration Release --results-directory "$results" \
  2>&1 | tee "$results/test-output.txt" || status=$?

# VSTest prints one summary line per test assembly, e.g.
# "Passed!  - Failed:     0, Passed:    25, Skipped:     0, Total:    25, Duration: 91 ms - X.dll (net10.0)".
awk '
  /(Passed|Failed)! +- Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+/ {
    for (i = 1; i <= NF; i++) {
      if ($i == "Failed:")  { v = $(i+1); gsub(/,/, "", v); failed += v }
      if ($i == "Passed:")  { v = $(i+1); gsub(/,/, "", v); passed += v }
      if ($i == "Skipped:") { v = $(i+1); gsub(/,/, "", v); skipped += v }
    }
    assemblies++
  }
  END {
    if (assemblies == 0) { failed += 1 }
    printf "%d passed, %d failed, %d skipped\n", passed, failed, skipped
  }' "$results/test-output.txt" > "$results/summary.txt"

summary="$(cat "$results/summary.txt")"
failed="$(echo "$summary" | awk "{print \$3}")"
if [ "$status" -eq 0 ] && [ "$failed" != "0" ]; then status=1; fi
if [ "$status" -ne 0 ] && [ "$failed" = "0" ]; then
  echo "dotnet test exited with status $status (a build error, a crashed test host or a test project that did not run): see $results/test-output.txt"
fi
echo "$summary"
exit "$status"
