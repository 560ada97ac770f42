#!/usr/bin/env bash
# A throwaway PostgreSQL server for sitrep's tests, on loopback only.
#
#   scripts/pg.sh start    # prints postgres://sitrep:...@127.0.0.1:PORT/sitrep_test on stdout
#   scripts/pg.sh url      # the URL of the running server
#   scripts/pg.sh status
#   scripts/pg.sh stop     # stops the server and deletes its data directory
#
# Typical use:  export SITREP_TEST_PG_URL="$(scripts/pg.sh start)"
#
# The data directory lives in ${SITREP_PG_DIR:-/tmp/sitrep-pg-$UID}; the server
# listens on 127.0.0.1 only, at ${SITREP_PG_PORT:-54329} or the next free port,
# with a random password for the role `sitrep`. PostgreSQL refuses to run as
# root, so as root the server runs as the `postgres` user (or a `sitrep-pg`
# system user created for it). When the binaries are missing and this runs as
# root with apt-get, it installs the `postgresql` package; otherwise it says
# why and exits non-zero. Only the URL goes to stdout; progress goes to stderr.
set -euo pipefail

DIR="${SITREP_PG_DIR:-/tmp/sitrep-pg-$(id -u)}"
DATA="$DIR/data"
PORT_FILE="$DIR/port"
PASS_FILE="$DIR/password"
DB=sitrep_test
ROLE=sitrep

say() { echo "pg.sh: $*" >&2; }
die() { say "$*"; exit 1; }

find_bindir() {
    local candidate
    if command -v pg_config >/dev/null 2>&1; then
        candidate="$(pg_config --bindir 2>/dev/null || true)"
        if [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then
            echo "$candidate"; return 0
        fi
    fi
    # Debian keeps server binaries per major version; take the newest.
    for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then
            echo "$candidate"; return 0
        fi
    done
    if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
        dirname "$(command -v pg_ctl)"; return 0
    fi
    return 1
}

ensure_binaries() {
    if BIN="$(find_bindir)"; then return 0; fi
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        say "PostgreSQL server binaries not found; installing the postgresql package"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update >&2 && apt-get install -y postgresql >&2 \
            || die "apt-get install postgresql failed"
        BIN="$(find_bindir)" || die "postgresql installed but initdb/pg_ctl still not found"
    else
        die "PostgreSQL server binaries (initdb, pg_ctl) not found; install PostgreSQL" \
            "(e.g. apt-get install postgresql) or run as root with apt-get available"
    fi
}

# Runs a command as the server's user: ourselves, or a non-root user as root.
RUN_AS=()
choose_user() {
    if [ "$(id -u)" -ne 0 ]; then RUN_AS=(); return; fi
    local user=postgres
    if ! id "$user" >/dev/null 2>&1; then
        user=sitrep-pg
        id "$user" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$user" >&2
    fi
    RUN_AS=(runuser -u "$user" --)
    SERVER_USER="$user"
}

as_server() { "${RUN_AS[@]}" "$@"; }

port_in_use() {
    if command -v ss >/dev/null 2>&1; then
        ss -ltnH "sport = :$1" 2>/dev/null | grep -q .
    else
        (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
    fi
}

running() {
    [ -f "$DATA/postmaster.pid" ] && as_server "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1
}

url() {
    [ -f "$PORT_FILE" ] && [ -f "$PASS_FILE" ] || die "no server set up in $DIR; run: scripts/pg.sh start"
    echo "postgres://$ROLE:$(cat "$PASS_FILE")@127.0.0.1:$(cat "$PORT_FILE")/$DB"
}

start() {
    ensure_binaries
    choose_user
    if running; then
        say "already running (data in $DATA)"
        url; return 0
    fi
    mkdir -p "$DIR"
    chmod 700 "$DIR"
    if [ ! -f "$DATA/PG_VERSION" ]; then
        rm -rf "$DATA"
        od -An -tx1 -N16 /dev/urandom | tr -d ' \n' >"$PASS_FILE"
        chmod 600 "$PASS_FILE"
        [ -n "${SERVER_USER:-}" ] && chown -R "$SERVER_USER" "$DIR"
        say "initializing $DATA with $BIN/initdb"
        # The password file is read by the server user, so pass it on stdin-free path.
        as_server "$BIN/initdb" -D "$DATA" -U "$ROLE" --pwfile="$PASS_FILE" \
            --auth=scram-sha-256 --encoding=UTF8 --no-locale >"$DIR/initdb.log" 2>&1 \
            || { cat "$DIR/initdb.log" >&2; die "initdb failed"; }
    fi
    local port="${SITREP_PG_PORT:-54329}" tries=0
    while port_in_use "$port"; do
        tries=$((tries + 1))
        [ "$tries" -lt 50 ] || die "no free port near ${SITREP_PG_PORT:-54329}"
        port=$((port + 1))
    done
    echo "$port" >"$PORT_FILE"
    [ -n "${SERVER_USER:-}" ] && chown "$SERVER_USER" "$PORT_FILE"
    say "starting on 127.0.0.1:$port"
    as_server "$BIN/pg_ctl" -D "$DATA" -l "$DIR/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $DIR" start >&2 \
        || { tail -20 "$DIR/server.log" >&2 || true; die "pg_ctl start failed"; }
    local psql="$BIN/psql"
    [ -x "$psql" ] || psql="$(command -v psql)" || die "psql not found"
    export PGPASSWORD
    PGPASSWORD="$(cat "$PASS_FILE")"
    if ! "$psql" -h 127.0.0.1 -p "$port" -U "$ROLE" -d postgres -tAc \
        "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
        "$psql" -h 127.0.0.1 -p "$port" -U "$ROLE" -d postgres -qc "CREATE DATABASE $DB" >&2 \
            || die "could not create database $DB"
    fi
    url
}

stop() {
    if ! BIN="$(find_bindir)"; then say "no PostgreSQL binaries; nothing to stop"; rm -rf "$DIR"; return 0; fi
    choose_user
    if running; then
        as_server "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >&2 || die "pg_ctl stop failed"
    else
        say "not running"
    fi
    rm -rf "$DIR"
}

status() {
    BIN="$(find_bindir)" || die "no PostgreSQL binaries"
    choose_user
    if running; then say "running: $(url)"; else say "not running"; exit 3; fi
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    url) url ;;
    status) status ;;
    *) echo "usage: $0 start|stop|url|status" >&2; exit 2 ;;
esac
