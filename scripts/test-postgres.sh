#!/usr/bin/env bash
# A throwaway PostgreSQL server on 127.0.0.1 for the test run, in the build
# folder, speaking TLS only, with a certificate from a throwaway CA; sourced
# by run-tests.sh, which stops it when the run ends.
PRESCREEN_PG_PORT="${PRESCREEN_PG_PORT:-55432}"

prescreen_pg_start() {
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    PRESCREEN_PG_DIR="$PRESCREEN_BUILD/pgtest"
    local as=()
    # initdb refuses to run as root: the server runs as the postgres user then,
    # in /tmp when a checkout under /root is closed to that user.
    if [ "$(id -u)" -eq 0 ]; then
        as=(runuser -u postgres --)
        if ! runuser -u postgres -- test -x "$PRESCREEN_BUILD"; then
            PRESCREEN_PG_DIR="/tmp/prescreen-pgtest-$(id -u)"
        fi
    fi
    prescreen_pg_stop
    rm -rf "$PRESCREEN_PG_DIR"
    mkdir -p "$PRESCREEN_PG_DIR"
    [ "$(id -u)" -eq 0 ] && chown postgres "$PRESCREEN_PG_DIR"
    "${as[@]}" "$bin/initdb" -D "$PRESCREEN_PG_DIR/data" -A trust -U postgres >"$PRESCREEN_PG_DIR/initdb.log"
    prescreen_pg_certificates
    # TCP only over TLS (hostssl): a connection without it matches no line and
    # is refused. One account that must give a password, for the wrong-password test.
    { printf 'hostssl all clinic 127.0.0.1/32 scram-sha-256\n'
      sed -e 's/^host\([[:space:]]\)/hostssl\1/' "$PRESCREEN_PG_DIR/data/pg_hba.conf"; } > "$PRESCREEN_PG_DIR/hba"
    "${as[@]}" cp "$PRESCREEN_PG_DIR/hba" "$PRESCREEN_PG_DIR/data/pg_hba.conf"
    # Every suite makes fresh databases, and a shutdown syncs all their files
    # (20,000 of them, 100 s on a busy disk), longer than test_outbox waits for
    # its stop. A throwaway server need not survive a power cut; the clean
    # stop and start that test_outbox checks still write everything out.
    { echo "fsync = off"
      echo "ssl = on"
      echo "ssl_cert_file = '$PRESCREEN_PG_DIR/tls/server.crt'"
      echo "ssl_key_file = '$PRESCREEN_PG_DIR/tls/server.key'"
      echo "ssl_ca_file = '$PRESCREEN_PG_DIR/tls/ca.crt'"; } | "${as[@]}" tee -a "$PRESCREEN_PG_DIR/data/postgresql.conf" >/dev/null
    "${as[@]}" "$bin/pg_ctl" -D "$PRESCREEN_PG_DIR/data" -l "$PRESCREEN_PG_DIR/server.log" -w \
        -o "-k $PRESCREEN_PG_DIR -p $PRESCREEN_PG_PORT -h 127.0.0.1" start >/dev/null
    # The suites connect as the clinic's devices must: TLS with the server's
    # certificate checked against the clinic CA and its name (verify-full).
    export PRESCREEN_TEST_PG="postgresql://postgres@127.0.0.1:$PRESCREEN_PG_PORT/postgres?sslmode=verify-full&sslrootcert=$PRESCREEN_PG_DIR/tls/ca.crt"
    export PRESCREEN_TEST_PG_OTHER_CA="$PRESCREEN_PG_DIR/tls/other-ca.crt"
    "${as[@]}" env PGSSLMODE=verify-full PGSSLROOTCERT="$PRESCREEN_PG_DIR/tls/ca.crt" \
        "$bin/psql" -q -h 127.0.0.1 -p "$PRESCREEN_PG_PORT" -U postgres -d postgres \
        -c "CREATE ROLE clinic LOGIN PASSWORD 'right-password'" -c "CREATE DATABASE clinic OWNER clinic" >/dev/null
    # test_outbox takes the server away and brings it back.
    local ctl="${as[*]} $bin/pg_ctl -D $PRESCREEN_PG_DIR/data"
    export PRESCREEN_TEST_PG_STOP="$ctl -m fast -w stop"
    export PRESCREEN_TEST_PG_START="$ctl -l $PRESCREEN_PG_DIR/server.log -w -o '-k $PRESCREEN_PG_DIR -p $PRESCREEN_PG_PORT -h 127.0.0.1' start"
    echo "== PostgreSQL test server on 127.0.0.1:$PRESCREEN_PG_PORT"
}

# A throwaway clinic CA, the server's certificate it signs (for localhost and
# 127.0.0.1, as verify-full checks the name), and a second CA that signed
# nothing, for the test that a server signed by another CA is refused.
prescreen_pg_certificates() {
    local tls="$PRESCREEN_PG_DIR/tls"
    mkdir -p "$tls"
    (
        cd "$tls" || exit 1
        umask 077
        for ca in ca other-ca; do
            openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=PreScreen test $ca" \
                -keyout "$ca.key" -out "$ca.crt" 2>/dev/null || exit 1
        done
        openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout server.key -out server.csr 2>/dev/null || exit 1
        printf 'subjectAltName = DNS:localhost, IP:127.0.0.1\n' > server.ext
        openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 \
            -extfile server.ext -out server.crt 2>/dev/null || exit 1
        chmod 644 ca.crt other-ca.crt server.crt
    ) || { echo "cannot make the test server's TLS certificates with openssl" >&2; return 1; }
    # The server (the postgres user when run as root) reads its key, which
    # must belong to it and be closed to others.
    [ "$(id -u)" -eq 0 ] && chown -R postgres "$tls"
    return 0
}

prescreen_pg_stop() {
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -n "$bin" ] && [ -f "${PRESCREEN_PG_DIR:-/nonexistent}/data/postmaster.pid" ] || return 0
    local as=()
    if [ "$(id -u)" -eq 0 ]; then as=(runuser -u postgres --); fi
    "${as[@]}" "$bin/pg_ctl" -D "$PRESCREEN_PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
}
