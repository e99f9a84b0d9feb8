# Throwaway PostgreSQL cluster for CI. Sourced by .ci/run; defines:
#   pg_start  install PostgreSQL if missing, start a cluster in a temp dir on 127.0.0.1,
#             create a role with CREATEDB and its database, export DATABASE_URL
#   pg_stop   stop the cluster and delete its files (safe to call twice)
# The cluster is tuned for speed, not durability (fsync off): it lives for one CI run.

PG_VERSION="${PG_VERSION:-15}"
PG_PORT="${PG_PORT:-54329}"
PG_APP_USER="cse"
PG_APP_PASSWORD="cse-ci-only"
PG_APP_DB="cse"
PG_DIR=""
PG_BIN=""
PG_OS_USER=""

pg_find_bin() {
    local dir
    for dir in "/usr/lib/postgresql/${PG_VERSION}/bin" /usr/lib/postgresql/*/bin; do
        if [[ -x "$dir/initdb" ]]; then
            PG_BIN="$dir"
            return 0
        fi
    done
    if command -v initdb >/dev/null; then
        PG_BIN="$(dirname "$(command -v initdb)")"
        return 0
    fi
    return 1
}

pg_install() {
    if pg_find_bin; then
        return 0
    fi
    if [[ "$(id -u)" != "0" ]]; then
        echo "PostgreSQL is not installed and we are not root: apt-get install postgresql" >&2
        return 1
    fi
    echo "Installing Debian's postgresql..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql </dev/null >/dev/null
    pg_find_bin
}

# initdb and postgres refuse to run as root: as root, run them as an unprivileged user.
pg_as_owner() {
    if [[ -n "$PG_OS_USER" ]]; then
        (cd "$PG_DIR" && runuser -u "$PG_OS_USER" -- "$@")
    else
        "$@"
    fi
}

# The first port from PG_PORT upwards that nothing listens on.
pg_free_port() {
    local port
    for port in $(seq "$PG_PORT" $((PG_PORT + 20))); do
        if ! (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    echo "No free port in ${PG_PORT}-$((PG_PORT + 20))" >&2
    return 1
}

pg_start() {
    pg_install
    PG_PORT="$(pg_free_port)"
    PG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/ci-postgres.XXXXXX")"
    if [[ "$(id -u)" == "0" ]]; then
        PG_OS_USER="postgres"  # created by Debian's package
        if ! id "$PG_OS_USER" >/dev/null 2>&1; then
            PG_OS_USER="ci-postgres"
            id "$PG_OS_USER" >/dev/null 2>&1 || useradd --system --no-create-home "$PG_OS_USER"
        fi
        chown "$PG_OS_USER" "$PG_DIR"
    fi
    chmod 700 "$PG_DIR"

    # Superuser over the Unix socket in PG_DIR only (trust); TCP needs a password.
    pg_as_owner "$PG_BIN/initdb" --pgdata="$PG_DIR/data" --username=postgres \
        --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 \
        >"$PG_DIR/initdb.log"
    pg_as_owner "$PG_BIN/pg_ctl" --pgdata="$PG_DIR/data" --log="$PG_DIR/server.log" \
        --wait --timeout=60 start --options="-c listen_addresses=127.0.0.1 \
        -c port=$PG_PORT -c unix_socket_directories=$PG_DIR \
        -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >/dev/null \
        || { cat "$PG_DIR/server.log" >&2; return 1; }

    "$PG_BIN/psql" --host="$PG_DIR" --port="$PG_PORT" --username=postgres --dbname=postgres \
        --quiet --no-psqlrc --set=ON_ERROR_STOP=1 <<SQL
CREATE ROLE $PG_APP_USER LOGIN CREATEDB PASSWORD '$PG_APP_PASSWORD';
CREATE DATABASE $PG_APP_DB OWNER $PG_APP_USER;
SQL
    export DATABASE_URL="postgres://$PG_APP_USER:$PG_APP_PASSWORD@127.0.0.1:$PG_PORT/$PG_APP_DB"
    echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT (data in $PG_DIR)"
}

pg_stop() {
    if [[ -n "$PG_DIR" && -d "$PG_DIR" ]]; then
        if [[ -f "$PG_DIR/data/postmaster.pid" ]]; then
            pg_as_owner "$PG_BIN/pg_ctl" --pgdata="$PG_DIR/data" --mode=fast --wait stop \
                >/dev/null || echo "PostgreSQL did not stop cleanly" >&2
        fi
        rm -rf "$PG_DIR"
    fi
    PG_DIR=""
}
