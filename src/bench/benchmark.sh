#!/usr/bin/env bash
# Measures Jobdesk against the targets it is held to, on loopback only, bounded in time:
#   start to ready, RSS, and wrk throughput and latency of the careers list and detail pages (with
#   10,000 published postings) next to nginx serving the same HTML, and of a signed-in page.
# Needs wrk and nginx (apt-get install -y wrk nginx-light). Usage: src/bench/benchmark.sh [EARLIER]
# EARLIER: the quarkus-app folder of an earlier build (for example a worktree's target/quarkus-app):
# its start to ready on Java 17 is the yardstick for this build's, on Java 17 and, when Temurin 25 is
# installed (JAVA25, default /usr/lib/jvm/temurin-25-jdk-amd64/bin/java), as the production image
# starts it: with an AOT cache from a training run (deploy/Dockerfile).
# Then the same pages with the page cache off and every request a distinct address (as crawlers and
# job boards send them: src/bench/distinct-addresses.lua), after one pass over every posting has
# rendered and kept its page, and signed-in pages. Last, the uncached runs again at other numbers of
# published postings (SIZES), to show whether they stay flat with size.
# Environment: DURATION (default 15s), CONNECTIONS (default 64), SKIP_BUILD=1 to reuse target/,
# JAVA_OPTS (default: the JVM settings the README and deploy/ run Jobdesk with), SIZES (default
# "1000"; "1000 100000" for the whole table, which adds a quarter of an hour or more: the 100,000 are
# loaded 10,000 at a time, then passed over once).
set -euo pipefail
cd "$(dirname "$0")/../.."

EARLIER=${1:-}
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
DURATION=${DURATION:-15s}
JAVA_OPTS=${JAVA_OPTS:--XX:+UseSerialGC -Xmx112m -Xmn40m -XX:MetaspaceSize=128m -XX:MaxDirectMemorySize=64m -XX:ReservedCodeCacheSize=40m -Xss512k -XX:TrimNativeHeapInterval=5000}
CONNECTIONS=${CONNECTIONS:-64}
SIZES=${SIZES-1000}
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

start_app() { # [app folder] [data folder] [java and its extra options...]: sets APP_PID and READY_MS
    local app=${1:-target/quarkus-app} data=${2:-$WORK/data} began ready
    shift 2 2>/dev/null || shift $#
    local java=("${@:-java}")
    began=$(date +%s%N)
    # shellcheck disable=SC2086
    MALLOC_ARENA_MAX=2 JOBDESK_CAREERS_CACHE=${CAREERS_CACHE:-on} "${java[@]}" $JAVA_OPTS -Djobdesk.data-dir="$data" \
        -Dquarkus.http.port=$APP_PORT -Dquarkus.http.host=127.0.0.1 -Dquarkus.management.port=$MANAGEMENT_PORT \
        -jar "$app/quarkus-run.jar" > "$WORK/app.log" 2>&1 &
    APP_PID=$!
    local deadline=$(( $(date +%s) + 120 ))
    while [ "$(date +%s)" -lt "$deadline" ]; do
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

prepare_data() { # app folder, data folder [postings]: migrated by that build, then 10,000 (or so many) published postings
    local postings=${3:-10000}
    start_app "$1" "$2"
    FIRST_START_MS=$READY_MS
    stop_app
    local from to
    for (( from = 1; from <= postings; from += 10000 )); do
        to=$(( from + 9999 < postings ? from + 9999 : postings ))
        sed "s/system_range(1, 10000)/system_range($from, $to)/" src/bench/postings-10k.sql > "$WORK/postings.sql"
        java -cp "$(ls "$1"/lib/main/com.h2database.h2-*.jar)" org.h2.tools.RunScript \
            -url "jdbc:h2:file:$2/jobdesk" -user jobdesk -script "$WORK/postings.sql"
    done
}

first_pass() { # postings: a crawler's first pass, each posting's page rendered once and kept (careers_page)
    curl -fsZ --no-progress-meter --parallel-max 4 "$BASE/careers/bench-backend-developer-[1-$1]" > /dev/null
    wrk -t2 -c16 -d20s -s src/bench/distinct-addresses.lua "$BASE" -- detail "$1" > /dev/null
    wrk -t2 -c16 -d5s -s src/bench/distinct-addresses.lua "$BASE" -- list "$1" > /dev/null
}

median_restart_ms() { # app folder, data folder, java and its options: the middle of three restarts
    local times=()
    for _ in 1 2 3; do
        start_app "$@"
        times+=("$READY_MS")
        stop_app
    done
    printf "%s\n" "${times[@]}" | sort -n | sed -n 2p
}

ratio() {
    awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'
}

echo "Preparing a data folder with 10,000 published postings..."
prepare_data target/quarkus-app "$WORK/data"
first_start=$FIRST_START_MS
start_report=()
if [ -n "$EARLIER" ]; then
    echo "Start to ready against $EARLIER, on the same data..."
    prepare_data "$EARLIER" "$WORK/earlier-data"
    earlier_ms=$(median_restart_ms "$EARLIER" "$WORK/earlier-data" java)
    this_ms=$(median_restart_ms target/quarkus-app "$WORK/data" java)
    start_report+=("start to ready, Java 17: earlier jar ${earlier_ms} ms, this jar ${this_ms} ms: $(ratio "$this_ms" "$earlier_ms")x (target <= 0.7x)")
    if [ -x "$JAVA25" ]; then
        # The production image's way: a training run writes the AOT cache as it exits, the start reads it.
        start_app target/quarkus-app "$WORK/data" "$JAVA25" -XX:AOTCacheOutput="$WORK/app.aot"
        for page in /careers /careers/bench-backend-developer-1 /login; do
            curl -fs -o /dev/null "$BASE$page"
        done
        stop_app
        aot_ms=$(median_restart_ms target/quarkus-app "$WORK/data" "$JAVA25" -XX:AOTCache="$WORK/app.aot")
        start_report+=("start to ready, Java 25 with an AOT cache: ${aot_ms} ms: $(ratio "$aot_ms" "$earlier_ms")x the earlier jar on Java 17 (target <= 0.4x)")
    fi
fi
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

declare -A RPS P99 # by label, for the summary at the end

run_wrk() { # label url [header | "distinct" kind [postings]]
    local out
    if [ $# -ge 4 ]; then
        out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s src/bench/distinct-addresses.lua "$2" -- "$4" "${5:-10000}")
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
    RPS[$1]=$rps
    P99[$1]=$p99
}

summary_row() { # label target [the nginx run it is measured against]
    local against=""
    if [ -n "${3:-}" ]; then
        against="$(ratio "${RPS[$1]}" "${RPS[$3]}")x nginx"
    fi
    printf "| %s | %s | %s | %s | %s |\n" "$1" "${RPS[$1]:-}" "$against" "${P99[$1]:-}" "$2"
}

echo "Warming up..."
wrk -t2 -c16 -d5s "$BASE/careers" > /dev/null
wrk -t2 -c16 -d5s "$BASE/careers/bench-backend-developer-5000" > /dev/null
wrk -t2 -c16 -d20s -H "Cookie: $session_cookies" "$BASE/postings" > /dev/null

echo
echo "Jobdesk benchmark: $CONNECTIONS connections, $DURATION each, 10,000 published postings"
echo "start to ready: first start ${first_start} ms (migrations, seeding), restart ${start_ms} ms"
for line in "${start_report[@]}"; do
    echo "$line"
done
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
rss_cached=$(rss_mb)
echo "RSS after the cached runs: $rss_cached MB"

echo
echo "With the page cache off (JOBDESK_CAREERS_CACHE=off), every request a distinct address:"
stop_app
CAREERS_CACHE=off start_app
# The runs below measure the passes after a crawler's first, as job boards make them every day.
first_pass 10000
run_wrk "uncached careers detail (Jobdesk)" "$BASE" distinct detail
run_wrk "uncached careers list (Jobdesk)" "$BASE" distinct list
rss_uncached=$(rss_mb)
echo "RSS after the uncached runs: $rss_uncached MB (target <= 300 MB), JVM options: $JAVA_OPTS"
stop_app

for size in $SIZES; do
    echo
    echo "The same uncached runs with $size published postings:"
    prepare_data target/quarkus-app "$WORK/data-$size" "$size"
    CAREERS_CACHE=off start_app target/quarkus-app "$WORK/data-$size"
    first_pass "$size"
    run_wrk "uncached careers detail, $size" "$BASE" distinct detail "$size"
    run_wrk "uncached careers list, $size" "$BASE" distinct list "$size"
    stop_app
    rm -rf "$WORK/data-$size"
done
echo
echo "Summary, each figure beside its target:"
echo "| run | req/s | against | p99 | target |"
echo "| --- | --- | --- | --- | --- |"
summary_row "careers list (Jobdesk)" ">= 0.8x nginx" "careers list (nginx, same HTML)"
summary_row "careers detail (Jobdesk)" ">= 0.8x nginx" "careers detail (nginx, same HTML)"
summary_row "uncached careers detail (Jobdesk)" ">= 0.07x nginx, p99 <= 30 ms" "careers detail (nginx, same HTML)"
summary_row "uncached careers list (Jobdesk)" ">= 0.05x nginx, p99 <= 50 ms" "careers list (nginx, same HTML)"
if [ -n "$SIZES" ]; then
    # The 10,000 are the runs above, under their own names.
    RPS["uncached careers detail, 10000"]=${RPS["uncached careers detail (Jobdesk)"]}
    P99["uncached careers detail, 10000"]=${P99["uncached careers detail (Jobdesk)"]}
    RPS["uncached careers list, 10000"]=${RPS["uncached careers list (Jobdesk)"]}
    P99["uncached careers list, 10000"]=${P99["uncached careers list (Jobdesk)"]}
    for size in $(printf "%s\n" $SIZES 10000 | sort -n | uniq); do
        summary_row "uncached careers detail, $size" "flat: 100,000 within 1.3x of 1,000"
        summary_row "uncached careers list, $size" "flat: 100,000 within 1.3x of 1,000"
    done
fi
summary_row "signed-in: my postings (Jobdesk)" ">= 4000, p99 <= 50 ms"
summary_row "signed-in: a posting (Jobdesk)" ">= 4000, p99 <= 50 ms"
summary_row "signed-in: its edit page (Jobdesk)" ">= 4000, p99 <= 50 ms"
echo "| RSS after the cached runs / the uncached runs | $rss_cached / $rss_uncached MB | | | <= 300 MB |"
for line in "${start_report[@]}"; do
    echo "| $line | | | | |"
done
