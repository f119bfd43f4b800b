#!/usr/bin/env bash
# Measures Jobdesk against the targets it is held to, on loopback only, bounded in time:
#   start to ready, RSS, and wrk throughput and latency of the careers list and detail pages (with
#   10,000 published postings) next to nginx serving the same HTML, and of a signed-in page.
# Needs wrk and nginx (apt-get install -y wrk nginx-light). Usage: src/bench/benchmark.sh
# Then the same pages with the page cache off and every request a distinct address (as crawlers and
# job boards send them: src/bench/distinct-addresses.lua), after one pass over every posting has
# rendered and kept its page, and signed-in pages.
# Environment: DURATION (default 15s), CONNECTIONS (default 64), SKIP_BUILD=1 to reuse target/,
# JAVA_OPTS (default: the JVM settings the README and deploy/ run Jobdesk with).
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION=${DURATION:-15s}
JAVA_OPTS=${JAVA_OPTS:--XX:+UseSerialGC -Xmx112m -Xmn40m -XX:MetaspaceSize=128m -XX:MaxDirectMemorySize=32m -XX:ReservedCodeCacheSize=40m -Xss512k -XX:TrimNativeHeapInterval=5000}
CONNECTIONS=${CONNECTIONS:-64}
APP_PORT=18080
NGINX_PORT=18081
MANAGEMENT_PORT=18082
BASE=http://127.0.0.1:$APP_PORT
WORK=$(mktemp -d /tmp/jobdesk-bench.XXXXXX)
chmod 755 "$WORK" # nginx workers read the HTML as another user
APP_PID=""
NGINX_CONF=$WORK/nginx.conf

cleanup() {
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
    [ -f "$WORK/nginx.pid" ] && nginx -c "$NGINX_CONF" -s stop 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

for tool in wrk nginx curl; do
    command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install -y wrk nginx-light curl" >&2; exit 1; }
done
[ "${SKIP_BUILD:-}" = 1 ] || ./mvnw -B -q package -DskipTests

start_app() { # sets APP_PID and READY_MS
    local began ready
    began=$(date +%s%N)
    # shellcheck disable=SC2086
    MALLOC_ARENA_MAX=2 JOBDESK_CAREERS_CACHE=${CAREERS_CACHE:-on} java $JAVA_OPTS -Djobdesk.data-dir="$WORK/data" -Dquarkus.http.port=$APP_PORT -Dquarkus.http.host=127.0.0.1 \
        -Dquarkus.management.port=$MANAGEMENT_PORT -jar target/quarkus-app/quarkus-run.jar > "$WORK/app.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 300); do
        if curl -fs -o /dev/null "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready"; then
            ready=$(date +%s%N)
            READY_MS=$(( (ready - began) / 1000000 ))
            return
        fi
        sleep 0.02
    done
    echo "The app did not become ready; see its log:" >&2; cat "$WORK/app.log" >&2; exit 1
}

stop_app() {
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
}

rss_mb() {
    echo $(( $(awk '/VmRSS/ {print $2}' "/proc/$APP_PID/status") / 1024 ))
}

echo "Preparing a data folder with 10,000 published postings..."
start_app
first_start=$READY_MS
stop_app
java -cp "$(ls target/quarkus-app/lib/main/com.h2database.h2-*.jar)" org.h2.tools.RunScript \
    -url "jdbc:h2:file:$WORK/data/jobdesk" -user jobdesk -script src/bench/postings-10k.sql
start_app
start_ms=$READY_MS

# The same HTML, served by nginx, as the yardstick.
mkdir -p "$WORK/html/careers"
curl -fs "$BASE/careers" > "$WORK/html/careers/index.html"
curl -fs "$BASE/careers/bench-backend-developer-5000" > "$WORK/html/careers/detail.html"
cat > "$NGINX_CONF" <<CONF
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    default_type text/html;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $WORK/html;
    }
}
CONF
nginx -c "$NGINX_CONF"

curl -fs -c "$WORK/cookies" -b "$WORK/cookies" -o /dev/null "$BASE/login"
curl -fs -c "$WORK/cookies" -b "$WORK/cookies" -o /dev/null -d j_username=manager2 -d j_password=jobdesk-demo \
    "$BASE/j_security_check"
# Every cookie a browser would send: the encrypted session, the signed login time, the CSRF token.
session_cookies=$(awk '$6 ~ /^(jobdesk-|csrf-token)/ {printf "%s%s=%s", sep, $6, $7; sep="; "}' "$WORK/cookies")
[ "$(curl -s -o /dev/null -w "%{http_code}" -H "Cookie: $session_cookies" "$BASE/postings")" = 200 ] \
    || { echo "Signing in for the signed-in run failed" >&2; exit 1; }

run_wrk() { # label url [header | "distinct" kind]
    local out
    if [ $# -eq 4 ]; then
        out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s src/bench/distinct-addresses.lua "$2" -- "$4" 10000)
    elif [ $# -eq 3 ]; then
        out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "$3" "$2")
    else
        out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$2")
    fi
    local rps p99 errors
    rps=$(echo "$out" | awk '/Requests\/sec/ {printf "%.0f", $2}')
    p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
    errors=$(echo "$out" | awk '/Non-2xx/ {print $5}')
    printf "%-34s %10s req/s   p99 %8s   non-2xx %s\n" "$1" "$rps" "$p99" "${errors:-0}"
}

echo "Warming up..."
wrk -t2 -c16 -d5s "$BASE/careers" > /dev/null
wrk -t2 -c16 -d5s "$BASE/careers/bench-backend-developer-5000" > /dev/null
wrk -t2 -c16 -d20s -H "Cookie: $session_cookies" "$BASE/postings" > /dev/null

echo
echo "Jobdesk benchmark: $CONNECTIONS connections, $DURATION each, 10,000 published postings"
echo "start to ready: first start ${first_start} ms (migrations, seeding), restart ${start_ms} ms (target <= 2000 ms)"
run_wrk "careers list (Jobdesk)" "$BASE/careers"
run_wrk "careers list (nginx, same HTML)" "http://127.0.0.1:$NGINX_PORT/careers/index.html"
run_wrk "careers page 500 (Jobdesk)" "$BASE/careers?page=500"
run_wrk "careers detail (Jobdesk)" "$BASE/careers/bench-backend-developer-5000"
run_wrk "careers detail (nginx, same HTML)" "http://127.0.0.1:$NGINX_PORT/careers/detail.html"
bench_posting=$(curl -fs -H "Cookie: $session_cookies" "$BASE/postings" | grep -o 'href="/postings/[0-9]*"' | head -1 \
    | grep -o '[0-9][0-9]*')
run_wrk "signed-in: my postings (Jobdesk)" "$BASE/postings" "Cookie: $session_cookies"
run_wrk "signed-in: a posting (Jobdesk)" "$BASE/postings/$bench_posting" "Cookie: $session_cookies"
run_wrk "signed-in: its edit page (Jobdesk)" "$BASE/postings/$bench_posting/edit" "Cookie: $session_cookies"
echo "RSS after the cached runs: $(rss_mb) MB"

echo
echo "With the page cache off (JOBDESK_CAREERS_CACHE=off), every request a distinct address:"
stop_app
CAREERS_CACHE=off start_app
# A crawler's first pass: each posting's page is rendered once and kept in the database (careers_page);
# the runs below measure the passes after it, as job boards make them every day.
seq 1 10000 | xargs -P 4 -I{} curl -fs -o /dev/null "$BASE/careers/bench-backend-developer-{}"
wrk -t2 -c16 -d20s -s src/bench/distinct-addresses.lua "$BASE" -- detail 10000 > /dev/null
wrk -t2 -c16 -d5s -s src/bench/distinct-addresses.lua "$BASE" -- list 10000 > /dev/null
run_wrk "uncached careers detail (Jobdesk)" "$BASE" distinct detail
run_wrk "uncached careers list (Jobdesk)" "$BASE" distinct list
echo "RSS after the uncached runs: $(rss_mb) MB (target <= 300 MB), JVM options: $JAVA_OPTS"
echo "Targets: cached careers >= 0.8x nginx; uncached detail >= 0.07x nginx, p99 <= 30 ms; uncached list"
echo ">= 0.05x nginx, p99 <= 50 ms; signed-in >= 4000 req/s, p99 <= 50 ms."
