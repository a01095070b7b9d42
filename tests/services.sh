# Throwaway servers for a test run (databases, a Spark cluster); sourced by ./dev (bash).
#
# start_test_services starts PostgreSQL, MariaDB and a standalone Spark cluster on free local
# ports when their binaries are on this machine and the tests are not already pointed at a server
# (PIPLKIT_TEST_POSTGRES_URL, PIPLKIT_TEST_MYSQL_URL, PIPLKIT_TEST_SPARK_MASTER), exports those
# variables, and says what it did. stop_test_services stops them and deletes their data folders;
# ./dev calls it from an EXIT trap, so nothing is left behind even when the tests fail or are
# interrupted.
#
# PostgreSQL: the newest /usr/lib/postgresql/*/bin (Debian), else initdb on PATH, else, for a
# user who is not root, the server bundled in the pgserver wheel (test extra). initdb refuses to
# run as root, so as root the server runs as the system user "postgres".
# MariaDB: mariadbd + mariadb-install-db (Debian mariadb-server); as root it runs as "mysql".
# Spark, for tests/spark/test_cluster.py (when pyspark and Java are installed; off with
# PIPLKIT_TEST_SPARK_CLUSTER=0): a standalone master and two 1-core workers on 127.0.0.1, started
# with spark-daemon.sh from the pyspark install (PyPI pyspark ships no start-master.sh); three
# JVMs, idle until that test submits its jobs. Exports PIPLKIT_TEST_SPARK_MASTER, _UI (the
# master's web UI) and _DIR (logs, work folders and scratch space of the workers; in memory, see
# _spark_base).

_PG_DATA="" _PG_BIN="" _PG_AS=() _MY_DATA="" _MY_PID="" _SPARK_DIR="" _SPARK_HOME=""

_free_port() {
    "$1" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

_pg_bindir() {
    local d
    d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [ -n "$d" ] && [ -x "$d/initdb" ]; then echo "$d system"; return; fi
    if command -v initdb >/dev/null 2>&1; then echo "$(dirname "$(command -v initdb)") system"; return; fi
    if [ "$(id -u)" != 0 ]; then
        d=$("$1" -c 'import importlib.util as u, pathlib as p
s = u.find_spec("pgserver")
print(p.Path(s.submodule_search_locations[0]) / "pginstall" / "bin")' 2>/dev/null) || true
        if [ -n "$d" ] && [ -x "$d/initdb" ]; then echo "$d pgserver"; return; fi
    fi
}

_start_postgres() {
    local python=$1 found kind port
    found=$(_pg_bindir "$python")
    if [ -z "$found" ]; then
        echo "PostgreSQL: no server binaries, its tests will skip (apt-get install -y postgresql)"
        return
    fi
    _PG_BIN=${found% *}; kind=${found##* }
    _PG_AS=()
    if [ "$(id -u)" = 0 ]; then
        if ! id postgres >/dev/null 2>&1; then
            echo "PostgreSQL: running as root and there is no user 'postgres', its tests will skip"
            return
        fi
        _PG_AS=(runuser -u postgres --)
    fi
    _PG_DATA=$(mktemp -d /tmp/piplkit-pg.XXXXXX)
    [ ${#_PG_AS[@]} -eq 0 ] || chown postgres: "$_PG_DATA"
    port=$(_free_port "$python")
    if ! "${_PG_AS[@]}" "$_PG_BIN/initdb" -D "$_PG_DATA/db" -U postgres --auth-local=trust \
            --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$_PG_DATA/initdb.log" 2>&1 \
        || ! "${_PG_AS[@]}" "$_PG_BIN/pg_ctl" -D "$_PG_DATA/db" -l "$_PG_DATA/server.log" -w \
            -o "-p $port -k $_PG_DATA -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null \
        || ! "$_PG_BIN/psql" -h "$_PG_DATA" -p "$port" -U postgres -v ON_ERROR_STOP=1 -q \
            -c "CREATE ROLE piplkit LOGIN PASSWORD 'piplkit'" \
            -c "CREATE DATABASE piplkit_test OWNER piplkit" >/dev/null; then
        echo "PostgreSQL: could not start a server ($kind binaries in $_PG_BIN); logs:" >&2
        tail -n 5 "$_PG_DATA"/*.log >&2 || true
        _stop_postgres
        return
    fi
    export PIPLKIT_TEST_POSTGRES_URL="postgresql+psycopg://piplkit:piplkit@127.0.0.1:$port/piplkit_test"
    echo "PostgreSQL: started a throwaway server ($kind binaries, $("$_PG_BIN/postgres" --version | awk '{print $3}')) on 127.0.0.1:$port"
}

_stop_postgres() {
    [ -n "$_PG_DATA" ] || return 0
    if [ -f "$_PG_DATA/db/postmaster.pid" ]; then
        "${_PG_AS[@]}" "$_PG_BIN/pg_ctl" -D "$_PG_DATA/db" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$_PG_DATA"
    _PG_DATA=""
}

_start_mariadb() {
    local python=$1 mariadbd install user=() port i
    mariadbd=$(command -v mariadbd || { [ -x /usr/sbin/mariadbd ] && echo /usr/sbin/mariadbd; }) || true
    install=$(command -v mariadb-install-db) || true
    if [ -z "$mariadbd" ] || [ -z "$install" ]; then
        echo "MariaDB: no server binaries, its tests will skip (apt-get install -y mariadb-server)"
        return
    fi
    _MY_DATA=$(mktemp -d /tmp/piplkit-my.XXXXXX)
    if [ "$(id -u)" = 0 ]; then
        chown mysql: "$_MY_DATA"
        user=(--user=mysql)
    fi
    port=$(_free_port "$python")
    if ! "$install" --no-defaults --datadir="$_MY_DATA/db" "${user[@]}" \
            --auth-root-authentication-method=normal --skip-test-db >"$_MY_DATA/install.log" 2>&1; then
        echo "MariaDB: could not initialise a data folder; log:" >&2
        tail -n 5 "$_MY_DATA/install.log" >&2
        _stop_mariadb
        return
    fi
    "$mariadbd" --no-defaults --datadir="$_MY_DATA/db" --port="$port" --socket="$_MY_DATA/sock" \
        --bind-address=127.0.0.1 "${user[@]}" --pid-file="$_MY_DATA/pid" \
        --log-error="$_MY_DATA/server.log" --skip-name-resolve \
        --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
        2>>"$_MY_DATA/server.log" &
    _MY_PID=$!
    for i in $(seq 100); do
        mariadb-admin --no-defaults --socket="$_MY_DATA/sock" -uroot ping >/dev/null 2>&1 && break
        sleep 0.1
    done
    if ! mariadb --no-defaults --socket="$_MY_DATA/sock" -uroot -e "
            CREATE DATABASE piplkit_test CHARACTER SET utf8mb4;
            CREATE USER 'piplkit'@'127.0.0.1' IDENTIFIED BY 'piplkit';
            GRANT ALL ON *.* TO 'piplkit'@'127.0.0.1';" 2>"$_MY_DATA/setup.log"; then
        echo "MariaDB: the server did not come up; logs:" >&2
        tail -n 5 "$_MY_DATA/server.log" "$_MY_DATA/setup.log" >&2 || true
        _stop_mariadb
        return
    fi
    export PIPLKIT_TEST_MYSQL_URL="mysql+pymysql://piplkit:piplkit@127.0.0.1:$port/piplkit_test?charset=utf8mb4"
    echo "MariaDB: started a throwaway server ($("$mariadbd" --version | awk '{print $3}')) on 127.0.0.1:$port"
}

_stop_mariadb() {
    [ -n "$_MY_DATA" ] || return 0
    if [ -n "$_MY_PID" ] && kill -0 "$_MY_PID" 2>/dev/null; then
        mariadb-admin --no-defaults --socket="$_MY_DATA/sock" -uroot shutdown >/dev/null 2>&1 \
            || kill "$_MY_PID" 2>/dev/null || true
        wait "$_MY_PID" 2>/dev/null || true
    fi
    rm -rf "$_MY_DATA"
    _MY_DATA="" _MY_PID=""
}

_spark_daemon() {
    env -u SPARK_NO_DAEMONIZE SPARK_LOG_DIR="$_SPARK_DIR/logs" SPARK_PID_DIR="$_SPARK_DIR/pids" \
        SPARK_IDENT_STRING=piplkit-test SPARK_LOCAL_IP=127.0.0.1 \
        SPARK_LOCAL_DIRS="$_SPARK_DIR/local" SPARK_CONF_DIR="$_SPARK_DIR/conf" \
        "$_SPARK_HOME/sbin/spark-daemon.sh" "$@"
}

# Where the cluster's folders go: /dev/shm when it and the machine's free memory have room, else
# $TMPDIR or /tmp (PIPLKIT_TEST_SPARK_TMP chooses). Each application unpacks the test's packed
# environment (0.6 GB, 22 000 files) once per executor and once more on the submitting side;
# deleting those files from a disk mounted with `discard` (as on the CI machine) took 75 s per
# copy, from memory a fraction of a second. At most about 5 GB are in memory at once.
_spark_base() {
    local shm mem
    if [ -n "${PIPLKIT_TEST_SPARK_TMP:-}" ]; then echo "$PIPLKIT_TEST_SPARK_TMP"; return; fi
    shm=$(df -Pk /dev/shm 2>/dev/null | awk 'NR == 2 {print $4}') || true
    mem=$(awk '/^MemAvailable:/ {print $2}' /proc/meminfo 2>/dev/null) || true
    if [ "${shm:-0}" -ge $((6 * 1024 * 1024)) ] && [ "${mem:-0}" -ge $((10 * 1024 * 1024)) ]; then
        echo /dev/shm
    else
        echo "${TMPDIR:-/tmp}"
    fi
}

_start_spark() {
    local python=$1 port ui i alive
    _SPARK_HOME=$("$python" -c 'import os, pyspark; print(os.path.dirname(pyspark.__file__))' \
        2>/dev/null) || true
    if [ -z "$_SPARK_HOME" ] || [ ! -x "$_SPARK_HOME/sbin/spark-daemon.sh" ]; then
        echo "Spark: pyspark is not installed, the cluster test will skip (pip install -e '.[spark]')"
        return
    fi
    if ! command -v java >/dev/null 2>&1 && [ -z "${JAVA_HOME:-}" ]; then
        echo "Spark: no Java, the cluster test will skip (apt-get install -y openjdk-17-jre-headless)"
        return
    fi
    _SPARK_DIR=$(mktemp -d "$(_spark_base)/piplkit-spark.XXXXXX")
    mkdir -p "$_SPARK_DIR/logs" "$_SPARK_DIR/pids" "$_SPARK_DIR/conf" "$_SPARK_DIR/local"
    port=$(_free_port "$python"); ui=$(_free_port "$python")
    _spark_daemon start org.apache.spark.deploy.master.Master 1 \
        --host 127.0.0.1 --port "$port" --webui-port "$ui" >/dev/null
    for i in 1 2; do
        _spark_daemon start org.apache.spark.deploy.worker.Worker "$i" "spark://127.0.0.1:$port" \
            --host 127.0.0.1 --cores 1 --memory 1g --webui-port 0 \
            --work-dir "$_SPARK_DIR/work$i" >/dev/null
    done
    alive=0
    for i in $(seq 120); do
        alive=$("$python" -c 'import json, sys, urllib.request
try:
    print(json.load(urllib.request.urlopen(sys.argv[1], timeout=2))["aliveworkers"])
except Exception:
    print(0)' "http://127.0.0.1:$ui/json/")
        [ "$alive" = 2 ] && break
        sleep 0.5
    done
    if [ "$alive" != 2 ]; then
        echo "Spark: the standalone cluster did not come up ($alive of 2 workers); logs:" >&2
        tail -n 5 "$_SPARK_DIR"/logs/*.out >&2 || true
        _stop_spark
        return
    fi
    export PIPLKIT_TEST_SPARK_MASTER="spark://127.0.0.1:$port"
    export PIPLKIT_TEST_SPARK_UI="http://127.0.0.1:$ui"
    export PIPLKIT_TEST_SPARK_DIR="$_SPARK_DIR"
    echo "Spark: started a standalone master and two 1-core workers ($("$python" -c 'import pyspark; print(pyspark.__version__)')) on 127.0.0.1:$port, folders in $_SPARK_DIR (off: PIPLKIT_TEST_SPARK_CLUSTER=0)"
}

_stop_spark() {
    [ -n "$_SPARK_DIR" ] || return 0
    local i
    for i in 1 2; do
        _spark_daemon stop org.apache.spark.deploy.worker.Worker "$i" >/dev/null 2>&1 || true
    done
    _spark_daemon stop org.apache.spark.deploy.master.Master 1 >/dev/null 2>&1 || true
    rm -rf "$_SPARK_DIR"
    _SPARK_DIR=""
    unset PIPLKIT_TEST_SPARK_MASTER PIPLKIT_TEST_SPARK_UI PIPLKIT_TEST_SPARK_DIR
}

# start_test_services PYTHON: start what is missing, export the URLs, print what was done.
start_test_services() {
    local python=$1
    if [ -n "${PIPLKIT_TEST_POSTGRES_URL:-}" ]; then
        echo "PostgreSQL: using PIPLKIT_TEST_POSTGRES_URL"
    else
        _start_postgres "$python"
    fi
    if [ -n "${PIPLKIT_TEST_MYSQL_URL:-}" ]; then
        echo "MariaDB: using PIPLKIT_TEST_MYSQL_URL"
    else
        _start_mariadb "$python"
    fi
    if [ -n "${PIPLKIT_TEST_SPARK_MASTER:-}" ]; then
        echo "Spark: using PIPLKIT_TEST_SPARK_MASTER"
    elif [ "${PIPLKIT_TEST_SPARK_CLUSTER:-1}" = 0 ]; then
        echo "Spark: PIPLKIT_TEST_SPARK_CLUSTER=0, the cluster test will skip"
    else
        _start_spark "$python"
    fi
}

stop_test_services() {
    _stop_postgres
    _stop_mariadb
    _stop_spark
}
