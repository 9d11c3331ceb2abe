#!/usr/bin/env bash
# A throwaway PostgreSQL server on 127.0.0.1 for the test run, in the build
# folder; sourced by run-tests.sh, which stops it when the run ends.
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
    # One account that must give a password, for the wrong-password test.
    printf 'host all clinic 127.0.0.1/32 scram-sha-256\n' | cat - "$PRESCREEN_PG_DIR/data/pg_hba.conf" > "$PRESCREEN_PG_DIR/hba"
    "${as[@]}" cp "$PRESCREEN_PG_DIR/hba" "$PRESCREEN_PG_DIR/data/pg_hba.conf"
    # Every suite makes fresh databases, and a shutdown syncs all their files
    # (20,000 of them, 100 s on a busy disk), longer than test_outbox waits for
    # its stop. A throwaway server need not survive a power cut; the clean
    # stop and start that test_outbox checks still write everything out.
    echo "fsync = off" | "${as[@]}" tee -a "$PRESCREEN_PG_DIR/data/postgresql.conf" >/dev/null
    "${as[@]}" "$bin/pg_ctl" -D "$PRESCREEN_PG_DIR/data" -l "$PRESCREEN_PG_DIR/server.log" -w \
        -o "-k $PRESCREEN_PG_DIR -p $PRESCREEN_PG_PORT -h 127.0.0.1" start >/dev/null
    export PRESCREEN_TEST_PG="postgresql://postgres@127.0.0.1:$PRESCREEN_PG_PORT/postgres"
    "${as[@]}" "$bin/psql" -q -h 127.0.0.1 -p "$PRESCREEN_PG_PORT" -U postgres -d postgres \
        -c "CREATE ROLE clinic LOGIN PASSWORD 'right-password'" -c "CREATE DATABASE clinic OWNER clinic" >/dev/null
    # test_outbox takes the server away and brings it back.
    local ctl="${as[*]} $bin/pg_ctl -D $PRESCREEN_PG_DIR/data"
    export PRESCREEN_TEST_PG_STOP="$ctl -m fast -w stop"
    export PRESCREEN_TEST_PG_START="$ctl -l $PRESCREEN_PG_DIR/server.log -w -o '-k $PRESCREEN_PG_DIR -p $PRESCREEN_PG_PORT -h 127.0.0.1' start"
    echo "== PostgreSQL test server on 127.0.0.1:$PRESCREEN_PG_PORT"
}

prescreen_pg_stop() {
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -n "$bin" ] && [ -f "${PRESCREEN_PG_DIR:-/nonexistent}/data/postmaster.pid" ] || return 0
    local as=()
    if [ "$(id -u)" -eq 0 ]; then as=(runuser -u postgres --); fi
    "${as[@]}" "$bin/pg_ctl" -D "$PRESCREEN_PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
}
