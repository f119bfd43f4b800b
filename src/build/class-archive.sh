#!/bin/sh
# The class-data archive the README's run command starts from (-XX:SharedArchiveFile), made by
# `./mvnw package` on the embedded build: the jar starts once on a throwaway database, serves a few
# pages and stops, and the JVM archives every class it loaded and linked as it exits. Java 17 then
# maps those classes instead of reading, parsing and verifying them at every start: a start to ready
# in about 0.8x the time (src/docs/performance/2026-12-02-night-class-archive-and-jit.md).
# The JVM checks the archive against its own build and the jars' sizes and times, and starts without
# it (with a warning) when anything differs, so a stale or foreign archive costs only the speed-up.
# It must be made from the repository root with the README's path to the jar: the archive records the
# class path as given. Environment: JAVA (default java).
set -eu
app_dir=target/quarkus-app
archive=$app_dir/jobdesk.jsa
work=$(mktemp -d /tmp/jobdesk-class-archive.XXXXXX)
app=""
cleanup() {
    if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
rm -f "$archive"

# Ports the system picks, read back from the start's log line, so that a running Jobdesk or another
# build on this machine cannot collide with the training.
"${JAVA:-java}" -XX:ArchiveClassesAtExit="$archive" -Djobdesk.data-dir="$work/data" \
    -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port=0 -Dquarkus.management.host=127.0.0.1 \
    -Dquarkus.management.port=0 -Dquarkus.shutdown.delay=0S \
    -jar "$app_dir/quarkus-run.jar" > "$work/app.log" 2>&1 &
app=$!

listening=""
for _ in $(seq 1 600); do
    listening=$(grep -o 'Listening on: http://127.0.0.1:[0-9]*' "$work/app.log" || true)
    [ -n "$listening" ] && break
    kill -0 "$app" 2>/dev/null || break
    sleep 0.2
done
if [ -z "$listening" ]; then
    echo "The class archive's training run did not start:" >&2; cat "$work/app.log" >&2
    exit 1
fi
base=${listening#Listening on: }
for page in /careers /careers/backend-developer /feeds/careers.atom /sitemap.xml /login; do
    curl -fs -o /dev/null "$base$page" || true
done
kill "$app"
wait "$app" || true
app=""
if [ ! -s "$archive" ]; then
    echo "The class archive's training run wrote no archive:" >&2; cat "$work/app.log" >&2
    exit 1
fi
