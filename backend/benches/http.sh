#!/usr/bin/env bash
# HTTP benchmark of POST /api/v1/mandate-checks beside GET /healthz, with an empty ledger and
# with 1,000,000 ledger entries. Needs wrk (apt-get install wrk) and a release build.
# Usage: backend/benches/http.sh [sqlite|postgres]   (postgres uses 127.0.0.1:5432, trust auth)
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=target/release/mandaat
[ -x "$BIN" ] || cargo build --release
WORK=$(mktemp -d)
PORT=18080
case "${1:-sqlite}" in
  sqlite) export DATABASE_URL="sqlite://$WORK/bench.sqlite?mode=rwc" ;;
  postgres)
    DB="mandaat_bench_$$"
    psql postgres://postgres@127.0.0.1:5432/postgres -qc "CREATE DATABASE $DB"
    export DATABASE_URL="postgres://postgres@127.0.0.1:5432/$DB" ;;
esac
cleanup() {
  [ -n "${SERVER:-}" ] && kill "$SERVER" 2>/dev/null || true
  [ -n "${DB:-}" ] && psql postgres://postgres@127.0.0.1:5432/postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" || true
  rm -rf "$WORK"
}
trap cleanup EXIT

"$BIN" demo > /dev/null
start() {
  BIND=127.0.0.1:$PORT LOG_LEVEL=warn "$BIN" serve > "$WORK/serve.out" 2>&1 &
  SERVER=$!
  for _ in $(seq 50); do curl -sf "http://127.0.0.1:$PORT/healthz" > /dev/null && return; sleep 0.1; done
}
stop() { kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=; }
json() { python3 -c "import sys,json; print($1)"; }

run() {
  start
  TOKEN=$(curl -s "http://127.0.0.1:$PORT/api/v1/auth/login" -H 'content-type: application/json' \
    -d '{"email":"fatima@rijnstede.demo","password":"demo-wachtwoord"}' | json 'json.load(sys.stdin)["accessToken"]')
  CATEGORY=$(curl -s "http://127.0.0.1:$PORT/api/v1/categories" -H "Authorization: Bearer $TOKEN" | json 'json.load(sys.stdin)["items"][0]["id"]')
  cat > "$WORK/check.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $TOKEN"
wrk.body = '{"categoryId":"$CATEGORY","amountCents":35000,"clientRef":"SEED-00042"}'
LUA
  echo "## $1"
  echo "GET /healthz";             wrk -t2 -c16 -d20s --latency "http://127.0.0.1:$PORT/healthz" | grep -E 'Requests/sec|  50%|  99%|Non-2xx'
  echo "POST /api/v1/mandate-checks"; wrk -t2 -c16 -d20s --latency -s "$WORK/check.lua" "http://127.0.0.1:$PORT/api/v1/mandate-checks" | grep -E 'Requests/sec|  50%|  99%|Non-2xx'
  stop
}

run "empty ledger (${1:-sqlite})"
"$BIN" seed --ledger-entries 1000000
run "1,000,000 ledger entries (${1:-sqlite})"
