#!/usr/bin/env bash
# A mixed soak against the release binary on SQLite with the demo organisation: for
# SOAK_SECONDS it runs, all at once and at moderate concurrency, decision creates (wrk, a fresh
# Idempotency-Key per request, as Fatima), reads of decisions (GET /decisions/{id}), lists
# (GET /decisions), reports (as Carla, the controller) and sign-ins (one every SIGNIN_EVERY
# seconds, below the sign-in limit). Every 10 s it samples the server's RSS. At the end it asks
# the server to verify the audit chain, stops it cleanly and compares the ledger's running sums
# with the sum of its entries. Exits non-zero when any request got a 5xx or no answer, the chain
# is not valid, the sums differ from the entries, or RSS at the end is more than 10 % above RSS
# after the warm-up (a fall is shown but is no failure: it is memory given back, not a leak).
# RSS counts the pages of the memory-mapped database file too, which the kernel may drop at
# will; the anonymous part (RssAnon) is printed beside it.
# Needs a release build, wrk (apt-get install wrk) and python3.
# Usage: [SOAK_SECONDS=600] [WARMUP_SECONDS=120] [BIN=target/release/mandaat] backend/benches/soak.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=${BIN:-target/release/mandaat}
SOAK_SECONDS=${SOAK_SECONDS:-600}
WARMUP_SECONDS=${WARMUP_SECONDS:-120}
# A short trial run still compares against a sample taken after some warm-up.
[ "$WARMUP_SECONDS" -ge "$SOAK_SECONDS" ] && WARMUP_SECONDS=$((SOAK_SECONDS / 2))
SIGNIN_EVERY=${SIGNIN_EVERY:-3}
# A free port unless one is given: other servers may be running on this machine.
PORT=${PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
URL=http://127.0.0.1:$PORT
WORK=$(mktemp -d)
export DATABASE_URL="sqlite://$WORK/soak.sqlite?mode=rwc"
cleanup() {
  for pid in ${SERVER:-} ${LOADERS:-}; do kill "$pid" 2>/dev/null || true; done
  [ -n "${KEEP:-}" ] && echo "kept $WORK" || rm -rf "$WORK"
}
trap cleanup EXIT

"$BIN" demo > /dev/null 2>&1
BIND=127.0.0.1:$PORT LOG_LEVEL=warn "$BIN" serve > "$WORK/serve.out" 2>&1 &
SERVER=$!
for _ in $(seq 100); do curl -sf "$URL/healthz" > /dev/null && break; sleep 0.1; done
if ! kill -0 "$SERVER" 2>/dev/null || ! curl -sf "$URL/healthz" > /dev/null; then
  echo "soak: the server did not start"; cat "$WORK/serve.out"; exit 1
fi

json() { python3 -c "import sys,json; print($1)"; }
login() {
  curl -s "$URL/api/v1/auth/login" -H 'content-type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"demo-wachtwoord\"}" | json 'json.load(sys.stdin)["accessToken"]'
}
FATIMA=$(login fatima@rijnstede.demo)
CARLA=$(login carla@rijnstede.demo)
CATEGORY=$(curl -s "$URL/api/v1/categories" -H "Authorization: Bearer $FATIMA" | json 'json.load(sys.stdin)["items"][0]["id"]')
BODY="{\"categoryId\":\"$CATEGORY\",\"amountCents\":100,\"clientRef\":\"SOAK-0001\",\"title\":\"Boodschappenpakket\",\"situation\":\"Geen eten in huis tot de uitkering komt.\",\"solution\":\"Pakket gebracht.\",\"rationale\":\"Kon niet wachten.\",\"decidedAt\":\"$(date -u +%Y-%m-%dT%H:%M:%SZ)\"}"
# The decisions Fatima can see (the demo's and one of her own), read in turn.
curl -s "$URL/api/v1/decisions" -H "Authorization: Bearer $FATIMA" -H 'content-type: application/json' \
  -H 'Idempotency-Key: soak-first' -d "$BODY" > /dev/null
IDS=$(curl -s "$URL/api/v1/decisions" -H "Authorization: Bearer $FATIMA" |
  json '" ".join("\"%s\"" % d["id"] for d in json.load(sys.stdin)["items"])')

# Shared by every wrk script: counts 4xx and 5xx answers per thread and prints the totals, since
# wrk itself only counts "non-2xx or 3xx".
cat > "$WORK/count.lua" <<'LUA'
local threads = {}
function setup(thread) table.insert(threads, thread); thread:set("tid", #threads) end
function init(args) s4 = 0; s5 = 0; n = 0 end
function response(status, headers, body)
  if status >= 500 then s5 = s5 + 1 elseif status >= 400 then s4 = s4 + 1 end
end
function done(summary, latency, requests)
  local a, b = 0, 0
  for _, t in ipairs(threads) do a = a + t:get("s4"); b = b + t:get("s5") end
  io.write(string.format("STATUS %d %d\n", a, b))
end
LUA
# Creates: every POST a new decision with its own Idempotency-Key, as a phone sends it.
{ cat "$WORK/count.lua"; cat <<LUA; } > "$WORK/create.lua"
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $FATIMA"
wrk.body = '$BODY'
local started = os.time()
function request()
  n = n + 1
  wrk.headers["Idempotency-Key"] = "soak-" .. tid .. "-" .. n .. "-" .. started
  return wrk.format(nil)
end
LUA
{ cat "$WORK/count.lua"; cat <<LUA; } > "$WORK/read.lua"
wrk.headers["Authorization"] = "Bearer $FATIMA"
local ids = { $(echo "$IDS" | sed 's/" "/", "/g') }
function request()
  n = n + 1
  return wrk.format(nil, "/api/v1/decisions/" .. ids[n % #ids + 1])
end
LUA
{ cat "$WORK/count.lua"; cat <<LUA; } > "$WORK/list.lua"
wrk.headers["Authorization"] = "Bearer $FATIMA"
LUA
{ cat "$WORK/count.lua"; cat <<LUA; } > "$WORK/report.lua"
wrk.headers["Authorization"] = "Bearer $CARLA"
local paths = { "budget-use", "verdict-mix", "turnaround", "urgent-reviews", "reflections",
  "professional-use" }
function request()
  n = n + 1
  return wrk.format(nil, "/api/v1/reports/" .. paths[n % #paths + 1])
end
LUA

# Prints "kind requests rate 4xx 5xx connection-errors p99-ms" from wrk's output.
summarise() { # kind file
  python3 - "$1" "$2" <<'PY'
import re, sys
kind, text = sys.argv[1], open(sys.argv[2]).read()
total = int(re.search(r"(\d+) requests in", text).group(1))
rate = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
s4, s5 = map(int, re.search(r"STATUS (\d+) (\d+)", text).groups())
socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
errors = sum(map(int, socket.groups())) if socket else 0
value, unit = re.search(r"\s99%\s+([\d.]+)(us|ms|s)", text).groups()
p99 = float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
print(f"{kind} {total} {rate:.1f} {s4} {s5} {errors} {p99:.1f}")
PY
}

echo "soak: ${SOAK_SECONDS} s, RSS after ${WARMUP_SECONDS} s is the baseline; server pid $SERVER; load $(cut -d' ' -f1-3 /proc/loadavg)"
run_wrk() { # kind connections lua url
  wrk -t1 -c"$2" -d"${SOAK_SECONDS}s" --timeout 10s --latency -s "$3" "$4" > "$WORK/$1.out" 2>&1
}
LOADERS=""
run_wrk create 4 "$WORK/create.lua" "$URL/api/v1/decisions" & LOADERS="$LOADERS $!"
run_wrk read 4 "$WORK/read.lua" "$URL/api/v1/decisions" & LOADERS="$LOADERS $!"
run_wrk list 2 "$WORK/list.lua" "$URL/api/v1/decisions" & LOADERS="$LOADERS $!"
run_wrk report 2 "$WORK/report.lua" "$URL/api/v1/reports/budget-use" & LOADERS="$LOADERS $!"
# Sign-ins in turn as each demo account, one every SIGNIN_EVERY s: the limit counts per account
# and address, so this stays below it. Each status code is written down (000: no answer).
(
  end=$((SECONDS + SOAK_SECONDS))
  while [ "$SECONDS" -lt "$end" ]; do
    for who in fatima mehmet ingrid ruben carla beheer; do
      [ "$SECONDS" -ge "$end" ] && break
      curl -s -o /dev/null -m 10 -w '%{http_code}\n' "$URL/api/v1/auth/login" \
        -H 'content-type: application/json' \
        -d "{\"email\":\"$who@rijnstede.demo\",\"password\":\"demo-wachtwoord\"}" >> "$WORK/signin.out" || true
      sleep "$SIGNIN_EVERY"
    done
  done
) & LOADERS="$LOADERS $!"

# RSS every 10 s while the load runs.
rss() { awk '/VmRSS/ {rss = $2} /RssAnon/ {anon = $2} END {print rss, anon}' "/proc/$SERVER/status"; }
: > "$WORK/rss"
start=$SECONDS
while [ $((SECONDS - start)) -lt "$SOAK_SECONDS" ]; do
  sleep 10
  echo "$((SECONDS - start)) $(rss)" >> "$WORK/rss"
done
for pid in $LOADERS; do wait "$pid" || true; done
LOADERS=""
echo "$((SECONDS - start)) $(rss)" >> "$WORK/rss"
PEAK=$(awk '/VmHWM/ {print $2}' "/proc/$SERVER/status")

VERIFY=$(curl -s -m 300 "$URL/api/v1/audit-events/verify" -H "Authorization: Bearer $CARLA")
# Stopped cleanly (SIGTERM), so everything acknowledged is in the file before it is read.
kill -TERM "$SERVER"
SERVER_EXIT=0
wait "$SERVER" || SERVER_EXIT=$?
SERVER=""

# The ledger: every running-sum row (per scope and month) equals the sum of the entries it is
# kept for, computed here from the entries the same way the server books them.
LEDGER=$(python3 - "$WORK/soak.sqlite" <<'PY'
import sqlite3, sys, uuid
from collections import defaultdict
db = sqlite3.connect(sys.argv[1])
u = lambda b: str(uuid.UUID(bytes=b)) if isinstance(b, bytes) else str(b)
expected = defaultdict(lambda: [0, 0])
entries = 0
for org, prof, team, cat, client, kind, amount, booked in db.execute(
        "SELECT organisation_id, professional_id, team_id, category_id, client_ref, kind,"
        " amount_cents, booked_on FROM ledger_entries"):
    entries += 1
    month = booked[:8] + "01"
    scopes = [f"professional:{u(prof)}", f"professional:{u(prof)}:category:{u(cat)}", f"client:{client}"]
    if team is not None:
        scopes.append(f"team:{u(team)}")
    slot = 0 if kind in ("reservation", "release") else 1
    for scope in scopes:
        expected[(u(org), scope, month)][slot] += amount
stored = {(u(org), scope, month[:10]): [r, c] for org, scope, month, r, c in db.execute(
    "SELECT organisation_id, scope, month, reserved_cents, committed_cents FROM ledger_month_totals")}
keys = set(expected) | set(stored)
differ = [k for k in keys if expected.get(k, [0, 0]) != stored.get(k, [0, 0])]
print(f"{'equal' if not differ else 'DIFFERENT'} {entries} {len(stored)} {len(differ)}")
PY
)

# The report.
echo
echo "RSS samples (s: MiB, anonymous MiB): $(awk '{printf "%s%s: %.1f (%.1f)", (NR > 1 ? ", " : ""), $1, $2 / 1024, $3 / 1024}' "$WORK/rss")"
python3 - "$WORK/rss" "$WARMUP_SECONDS" "$PEAK" > "$WORK/memory" <<'PY'
import sys
samples = [tuple(map(int, line.split()[:2])) for line in open(sys.argv[1]) if len(line.split()) == 3]
warmup, peak = int(sys.argv[2]), int(sys.argv[3])
first = samples[0][1]
base = next(kb for s, kb in samples if s >= warmup)
end = samples[-1][1]
drift = (end - base) / base * 100
mib = lambda kb: f"{kb / 1024:.1f}"
print(f"{mib(first)} {mib(base)} {mib(end)} {mib(peak)} {drift:+.1f} {'ok' if drift <= 10 else 'FAIL'}")
PY
read -r first base end peak drift memory_ok < "$WORK/memory"

failed=0
printf '\n%-8s %9s %8s %6s %6s %11s %8s\n' kind requests 'req/s' 4xx 5xx 'no answer' 'p99 ms'
for kind in create read list report; do
  read -r _ total rate s4 s5 errors p99 <<< "$(summarise "$kind" "$WORK/$kind.out")"
  printf '%-8s %9s %8s %6s %6s %11s %8s\n' "$kind" "$total" "$rate" "$s4" "$s5" "$errors" "$p99"
  [ "$s5" -eq 0 ] && [ "$errors" -eq 0 ] || failed=1
  # A create, read, list or report of the demo answers 2xx; a 4xx here is a fault of the soak.
  [ "$s4" -eq 0 ] || failed=1
done
signins=$(wc -l < "$WORK/signin.out")
signin_ok=$(grep -c '^2' "$WORK/signin.out" || true)
signin_5xx=$(grep -c '^5' "$WORK/signin.out" || true)
signin_none=$(grep -c '^000' "$WORK/signin.out" || true)
signin_other=$((signins - signin_ok - signin_5xx - signin_none))
printf '%-8s %9s %8s %6s %6s %11s %8s\n' sign-in "$signins" \
  "$(python3 -c "print(f'{$signins / $SOAK_SECONDS:.2f}')")" "$signin_other" "$signin_5xx" "$signin_none" -
[ "$signins" -gt 0 ] && [ "$signin_ok" -eq "$signins" ] || failed=1

chain=$(echo "$VERIFY" | python3 -c 'import sys,json
try:
    r = json.load(sys.stdin); print(("valid" if r["valid"] else "INVALID"), r["checked"])
except Exception:
    print("UNKNOWN 0")')
read -r chain_state chain_checked <<< "$chain"
read -r ledger_state ledger_entries ledger_rows ledger_differ <<< "$LEDGER"
echo
echo "RSS MiB: first $first, after warm-up ($WARMUP_SECONDS s) $base, end $end ($drift %), peak $peak: $memory_ok"
echo "audit chain: $chain_state ($chain_checked events checked)"
echo "ledger: $ledger_state ($ledger_entries entries, $ledger_rows running-sum rows, $ledger_differ differ)"
echo "server stopped with exit code $SERVER_EXIT; load $(cut -d' ' -f1-3 /proc/loadavg)"
[ "$chain_state" = valid ] || failed=1
[ "$ledger_state" = equal ] || failed=1
[ "$memory_ok" = ok ] || failed=1
[ "$SERVER_EXIT" -eq 0 ] || failed=1
if [ "$failed" -ne 0 ]; then
  echo "soak: FAILED"
  tail -5 "$WORK/serve.out"
  exit 1
fi
echo "soak: passed"
