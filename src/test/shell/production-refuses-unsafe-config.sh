#!/usr/bin/env bash
# The production build must refuse to start without its secrets, or when told to seed demo accounts,
# serve plain HTTP or run another profile. Run after `./mvnw package -Ppostgresql`; talks only to the local PostgreSQL (it recreates the
# database jobdesk_prod_check). Prints "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../../.."

JAR=target/quarkus-app/quarkus-run.jar
# A fresh database, as an installation has before its first start.
URL=jdbc:postgresql://127.0.0.1:5432/jobdesk_prod_check
PGOPTIONS=--client-min-messages=warning psql -h 127.0.0.1 -U postgres -q -c "drop database if exists jobdesk_prod_check" -c "create database jobdesk_prod_check"
passed=0
failed=0

expect_refusal() { # description expected-message env...
    local description=$1 expected=$2 output status
    shift 2
    output=$(env -i PATH="$PATH" HOME="$HOME" "$@" QUARKUS_HTTP_PORT=18099 QUARKUS_MANAGEMENT_PORT=18098 timeout 60 java -jar "$JAR" 2>&1)
    status=$?
    if [ "$status" -ne 0 ] && [ "$status" -ne 124 ] && grep -q "$expected" <<<"$output"; then
        echo "ok: refuses to start $description"
        passed=$((passed + 1))
    else
        echo "FAILED: expected a refusal ($expected) $description, exit status $status"
        tail -5 <<<"$output"
        failed=$((failed + 1))
    fi
}

expect_refusal "without a session key" "QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY" \
    QUARKUS_DATASOURCE_JDBC_URL=$URL QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres
expect_refusal "with a short session key" "at least 32 characters" \
    QUARKUS_DATASOURCE_JDBC_URL=$URL QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
    QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY=too-short
expect_refusal "without database credentials" "QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD" \
    QUARKUS_DATASOURCE_JDBC_URL=$URL QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY=0123456789abcdef0123456789abcdef-key
expect_refusal "without a database address" "jdbc.url" \
    QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY=0123456789abcdef0123456789abcdef-key

expect_refusal "believing X-Forwarded-For from anyone" "QUARKUS_HTTP_PROXY_TRUSTED_PROXIES" \
    QUARKUS_DATASOURCE_JDBC_URL=$URL QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
    QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY=0123456789abcdef0123456789abcdef-key

expect_refusal "with a weak first administrator password" "JOBDESK_INITIAL_ADMIN_PASSWORD" \
    QUARKUS_DATASOURCE_JDBC_URL=$URL QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
    QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY=0123456789abcdef0123456789abcdef-key QUARKUS_HTTP_PROXY_TRUSTED_PROXIES=127.0.0.1 \
    JOBDESK_PUBLIC_URL=https://careers.example.com JOBDESK_INITIAL_ADMIN_USERNAME=root JOBDESK_INITIAL_ADMIN_PASSWORD=password123

check() { # description condition...
    local description=$1
    shift
    if "$@"; then
        echo "ok: $description"
        passed=$((passed + 1))
    else
        echo "FAILED: $description"
        failed=$((failed + 1))
    fi
}

SAFE=(QUARKUS_DATASOURCE_JDBC_URL=$URL QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres
    QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY=0123456789abcdef0123456789abcdef-key QUARKUS_HTTP_PROXY_TRUSTED_PROXIES=127.0.0.1
    JOBDESK_PUBLIC_URL=https://careers.example.com)
expect_refusal "when told to seed demo accounts" "JOBDESK_DEMO_ACCOUNTS" "${SAFE[@]}" JOBDESK_DEMO_ACCOUNTS=true
expect_refusal "when told to serve plain HTTP" "JOBDESK_HTTPS_ONLY" "${SAFE[@]}" JOBDESK_HTTPS_ONLY=false
expect_refusal "under the embedded default's profile" "QUARKUS_PROFILE" "${SAFE[@]}" QUARKUS_PROFILE=prod
expect_refusal "with the public address left at localhost" "JOBDESK_PUBLIC_URL" "${SAFE[@]}" JOBDESK_PUBLIC_URL=http://localhost:8080
expect_refusal "with cheap password hashes" "JOBDESK_LOGIN_HASH_COST" "${SAFE[@]}" JOBDESK_LOGIN_HASH_COST=4

# With everything it needs, it starts: no demo account, the first administrator comes from its
# settings, and every cookie is Secure though the request came as HTTP.
ADMIN_PASSWORD=first-admin-harbour-lantern-42
env -i PATH="$PATH" HOME="$HOME" QUARKUS_DATASOURCE_JDBC_URL=$URL \
    QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
    JOBDESK_INITIAL_ADMIN_USERNAME=root JOBDESK_INITIAL_ADMIN_PASSWORD=$ADMIN_PASSWORD \
    QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY=0123456789abcdef0123456789abcdef-key QUARKUS_HTTP_PORT=18099 \
    QUARKUS_HTTP_PROXY_TRUSTED_PROXIES=127.0.0.1 QUARKUS_MANAGEMENT_PORT=18098 JOBDESK_PUBLIC_URL=https://careers.example.com \
    java -jar "$JAR" > /tmp/jobdesk-prod-check.log 2>&1 &
app=$!
for _ in $(seq 1 120); do curl -fs -o /dev/null http://127.0.0.1:18098/q/health/ready && break; sleep 0.5; done
demo=$(curl -s -o /dev/null -w "%{redirect_url}" -d j_username=manager -d j_password=jobdesk-demo http://127.0.0.1:18099/j_security_check)
login_page=$(curl -s -D - -o /dev/null http://127.0.0.1:18099/login)
admin_login=$(curl -s -D - -o /dev/null -d j_username=root -d "j_password=$ADMIN_PASSWORD" http://127.0.0.1:18099/j_security_check)
kill "$app"; wait "$app" 2>/dev/null

check "has no demo account" test "${demo##*/}" = "login?failed=true"
admin_location=$(grep -i "^location:" <<<"$admin_login" | tr -d '\r')
check "creates the first administrator from its settings" test -n "$admin_location" -a "${admin_location##*/}" = ""
check "sends HSTS" grep -qi "^strict-transport-security: max-age=" <<<"$login_page"
cookies=$(grep -i "^set-cookie:" <<<"$login_page$admin_login")
check "sets cookies only with Secure" test -n "$cookies" -a -z "$(grep -iv "; *secure" <<<"$cookies")"
check "never writes the administrator's password to its log" test -z "$(grep -F "$ADMIN_PASSWORD" /tmp/jobdesk-prod-check.log)"
psql -h 127.0.0.1 -U postgres -q -c "drop database if exists jobdesk_prod_check"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
