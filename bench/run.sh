#!/usr/bin/env bash
# One command for the performance benchmarks: builds the load driver and the host in Release, records the machine
# (CPU, memory, OS, kernel, .NET, disk, pg_test_fsync) and runs the scenarios. Arguments go to the driver, e.g.
#   bench/run.sh                                  # everything, default durations
#   bench/run.sh throughput --providers postgres --clients 1,8,64 --rounds 5
#   bench/run.sh latency --latency-duration 900   # the goal's 15 minutes at 25/s
#   bench/run.sh judging --providers postgres     # L2/L3: sheets at 200/s, ranking at 500/s over 20,000 entries
#   bench/run.sh exportjob                        # the awardee list through the real export job at 10k/50k/200k awardees
# Needs: the .NET SDK and Debian's postgresql package (apt-get install postgresql). Figures are appended to
# bench/results/results.md and results.jsonl; the machine description goes to bench/results/machine-<time>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

results=bench/results
for ((i = 1; i <= $#; i++)); do
  if [[ "${!i}" == "--results" ]]; then j=$((i + 1)); results="${!j}"; fi
done
mkdir -p "$results"

dotnet build bench/InitiativeHub.Bench -c Release -nologo -v quiet

stamp=$(date -u +%Y%m%dT%H%M%SZ)
machine="$results/machine-$stamp.txt"
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
{
  echo "# Machine at $stamp (git $(git rev-parse --short HEAD))"
  echo; echo "## lscpu"; lscpu
  echo; echo "## memory"; free -h
  echo; echo "## OS"; grep PRETTY_NAME /etc/os-release || true; uname -srm
  echo; echo "## .NET"; dotnet --list-runtimes
  echo; echo "## load average"; cat /proc/loadavg
  echo; echo "## disk of the temporary folders (databases live there)"; findmnt -T "${TMPDIR:-/tmp}" || true
  lsblk -d -o NAME,MODEL,ROTA,SIZE 2>/dev/null || true
  if [[ -n "$pg_bin" ]]; then
    echo; echo "## pg_test_fsync (2 s per test, on the temporary folder's disk)"
    probe=$(mktemp "${TMPDIR:-/tmp}/pg_test_fsync.XXXXXX")
    "$pg_bin/pg_test_fsync" -s 2 -f "$probe" || true
    rm -f "$probe"
  fi
} > "$machine" 2>&1
echo "Machine description: $machine"

dotnet bench/InitiativeHub.Bench/bin/Release/net10.0/InitiativeHub.Bench.dll "$@"
