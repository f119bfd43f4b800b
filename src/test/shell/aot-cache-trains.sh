#!/usr/bin/env bash
# The production image's AOT training run (deploy/aot-training.sh), tried on this machine: run after
# `./mvnw package -Ppostgresql`, as root (it starts a throwaway PostgreSQL as the postgres user), with
# Temurin 25 (JAVA25, default /usr/lib/jvm/temurin-25-jdk-amd64/bin/java). It trains a copy of the
# build, then starts that copy with -XX:AOTMode=on, which makes the JVM fail if it cannot use the
# cache, against the local PostgreSQL (it recreates the database jobdesk_aot_check).
set -euo pipefail
cd "$(dirname "$0")/../../.."

JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
if [ ! -x "$JAVA25" ]; then
    echo "skipped: no Java 25 at $JAVA25"
    exit 0
fi
WORK=$(mktemp -d /tmp/jobdesk-aot-check.XXXXXX)
chmod 755 "$WORK"
app=""
trap '[ -n "$app" ] && kill "$app" 2>/dev/null; rm -rf "$WORK"' EXIT
cp -a target/quarkus-app "$WORK/app"
# The image's options (deploy/Dockerfile): a cache is only used by a JVM started with the same ones.
JAVA_OPTS=$(sed -n 's/^ *JAVA_OPTS="\([^"]*\)".*/\1/p' deploy/Dockerfile)
export JAVA_OPTS

PATH="$(dirname "$JAVA25"):$PATH" APP_DIR="$WORK/app" QUARKUS_HTTP_PORT=18097 QUARKUS_MANAGEMENT_PORT=18096 \
    sh deploy/aot-training.sh
echo "ok: the training run wrote a cache of $(( $(stat -c %s "$WORK/app/app.aot") / 1048576 )) MB"

PGOPTIONS=--client-min-messages=warning psql -h 127.0.0.1 -U postgres -q \
    -c "drop database if exists jobdesk_aot_check" -c "create database jobdesk_aot_check"
began=$(date +%s%N)
# shellcheck disable=SC2086
env -i PATH="$PATH" HOME="$HOME" QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/jobdesk_aot_check \
    QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
    QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY=0123456789abcdef0123456789abcdef-key QUARKUS_HTTP_PROXY_TRUSTED_PROXIES=127.0.0.1 \
    JOBDESK_PUBLIC_URL=https://careers.example.com QUARKUS_HTTP_PORT=18097 QUARKUS_MANAGEMENT_PORT=18096 \
    QUARKUS_SHUTDOWN_DELAY=0S \
    "$JAVA25" $JAVA_OPTS -XX:AOTMode=on -XX:AOTCache="$WORK/app/app.aot" -jar "$WORK/app/quarkus-run.jar" \
    > "$WORK/app.log" 2>&1 &
app=$!
ready=""
for _ in $(seq 1 600); do
    if curl -fs -o /dev/null http://127.0.0.1:18096/q/health/ready; then ready=yes; break; fi
    kill -0 "$app" 2>/dev/null || break
    sleep 0.1
done
if [ -z "$ready" ]; then
    echo "FAILED: the production build did not start from its AOT cache:"; tail -20 "$WORK/app.log"
    exit 1
fi
echo "ok: the production build started from its AOT cache, ready in $(( ($(date +%s%N) - began) / 1000000 )) ms"
kill "$app"; wait "$app" 2>/dev/null || true; app=""
psql -h 127.0.0.1 -U postgres -q -c "drop database if exists jobdesk_aot_check"
