#!/usr/bin/env bash
# Runs the scanners a security reviewer would (sqlmap and wapiti) against a throwaway embedded Jobdesk
# on 127.0.0.1, bounded in time (about ten minutes), and prints what they report. Not part of CI.
# Needs: apt-get install -y sqlmap wapiti, and a packaged embedded build (./mvnw -B package -DskipTests).
# Expected on the embedded default over plain HTTP: no HSTS and no Secure flag (the production build
# sends both, see HttpsOnlyTest and production-refuses-unsafe-config.sh). Wapiti 3.0 also reads the
# "HTTPOnly" that Netty writes as missing, though cookie attribute names are case-insensitive.
set -euo pipefail
cd "$(dirname "$0")/../../.."

PORT=18095
BASE=http://127.0.0.1:$PORT
WORK=$(mktemp -d /tmp/jobdesk-scan.XXXXXX)
java -Djobdesk.data-dir="$WORK/data" -Dquarkus.http.port=$PORT -Dquarkus.http.host=127.0.0.1 \
    -Dquarkus.management.port=$((PORT + 1)) -jar target/quarkus-app/quarkus-run.jar > "$WORK/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; echo "app log and reports: $WORK"' EXIT
for _ in $(seq 1 150); do curl -fs -o /dev/null "http://127.0.0.1:$((PORT + 1))/q/health/ready" && break; sleep 0.2; done

sign_in() { # cookie jar
    curl -s -c "$1" -b "$1" -o /dev/null "$BASE/login"
    curl -s -c "$1" -b "$1" -o /dev/null -d j_username=manager -d j_password=jobdesk-demo "$BASE/j_security_check"
}
cookie_header() { # cookie jar
    awk '$6 ~ /^(jobdesk-session|jobdesk-login|csrf-token)$/ {printf "%s%s=%s", sep, $6, $7; sep="; "}' "$1"
}

echo "== sqlmap: careers filters"
timeout 240 sqlmap -u "$BASE/careers?team=Platform&workplace=HYBRID&seniority=MID&page=1" --batch --level 3 --risk 2 \
    --time-sec 2 --threads 4 --output-dir="$WORK/sqlmap" 2>&1 | grep -E "injectable|\[CRITICAL\]" || true

echo "== sqlmap: saving a draft (signed in)"
sign_in "$WORK/jar"
token=$(awk '$6 == "csrf-token" {print $7}' "$WORK/jar")
curl -s -b "$WORK/jar" -c "$WORK/jar" -o /dev/null -d "csrf-token=$token" "$BASE/templates/backend-developer/clone"
timeout 240 sqlmap -u "$BASE/postings/1" --cookie "$(cookie_header "$WORK/jar")" --batch --level 2 --risk 1 --time-sec 2 \
    --data "csrf-token=$token&version=0&title=Backend&team=Platform&location=Berlin&salaryMin=1&kpiMetric=Latency&kpiTarget=1" \
    -p "title,team,location,version,salaryMin,kpiMetric" --threads 4 --output-dir="$WORK/sqlmap" 2>&1 \
    | grep -E "injectable|\[CRITICAL\]" || true

echo "== wapiti: signed in"
sign_in "$WORK/jar2"
python3 - "$WORK/jar2" "$WORK/cookies.json" <<'PY'
import json, sys
cookies = {}
for line in open(sys.argv[1]):
    fields = line.rstrip("\n").split("\t")
    if len(fields) == 7 and not line.startswith("# "):
        cookies[fields[5]] = {"name": fields[5], "value": fields[6], "expires": None, "port": None,
                              "secure": False, "version": 0}
json.dump({"127.0.0.1": {"/": cookies}}, open(sys.argv[2], "w"))
PY
timeout 420 wapiti -u "$BASE/postings" --scope domain -c "$WORK/cookies.json" --max-scan-time 360 --flush-session \
    -f txt -o "$WORK/wapiti.txt" > "$WORK/wapiti.log" 2>&1 || true
grep -E ":\s+[1-9]|not set" "$WORK/wapiti.txt" || echo "wapiti: nothing found"

echo "== server errors during the scans: $(grep -c ' ERROR ' "$WORK/app.log" || true)"
