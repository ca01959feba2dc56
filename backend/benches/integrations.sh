#!/usr/bin/env bash
# Logging decisions with a webhook subscription and a ZGW connection configured, against the
# same without them: delivery and pushes run off the request path, so the rate should stay
# within 10 %. Phases alternate (plain, integrated, plain, integrated), each on a fresh demo
# database with only its own server running, and the integrated phases include the workers'
# background work. A small receiver on loopback (Python) answers the webhooks with 204 and
# POST /besluiten with 201, as a municipality's systems would.
# Needs a release build and wrk. Usage: [DURATION=10] [CONNECTIONS=16] backend/benches/integrations.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build --release --quiet
BIN=target/release/mandaat
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-16}
WORK=$(mktemp -d)
PORT=${PORT:-18181}
RECEIVER_PORT=$((PORT + 1))
cleanup() {
  for pid in ${SERVER:-} ${RECEIVER:-}; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

cat > "$WORK/receiver.py" <<'PY'
import json, sys, itertools
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
counter = itertools.count(1)
class Receiver(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def do_POST(self):
        self.rfile.read(int(self.headers.get("content-length", 0)))
        if self.path.endswith("/besluiten"):
            body = json.dumps({"url": f"http://127.0.0.1:{sys.argv[1]}/besluiten/{next(counter)}"}).encode()
            self.send_response(201)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            self.send_response(204)
            self.send_header("content-length", "0")
            self.end_headers()
    def log_message(self, *args):
        pass
ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Receiver).serve_forever()
PY
python3 "$WORK/receiver.py" "$RECEIVER_PORT" &
RECEIVER=$!

json() { python3 -c "import sys,json; print($1)"; }
URL=http://127.0.0.1:$PORT
login() {
  curl -s "$URL/api/v1/auth/login" -H 'content-type: application/json' \
    -d "{\"email\":\"$1@rijnstede.demo\",\"password\":\"demo-wachtwoord\"}" | json 'json.load(sys.stdin)["accessToken"]'
}

# Prints "requests/s p99-ms non-2xx" of one phase.
phase() { # plain|integrated
  local db="$WORK/$1-$RANDOM.sqlite"
  export DATABASE_URL="sqlite://$db?mode=rwc"
  "$BIN" demo > /dev/null 2>&1
  WEBHOOKS_ALLOW_PRIVATE=true WEBHOOK_POLL_MILLISECONDS=200 BIND=127.0.0.1:$PORT LOG_LEVEL=error \
    "$BIN" serve > "$WORK/serve.out" 2>&1 &
  SERVER=$!
  for _ in $(seq 100); do curl -sf "$URL/healthz" > /dev/null && break; sleep 0.1; done
  local token category
  token=$(login fatima)
  category=$(curl -s "$URL/api/v1/categories" -H "Authorization: Bearer $token" | json 'json.load(sys.stdin)["items"][0]["id"]')
  if [ "$1" = integrated ]; then
    local admin
    admin=$(login beheer)
    curl -sf "$URL/api/v1/webhook-subscriptions" -H "Authorization: Bearer $admin" -H 'content-type: application/json' \
      -d "{\"url\":\"http://127.0.0.1:$RECEIVER_PORT/hooks\",\"eventTypes\":[\"decision.created\",\"decision.cosigned\",\"decision.approved\",\"decision.rejected\",\"decision.withdrawn\",\"decision.reviewed\",\"decision.corrected\",\"budget.threshold_reached\"]}" > /dev/null
    curl -sf -X PUT "$URL/api/v1/zgw-connection" -H "Authorization: Bearer $admin" -H 'content-type: application/json' \
      -d "{\"besluitenApiUrl\":\"http://127.0.0.1:$RECEIVER_PORT/api/v1\",\"clientId\":\"mandaat\",\"secret\":\"een-gedeeld-geheim-van-de-gemeente\",\"rsin\":\"123456782\",\"bestuursorgaan\":\"College van B&W\",\"besluittypen\":[{\"categoryId\":\"$category\",\"besluittypeUrl\":\"http://127.0.0.1:$RECEIVER_PORT/catalogi/api/v1/besluittypen/1\"}]}" > /dev/null
  fi
  local body="{\"categoryId\":\"$category\",\"amountCents\":100,\"clientRef\":\"BENCH-0001\",\"title\":\"Boodschappenpakket\",\"situation\":\"Geen eten in huis tot de uitkering komt.\",\"solution\":\"Pakket gebracht.\",\"rationale\":\"Kon niet wachten.\",\"decidedAt\":\"$(date -u +%Y-%m-%dT%H:%M:%SZ)\"}"
  cat > "$WORK/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $token"
wrk.body = '$body'
local counter, threads = 0, 0
function setup(thread) threads = threads + 1; thread:set("tid", threads) end
function request()
  counter = counter + 1
  wrk.headers["Idempotency-Key"] = "integrations-" .. tid .. "-" .. counter .. "-" .. os.time()
  return wrk.format(nil)
end
LUA
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$WORK/post.lua" "$URL/api/v1/decisions" | python3 -c '
import re, sys
text = sys.stdin.read()
rate = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
value, unit = re.search(r"\s99%\s+([\d.]+)(us|ms|s)", text).groups()
p99 = float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
print(f"{rate:.0f} {p99:.1f} {errors.group(1) if errors else 0}")'
  # What the workers had done by the end of the phase.
  sleep 1
  kill "$SERVER"; wait "$SERVER" 2>/dev/null || true
  SERVER=""
  if [ "$1" = integrated ]; then
    python3 - "$db" >&2 <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
deliveries = dict(db.execute("SELECT state, count(*) FROM webhook_deliveries GROUP BY state").fetchall())
pushes = dict(db.execute("SELECT state, count(*) FROM zgw_pushes GROUP BY state").fetchall())
print(f"   webhook deliveries by state {deliveries}; ZGW pushes by state {pushes}")
PY
  fi
}

printf '%-11s %10s %8s %8s\n' phase 'req/s' 'p99 ms' non-2xx
plain=()
integrated=()
for round in 1 2; do
  read -r rate p99 errors <<< "$(phase plain)"
  printf '%-11s %10s %8s %8s\n' plain "$rate" "$p99" "$errors"
  plain+=("$rate")
  read -r rate p99 errors <<< "$(phase integrated)"
  printf '%-11s %10s %8s %8s\n' integrated "$rate" "$p99" "$errors"
  integrated+=("$rate")
done
python3 -c "
plain = [${plain[0]}, ${plain[1]}]; integrated = [${integrated[0]}, ${integrated[1]}]
p, i = sum(plain) / 2, sum(integrated) / 2
print(f'integrated / plain: {i:.0f} / {p:.0f} = {i / p * 100:.0f} %')"
