#!/usr/bin/env bash
# Measures Jobdesk against the targets it is held to, on loopback only, bounded in time:
#   start to ready, RSS, and wrk throughput and latency of the careers list and detail pages (with
#   10,000 published postings) next to nginx serving the same HTML, and of a signed-in page.
# Needs wrk and nginx (apt-get install -y wrk nginx-light). Usage: src/bench/benchmark.sh [EARLIER]
# EARLIER: the quarkus-app folder of an earlier build (for example a worktree's target/quarkus-app):
# its start to ready on Java 17 is the yardstick for this build's, on Java 17 and, when Temurin 25 is
# installed (JAVA25, default /usr/lib/jvm/temurin-25-jdk-amd64/bin/java), as the production image
# starts it: in the production build's layout, with an AOT cache from a training run (deploy/Dockerfile).
# Then the same pages with the page cache off and every request a distinct address (as crawlers and
# job boards send them: src/bench/distinct-addresses.lua), after one pass over every posting has
# rendered and kept its page, and signed-in pages. Last, the uncached runs again at other numbers of
# published postings (SIZES), to show whether they stay flat with size.
# Environment: DURATION (default 15s), WARM_UP (default 30s) and WARM_UP_MAX (default 120s), in
# seconds: each Jobdesk run is preceded by the same load, in slices of 10 s, for at least WARM_UP and
# then until two slices in a row serve no more than 5% over the best before, for at most
# WARM_UP_MAX, so that it measures compiled code, not the JIT at work: on a 2-core machine a fresh
# JVM's posting page served 490, 1,080, 1,630, 2,560, 2,990, 3,410 and 3,520 requests a second in
# seven 15-s slices, C2 compiling 400 to 500 methods each 10 s until the fourth), CONNECTIONS
# (default 64),
# SKIP_BUILD=1 to reuse target/ (the production layout's copy, for the AOT start, is packaged anyway),
# JAVA_OPTS (default: the JVM settings the README and deploy/ run Jobdesk with), EARLIER_JAVA_OPTS
# (default JAVA_OPTS: the earlier build's own, such as its README's, for a fair yardstick), SIZES (default
# "1000"; "1000 100000" for the whole table, which adds a quarter of an hour or more: the 100,000 are
# loaded 10,000 at a time, then passed over once).
set -euo pipefail
cd "$(dirname "$0")/../.."

EARLIER=${1:-}
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
DURATION=${DURATION:-15s}
WARM_UP=${WARM_UP:-30s}
WARM_UP_MAX=${WARM_UP_MAX:-120s}
JAVA_OPTS=${JAVA_OPTS:--XX:+UseSerialGC -Xmx112m -Xmn40m -XX:SurvivorRatio=4 -XX:TargetSurvivorRatio=90 -XX:MetaspaceSize=128m -XX:MaxDirectMemorySize=64m -XX:ReservedCodeCacheSize=40m -XX:CICompilerCount=3 -XX:Tier4InvocationThreshold=15000 -XX:Tier4MinInvocationThreshold=1800 -XX:Tier4CompileThreshold=45000 -XX:Tier4BackEdgeThreshold=120000 -Xss512k -XX:TrimNativeHeapInterval=5000 -Djdk.nio.maxCachedBufferSize=262144}
EARLIER_JAVA_OPTS=${EARLIER_JAVA_OPTS:-$JAVA_OPTS}
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
    local java=("${@:-java}") archive=()
    # The README's command starts the embedded build from the class-data archive `package` made.
    [ -f "$app/jobdesk.jsa" ] && archive=(-XX:SharedArchiveFile="$app/jobdesk.jsa")
    began=$(date +%s%N)
    # shellcheck disable=SC2086
    MALLOC_ARENA_MAX=2 JOBDESK_CAREERS_CACHE=${CAREERS_CACHE:-on} "${java[@]}" $JAVA_OPTS -Djobdesk.data-dir="$data" \
        -Dquarkus.http.port=$APP_PORT -Dquarkus.http.host=127.0.0.1 -Dquarkus.management.port=$MANAGEMENT_PORT \
        "${archive[@]}" -jar "$app/quarkus-run.jar" > "$WORK/app.log" 2>&1 &
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
    earlier_ms=$(JAVA_OPTS=$EARLIER_JAVA_OPTS median_restart_ms "$EARLIER" "$WORK/earlier-data" java)
    this_ms=$(median_restart_ms target/quarkus-app "$WORK/data" java)
    start_report+=("start to ready, Java 17: earlier jar ${earlier_ms} ms, this jar ${this_ms} ms: $(ratio "$this_ms" "$earlier_ms")x (target <= 0.7x)")
    if [ -x "$JAVA25" ]; then
        # The production image's way: the production build's layout (every jar on the class path, see
        # quarkus.package.jar.type in application.properties), a training run that writes the AOT
        # cache as it exits, and starts that read it.
        ./mvnw -B -q package -DskipTests -Dclass-archive.skip=true -Dquarkus.package.jar.type=aot-jar -Dquarkus.package.output-directory="$WORK/aot-app"
        start_app "$WORK/aot-app" "$WORK/data" "$JAVA25" -XX:AOTCacheOutput="$WORK/app.aot"
        for page in /careers /careers/bench-backend-developer-1 /login; do
            curl -fs -o /dev/null "$BASE$page"
        done
        stop_app
        aot_ms=$(median_restart_ms "$WORK/aot-app" "$WORK/data" "$JAVA25" -XX:AOTCache="$WORK/app.aot")
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

sign_in() { # username: prints every cookie a browser would send, the encrypted session, the signed
    # login time and the CSRF token, as one Cookie header's value
    local jar="$WORK/cookies-$1"
    curl -fs -c "$jar" -b "$jar" -o /dev/null "$BASE/login"
    curl -fs -c "$jar" -b "$jar" -o /dev/null -d j_username="$1" -d j_password=jobdesk-demo "$BASE/j_security_check"
    awk '$6 ~ /^(jobdesk-|csrf-token)/ {printf "%s%s=%s", sep, $6, $7; sep="; "}' "$jar"
}
session_cookies=$(sign_in manager2)
[ "$(curl -s -o /dev/null -w "%{http_code}" -H "Cookie: $session_cookies" "$BASE/postings")" = 200 ] \
    || { echo "Signing in for the signed-in run failed" >&2; exit 1; }

declare -A RPS P99 # by label, for the summary at the end
WRK_OUT=""

warm_up() { # wrk's arguments: the load in 10-s slices until it stops climbing (see WARM_UP above);
    # sets WARMED_S to the seconds it took
    local best=0 flat=0 rps
    WARMED_S=0
    while [ "$WARMED_S" -lt "${WARM_UP_MAX%s}" ]; do
        rps=$(wrk -t2 -c"$CONNECTIONS" -d10s "$@" | awk '/Requests\/sec/ {printf "%.0f", $2}')
        WARMED_S=$((WARMED_S + 10))
        # Two slices in a row, not one: a single slice may dip while the JIT is still at work.
        if [ "${rps:-0}" -gt $((best * 105 / 100)) ]; then flat=0; else flat=$((flat + 1)); fi
        [ "${rps:-0}" -le "$best" ] || best=$rps
        [ "$WARMED_S" -ge "${WARM_UP%s}" ] && [ "$flat" -ge 2 ] && break
    done
}

run_wrk() { # label, then wrk's arguments after its defaults (later ones win: -c16 for 16 connections)
    local label=$1 warmed=""
    shift
    if [ -n "$WARM_UP" ] && [[ $label != *nginx* ]]; then
        warm_up "$@"
        warmed="   after ${WARMED_S} s of warm-up"
    fi
    WRK_OUT=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$@")
    local rps p99 errors
    rps=$(echo "$WRK_OUT" | awk '/Requests\/sec/ {printf "%.0f", $2}')
    p99=$(echo "$WRK_OUT" | awk '$1 == "99%" {print $2}')
    errors=$(echo "$WRK_OUT" | awk '/Non-2xx/ {print $5}')
    printf "%-34s %10s req/s   p99 %8s   non-2xx %s%s\n" "$label" "$rps" "$p99" "${errors:-0}" "$warmed"
    RPS[$label]=$rps
    P99[$label]=$p99
}

csrf_token() { # the CSRF token of the first form on the page read from stdin
    grep -o 'name="csrf-token" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'
}

new_drafts() { # how many: clones the built-in template as manager2; prints "id:version" for each
    local token id
    token=$(curl -fs -H "Cookie: $session_cookies" "$BASE/templates/backend-developer" | csrf_token)
    for _ in $(seq "$1"); do
        id=$(curl -fs -o /dev/null -w "%{redirect_url}" -H "Cookie: $session_cookies" \
            --data-urlencode "csrf-token=$token" "$BASE/templates/backend-developer/clone" | grep -o '/postings/[0-9]*')
        echo "${id#/postings/}:$(curl -fs -H "Cookie: $session_cookies" "$BASE$id/edit" \
            | grep -o 'name="version" value="[0-9]*"' | grep -o '[0-9][0-9]*')"
    done
}

summary_row() { # label target [the nginx run it is measured against]
    local against=""
    if [ -n "${3:-}" ]; then
        against="$(ratio "${RPS[$1]}" "${RPS[$3]}")x nginx"
    fi
    printf "| %s | %s | %s | %s | %s |\n" "$1" "${RPS[$1]:-}" "$against" "${P99[$1]:-}" "$2"
}

echo
warm_up_note="no warm-up"
[ -z "$WARM_UP" ] || warm_up_note="$WARM_UP to $WARM_UP_MAX of warm-up"
echo "Jobdesk benchmark: $CONNECTIONS connections, $DURATION each after $warm_up_note, 10,000 published postings"
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
run_wrk "signed-in: my postings (Jobdesk)" -H "Cookie: $session_cookies" "$BASE/postings"
run_wrk "signed-in: a posting (Jobdesk)" -H "Cookie: $session_cookies" "$BASE/postings/$bench_posting"
run_wrk "signed-in: its edit page (Jobdesk)" -H "Cookie: $session_cookies" "$BASE/postings/$bench_posting/edit"

# Saves: 16 drafts, each saved again and again by a connection of its own with the version its last
# save made (src/bench/saves.lua), filling in what submitting asks for. Afterwards each draft must show the title of its last save: a save
# lost or applied out of order would be refused (409) or leave an earlier title.
drafts=$(new_drafts 16 | tr '\n' ' ')
first_draft=${drafts%%:*}
warm_up_drafts=$(new_drafts 16 | tr '\n' ' ')
curl -fs -H "Cookie: $session_cookies" "$BASE/postings/$first_draft/edit" \
    | python3 src/bench/form-body.py title version "team=Team 1" location=Berlin country=DE \
        howToApply=https://jobs.example.com/apply salaryMin=70000 salaryMax=90000 salaryCurrency=EUR salaryPeriod=YEAR \
    > "$WORK/save-body"
# The warm-up saves drafts of its own: a draft's saves must follow one another.
[ -z "$WARM_UP" ] || SAVE_DRAFTS=$warm_up_drafts SAVE_BODY="$WORK/save-body" SAVE_COOKIE=$session_cookies \
    wrk -t16 -c16 -d"$WARM_UP" -s src/bench/saves.lua "$BASE" > /dev/null
SAVE_DRAFTS=$drafts SAVE_BODY="$WORK/save-body" SAVE_COOKIE=$session_cookies WARM_UP="" \
    run_wrk "signed-in: a save (Jobdesk)" -t16 -c16 -s src/bench/saves.lua "$BASE"
saves_kept=0
saves_checked=0
while read -r _ draft _ saves _ _; do
    saves_checked=$((saves_checked + 1))
    title=$(curl -fs -H "Cookie: $session_cookies" "$BASE/postings/$draft" | grep -o '<title>Bench save [0-9]*')
    # wrk stops with each connection's last save on its way: the draft may show that one.
    case "${title##* }" in
        "$saves" | "$((saves + 1))") saves_kept=$((saves_kept + 1)) ;;
    esac
done < <(echo "$WRK_OUT" | grep '^draft ')
echo "drafts whose last save is the one they show: $saves_kept of $saves_checked"

# The review queue: the same drafts, submitted to the demo lead (Lena Lead), who reads the queue.
for draft in $drafts; do
    page=$(curl -fs -H "Cookie: $session_cookies" "$BASE/postings/${draft%%:*}")
    curl -fs -o /dev/null -H "Cookie: $session_cookies" --data-urlencode "csrf-token=$(echo "$page" | csrf_token)" \
        -d version="$(echo "$page" | grep -o 'name="version" value="[0-9]*"' | head -1 | grep -o '[0-9][0-9]*')" \
        -d lead="$(echo "$page" | grep -o '<option value="[0-9]*"[^>]*>Lena Lead<' | grep -o '[0-9][0-9]*' | head -1)" \
        "$BASE/postings/${draft%%:*}/submit"
done
lead_cookies=$(sign_in lead)
[ "$(curl -fs -H "Cookie: $lead_cookies" "$BASE/reviews" | grep -c 'href="/postings/[0-9]*"')" -ge 16 ] \
    || { echo "The drafts did not reach the lead's review queue" >&2; exit 1; }
run_wrk "signed-in: the review queue (Jobdesk)" -H "Cookie: $lead_cookies" "$BASE/reviews"
rss_cached=$(rss_mb)
echo "RSS after the cached runs: $rss_cached MB"

echo
echo "With the page cache off (JOBDESK_CAREERS_CACHE=off), every request a distinct address:"
stop_app
CAREERS_CACHE=off start_app
# The runs below measure the passes after a crawler's first, as job boards make them every day.
first_pass 10000
run_wrk "uncached careers detail (Jobdesk)" -s src/bench/distinct-addresses.lua "$BASE" -- detail 10000
run_wrk "uncached careers list (Jobdesk)" -s src/bench/distinct-addresses.lua "$BASE" -- list 10000
rss_uncached=$(rss_mb)
echo "RSS after the uncached runs: $rss_uncached MB (target <= 300 MB), JVM options: $JAVA_OPTS"
stop_app

for size in $SIZES; do
    echo
    echo "The same uncached runs with $size published postings:"
    prepare_data target/quarkus-app "$WORK/data-$size" "$size"
    CAREERS_CACHE=off start_app target/quarkus-app "$WORK/data-$size"
    first_pass "$size"
    run_wrk "uncached careers detail, $size" -s src/bench/distinct-addresses.lua "$BASE" -- detail "$size"
    run_wrk "uncached careers list, $size" -s src/bench/distinct-addresses.lua "$BASE" -- list "$size"
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
summary_row "signed-in: the review queue (Jobdesk)" ">= 4000, p99 <= 50 ms"
summary_row "signed-in: a save (Jobdesk)" "16 connections: p99 <= 100 ms, none lost: $saves_kept of $saves_checked drafts show their last save"
echo "| RSS after the cached runs / the uncached runs | $rss_cached / $rss_uncached MB | | | <= 300 MB |"
for line in "${start_report[@]}"; do
    echo "| $line | | | | |"
done
