#!/usr/bin/env bash
# HTTP benchmark of POST /api/v1/decisions and GET /api/v1/decisions beside GET /healthz, with
# 1,000,000 decisions already stored. Needs wrk (apt-get install wrk) and a release build.
# Usage: [DURATION=20] [WARMUP=15] [REPORTS_ONLY=1] [SEEDED=file] backend/benches/decisions.sh [sqlite|postgres] [decisions]
#   (postgres uses 127.0.0.1:5432, trust auth; decisions defaults to 1000000)
#   Seeding a million decisions takes a while: on SQLite, SEEDED=file keeps the seeded database
#   in that file the first time and starts each later run from a copy of it.
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=target/release/mandaat
[ -x "$BIN" ] || cargo build --release
WORK=$(mktemp -d)
PORT=${PORT:-18081}
PG=postgres://postgres@127.0.0.1:5432
case "${1:-sqlite}" in
  sqlite) export DATABASE_URL="sqlite://$WORK/bench.sqlite?mode=rwc" ;;
  postgres)
    DB="mandaat_bench_$$"
    psql "$PG/postgres" -qc "CREATE DATABASE $DB"
    export DATABASE_URL="$PG/$DB" ;;
esac
cleanup() {
  [ -n "${SERVER:-}" ] && kill "$SERVER" 2>/dev/null || true
  [ -n "${DB:-}" ] && psql "$PG/postgres" -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" || true
  rm -rf "$WORK"
}
trap cleanup EXIT

if [ -n "${SEEDED:-}" ] && [ -z "${DB:-}" ] && [ -f "$SEEDED" ]; then
  cp "$SEEDED" "$WORK/bench.sqlite"
else
  "$BIN" demo > /dev/null
  "$BIN" seed --decisions "${2:-1000000}" 2> /dev/null
  if [ -n "${SEEDED:-}" ] && [ -z "${DB:-}" ]; then
    sqlite3 "$WORK/bench.sqlite" 'PRAGMA wal_checkpoint(TRUNCATE)' > /dev/null 2>&1 || true
    cp "$WORK/bench.sqlite" "$SEEDED"
  fi
fi
[ -n "${DB:-}" ] && psql "$PG/$DB" -qc "VACUUM ANALYZE"

BIND=127.0.0.1:$PORT LOG_LEVEL=warn "$BIN" serve > "$WORK/serve.out" 2>&1 &
SERVER=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$PORT/healthz" > /dev/null && break; sleep 0.1; done
json() { python3 -c "import sys,json; print($1)"; }
TOKEN=$(curl -s "http://127.0.0.1:$PORT/api/v1/auth/login" -H 'content-type: application/json' \
  -d '{"email":"fatima@rijnstede.demo","password":"demo-wachtwoord"}' | json 'json.load(sys.stdin)["accessToken"]')
CATEGORY=$(curl -s "http://127.0.0.1:$PORT/api/v1/categories" -H "Authorization: Bearer $TOKEN" | json 'json.load(sys.stdin)["items"][0]["id"]')
TODAY=$(date -u +%Y-%m-%dT%H:%M:%SZ)

# Every request is a new decision with its own Idempotency-Key, as a phone sends it.
cat > "$WORK/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $TOKEN"
wrk.body = '{"categoryId":"$CATEGORY","amountCents":100,"clientRef":"BENCH-0001","title":"Boodschappenpakket","situation":"Geen eten in huis tot de uitkering komt.","solution":"Pakket gebracht.","rationale":"Kon niet wachten.","decidedAt":"$TODAY"}'
local counter, threads = 0, 0
function setup(thread) threads = threads + 1; thread:set("tid", threads) end
function request()
  counter = counter + 1
  wrk.headers["Idempotency-Key"] = "bench-" .. tid .. "-" .. counter
  return wrk.format(nil)
end
LUA
cat > "$WORK/get.lua" <<LUA
wrk.headers["Authorization"] = "Bearer $TOKEN"
LUA

measure() {
  echo "$1"
  shift
  wrk -t2 -c16 -d"${DURATION:-20}"s --latency "$@" | grep -E 'Requests/sec|  50%|  99%|Non-2xx'
}
echo "## ${2:-1000000} decisions stored (${1:-sqlite})"
measure "GET /healthz" "http://127.0.0.1:$PORT/healthz"
if [ -z "${REPORTS_ONLY:-}" ]; then
  # A server that has run a while has its write-ahead log file allocated (it is reused from its
  # start once it reaches 256 MiB); the first pass through it also pays for the file system
  # extending it. WARMUP seconds of decisions first measure the steady state (0 skips it).
  if [ "${WARMUP:-15}" != 0 ]; then
    wrk -t2 -c16 -d"${WARMUP:-15}"s -s "$WORK/post.lua" "http://127.0.0.1:$PORT/api/v1/decisions" > /dev/null
  fi
  measure "POST /api/v1/decisions" -s "$WORK/post.lua" "http://127.0.0.1:$PORT/api/v1/decisions"
  measure "GET /api/v1/decisions (first page of 50)" -s "$WORK/get.lua" "http://127.0.0.1:$PORT/api/v1/decisions"
  measure "GET /healthz" "http://127.0.0.1:$PORT/healthz"
fi

# The reports, as the controller (the whole organisation), over this year.
CONTROLLER=$(curl -s "http://127.0.0.1:$PORT/api/v1/auth/login" -H 'content-type: application/json' \
  -d '{"email":"carla@rijnstede.demo","password":"demo-wachtwoord"}' | json 'json.load(sys.stdin)["accessToken"]')
printf 'wrk.headers["Authorization"] = "Bearer %s"\n' "$CONTROLLER" > "$WORK/controller.lua"
# One client: the time a controller waits for a report (wrk prints p90 and p99, not p95).
for report in verdict-mix budget-use turnaround urgent-reviews reflections professional-use; do
  echo "GET /api/v1/reports/$report (1 client)"
  wrk -t1 -c1 -d"${DURATION:-20}"s --latency -s "$WORK/controller.lua" "http://127.0.0.1:$PORT/api/v1/reports/$report" \
    | grep -E 'Requests/sec|  50%|  90%|  99%|Non-2xx'
done
# A team lead sees their own team: the same reports through the team's slice of the totals.
LEAD=$(curl -s "http://127.0.0.1:$PORT/api/v1/auth/login" -H 'content-type: application/json' \
  -d '{"email":"ruben@rijnstede.demo","password":"demo-wachtwoord"}' | json 'json.load(sys.stdin)["accessToken"]')
printf 'wrk.headers["Authorization"] = "Bearer %s"\n' "$LEAD" > "$WORK/lead.lua"
for report in turnaround verdict-mix; do
  echo "GET /api/v1/reports/$report as a team lead (1 client)"
  wrk -t1 -c1 -d"${DURATION:-20}"s --latency -s "$WORK/lead.lua" "http://127.0.0.1:$PORT/api/v1/reports/$report" \
    | grep -E 'Requests/sec|  50%|  90%|  99%|Non-2xx'
done
echo "GET /api/v1/reports/accountability?year=$(date +%Y) (one request)"
curl -s -o /dev/null -w "%{time_total} s, %{size_download} bytes\n" -H "Authorization: Bearer $CONTROLLER" \
  "http://127.0.0.1:$PORT/api/v1/reports/accountability?year=$(date +%Y)"
