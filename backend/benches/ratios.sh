#!/usr/bin/env bash
# One run that measures what the performance aims are stated against, side by side with the
# same client: the reads against GET /healthz, POST /api/v1/decisions against the plain write
# ceiling (benches/ceiling.rs: one insert and one counter update per SQLite transaction,
# synchronous=NORMAL), and prints each figure with its ratio.
# Needs a release build, wrk (apt-get install wrk) and, when installed, oha (cargo install oha).
# Usage: [DURATION=10] [SEEDED=file] [CONNECTIONS="16 64"] backend/benches/ratios.sh [sqlite|postgres]
#   SEEDED: a SQLite file made by `decisions.sh` (demo + a million decisions); each run starts
#   from a copy of it. Without it the demo organisation alone is used.
set -euo pipefail
cd "$(dirname "$0")/../.."
export CARGO_TERM_COLOR=never
cargo build --release --quiet
CEILING=$(cargo bench --bench ceiling --no-run 2>&1 | sed -n 's/.*Executable .*(\(.*\)).*/\1/p' | tail -1)
BIN=target/release/mandaat
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-16 64}
WORK=$(mktemp -d)
PORT=${PORT:-18081}
CEILING_PORT=$((PORT + 1))
PG=postgres://postgres@127.0.0.1:5432
case "${1:-sqlite}" in
  sqlite) export DATABASE_URL="sqlite://$WORK/bench.sqlite?mode=rwc" ;;
  postgres)
    DB="mandaat_ratios_$$"
    psql "$PG/postgres" -qc "CREATE DATABASE $DB"
    export DATABASE_URL="$PG/$DB" ;;
esac
cleanup() {
  for pid in ${SERVER:-} ${CEILING_PID:-}; do kill "$pid" 2>/dev/null || true; done
  [ -n "${DB:-}" ] && psql "$PG/postgres" -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" || true
  rm -rf "$WORK"
}
trap cleanup EXIT

if [ -n "${SEEDED:-}" ] && [ -z "${DB:-}" ]; then cp "$SEEDED" "$WORK/bench.sqlite"; else "$BIN" demo > /dev/null 2>&1; fi
BIND=127.0.0.1:$PORT LOG_LEVEL=warn "$BIN" serve > "$WORK/serve.out" 2>&1 &
SERVER=$!
"$CEILING" "127.0.0.1:$CEILING_PORT" "$WORK/ceiling.sqlite" > /dev/null &
CEILING_PID=$!
for port in $PORT $CEILING_PORT; do
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" > /dev/null && break; sleep 0.1; done
done
URL=http://127.0.0.1:$PORT
json() { python3 -c "import sys,json; print($1)"; }
TOKEN=$(curl -s "$URL/api/v1/auth/login" -H 'content-type: application/json' \
  -d '{"email":"fatima@rijnstede.demo","password":"demo-wachtwoord"}' | json 'json.load(sys.stdin)["accessToken"]')
CATEGORY=$(curl -s "$URL/api/v1/categories" -H "Authorization: Bearer $TOKEN" | json 'json.load(sys.stdin)["items"][0]["id"]')
BODY="{\"categoryId\":\"$CATEGORY\",\"amountCents\":100,\"clientRef\":\"BENCH-0001\",\"title\":\"Boodschappenpakket\",\"situation\":\"Geen eten in huis tot de uitkering komt.\",\"solution\":\"Pakket gebracht.\",\"rationale\":\"Kon niet wachten.\",\"decidedAt\":\"$(date -u +%Y-%m-%dT%H:%M:%SZ)\"}"
DECISION=$(curl -s "$URL/api/v1/decisions" -H "Authorization: Bearer $TOKEN" -H 'content-type: application/json' -d "$BODY" | json 'json.load(sys.stdin)["id"]')

# wrk: every POST a new decision with its own Idempotency-Key, as a phone sends it.
cat > "$WORK/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $TOKEN"
wrk.body = '$BODY'
local counter, threads = 0, 0
function setup(thread) threads = threads + 1; thread:set("tid", threads) end
function request()
  counter = counter + 1
  wrk.headers["Idempotency-Key"] = "ratios-" .. tid .. "-" .. counter .. "-" .. os.time()
  return wrk.format(nil)
end
LUA
printf 'wrk.headers["Authorization"] = "Bearer %s"\n' "$TOKEN" > "$WORK/get.lua"

# Prints "requests/s p99-ms" for one measurement.
with_wrk() { # connections url [lua]
  local script=()
  [ -n "${3:-}" ] && script=(-s "$3")
  wrk -t2 -c"$1" -d"${DURATION}s" --latency "${script[@]}" "$2" | python3 -c '
import re, sys
text = sys.stdin.read()
rate = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
value, unit = re.search(r"\s99%\s+([\d.]+)(us|ms|s)", text).groups()
p99 = float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
print(f"{rate:.0f} {p99:.2f} {errors.group(1) if errors else 0}")'
}
with_oha() { # connections url [oha args...]
  local connections=$1 url=$2
  shift 2
  oha -z "${DURATION}s" -c "$connections" --no-tui --output-format json "$@" "$url" | python3 -c '
import json, sys
r = json.load(sys.stdin)
codes = r.get("statusCodeDistribution", {})
bad = sum(n for code, n in codes.items() if not code.startswith("2"))
rate, p99 = r["summary"]["requestsPerSec"], r["latencyPercentiles"]["p99"] * 1000
print(f"{rate:.0f} {p99:.2f} {bad}")'
}

TOOLS=wrk
command -v oha > /dev/null && TOOLS="oha wrk"
printf '%-6s %-5s %-34s %10s %9s %7s %8s\n' tool conns request 'req/s' 'p99 ms' errors ratio
for tool in $TOOLS; do
  for c in $CONNECTIONS; do
    row() { # name figures base
      read -r rate p99 errors <<< "$2"
      local ratio="-"
      [ -n "${3:-}" ] && ratio=$(python3 -c "print(f'{$rate / $3 * 100:.0f} %')")
      printf '%-6s %-5s %-34s %10s %9s %7s %8s\n' "$tool" "$c" "$1" "$rate" "$p99" "$errors" "$ratio"
    }
    if [ "$tool" = wrk ]; then
      health=$(with_wrk "$c" "$URL/healthz")
      ceiling=$(with_wrk "$c" "http://127.0.0.1:$CEILING_PORT/decisions" "$WORK/post.lua")
      create=$(with_wrk "$c" "$URL/api/v1/decisions" "$WORK/post.lua")
      reads=()
      for path in "/api/v1/decisions/$DECISION" /api/v1/decisions /api/v1/me /api/v1/me/mandate; do
        reads+=("$path|$(with_wrk "$c" "$URL$path" "$WORK/get.lua")")
      done
    else
      auth=(-H "Authorization: Bearer $TOKEN")
      post=(-m POST -H 'Content-Type: application/json' -d "$BODY")
      health=$(with_oha "$c" "$URL/healthz")
      ceiling=$(with_oha "$c" "http://127.0.0.1:$CEILING_PORT/decisions" "${post[@]}")
      create=$(with_oha "$c" "$URL/api/v1/decisions" "${auth[@]}" "${post[@]}")
      reads=()
      for path in "/api/v1/decisions/$DECISION" /api/v1/decisions /api/v1/me /api/v1/me/mandate; do
        reads+=("$path|$(with_oha "$c" "$URL$path" "${auth[@]}")")
      done
    fi
    row "GET /healthz" "$health"
    read -r health_rate _ <<< "$health"
    read -r ceiling_rate _ <<< "$ceiling"
    row "ceiling (insert + update)" "$ceiling"
    row "POST /decisions (of ceiling)" "$create" "$ceiling_rate"
    for entry in "${reads[@]}"; do
      label=${entry%%|*}
      row "GET ${label/$DECISION/\{id\}} (of healthz)" "${entry#*|}" "$health_rate"
    done
  done
done
echo "peak RSS of the server: $(grep VmHWM /proc/$SERVER/status | awk '{print $2/1024 " MiB"}')"
