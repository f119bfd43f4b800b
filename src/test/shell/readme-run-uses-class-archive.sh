#!/usr/bin/env bash
# The README's run command, as a newcomer copies it, after `./mvnw package` on the embedded build:
# started with -Xshare:on, under which the JVM refuses to start when it cannot use the class-data
# archive that package made (src/build/class-archive.sh), on a throwaway data folder and ports of its own.
set -euo pipefail
cd "$(dirname "$0")/../../.."

WORK=$(mktemp -d /tmp/jobdesk-class-archive-check.XXXXXX)
app=""
trap '[ -n "$app" ] && kill "$app" 2>/dev/null; rm -rf "$WORK"' EXIT

# The command after the build: the line of the README's run block that starts with ./mvnw package.
run=$(sed -n 's/^\.\/mvnw -B package -DskipTests && //p' README.md)
[[ "$run" == *"-XX:SharedArchiveFile=target/quarkus-app/jobdesk.jsa -jar "* ]] ||
    { echo "The README's run command does not start from the class-data archive: $run" >&2; exit 1; }
ours="-Xshare:on -Djobdesk.data-dir=$WORK/data -Dquarkus.http.port=18098 -Dquarkus.management.port=18099"
began=$(date +%s%N)
eval "${run/ -jar / $ours -jar } > \"$WORK/app.log\" 2>&1 &"
app=$!
for _ in $(seq 1 600); do
    if curl -fs -o /dev/null http://127.0.0.1:18099/q/health/ready; then
        echo "ok: the README's command started from the class-data archive, ready in $(( ($(date +%s%N) - began) / 1000000 )) ms"
        exit 0
    fi
    kill -0 "$app" 2>/dev/null || break
    sleep 0.1
done
echo "The README's command did not become ready with -Xshare:on; its log:" >&2
cat "$WORK/app.log" >&2
exit 1
