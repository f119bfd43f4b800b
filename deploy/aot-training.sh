#!/bin/sh
# The AOT cache's training run (deploy/Dockerfile, as root in its training stage): the production build
# starts against a throwaway PostgreSQL, migrates it, serves a few pages and stops; the JVM writes the
# cache of what it loaded, linked and profiled as it exits. A run that stopped at the first connection
# (no database) cached about half of that, and the image started in 0.8x Java 17's time instead of 0.55x.
# Environment: APP_DIR (default /app), JAVA_OPTS (the image's), TRAINING_DB_PORT (default 5433).
set -eu
app_dir=${APP_DIR:-/app}
db_port=${TRAINING_DB_PORT:-5433}
db_dir=$(mktemp -d /tmp/aot-training-db.XXXXXX)
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
chown postgres "$db_dir"
app=""
# Whatever happens, the throwaway database stops and its folder goes: a failed run must not leave a
# server holding the port for the next one.
cleanup() {
    if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; fi
    su postgres -s /bin/sh -c "$pg_bin/pg_ctl -D $db_dir/data -m fast stop" > /dev/null 2>&1 || true
    rm -rf "$db_dir"
}
trap cleanup EXIT
su postgres -s /bin/sh -c "$pg_bin/initdb --auth=trust --username=postgres -D $db_dir/data" > /dev/null
su postgres -s /bin/sh -c "$pg_bin/pg_ctl -D $db_dir/data -o '-p $db_port -k $db_dir -c listen_addresses=127.0.0.1' -w -l $db_dir/log start" > /dev/null

# Only the settings the production build refuses to start without; nothing here reaches the image.
export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$db_port/postgres" \
    QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=training-only \
    QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY="$(head -c 48 /dev/urandom | base64 | tr -d '\n')" \
    QUARKUS_HTTP_PROXY_TRUSTED_PROXIES=127.0.0.1 JOBDESK_PUBLIC_URL=https://careers.example.com \
    QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_MANAGEMENT_HOST=127.0.0.1 QUARKUS_SHUTDOWN_DELAY=0S
http_port=${QUARKUS_HTTP_PORT:-8080}
management_port=${QUARKUS_MANAGEMENT_PORT:-9000}
# shellcheck disable=SC2086
java $JAVA_OPTS -XX:AOTCacheOutput="$app_dir/app.aot" -jar "$app_dir/quarkus-run.jar" > "$db_dir/app.log" 2>&1 &
app=$!

ready=""
for _ in $(seq 1 600); do
    if curl -fs -o /dev/null "http://127.0.0.1:$management_port/q/health/ready"; then ready=yes; break; fi
    kill -0 "$app" 2>/dev/null || break
    sleep 0.2
done
if [ -z "$ready" ]; then
    echo "The training run did not become ready:" >&2; cat "$db_dir/app.log" >&2
    exit 1
fi
for page in /careers /feeds/careers.atom /sitemap.xml /login /api/v1/openapi; do
    curl -fs -o /dev/null "http://127.0.0.1:$http_port$page" || true
done
kill "$app"
wait "$app" || true
app=""
test -s "$app_dir/app.aot"
