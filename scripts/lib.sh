# Shared by crash-test.sh and two-nodes.sh: a scratch database on the machine's PostgreSQL, app nodes started from the
# jar, throw-away accounts, and clean-up. Source it; do not run it.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH="$JAVA_HOME/bin:$PATH"
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
# at least 12 characters: the initial administrator's password must pass the password rules (docs/security.md)
PASSWORD=${LOAD_PASSWORD:-scratch-load-pw-2026}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/lianbao-reliability.XXXXXX")
NODE_PIDS=()
BG_PIDS=()

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
now_ms() { date +%s%3N; }
pgq() { psql -X -q -tA -v ON_ERROR_STOP=1 -d "$DB" -c "$1"; }

cleanup() {
    local status=$?
    for pid in "${BG_PIDS[@]}" "${NODE_PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true    # a graceful stop: the node releases its segments and signs off
    done
    for _ in $(seq 1 40); do
        alive=0
        for pid in "${BG_PIDS[@]}" "${NODE_PIDS[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
        (( alive == 0 )) && break
        sleep 0.5
    done
    for pid in "${BG_PIDS[@]}" "${NODE_PIDS[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    if [[ "${KEEP:-0}" != 1 ]]; then
        dropdb --if-exists "$DB" 2>/dev/null || true
        rm -rf "$WORK"
    else
        log "KEEP=1: database $DB and folder $WORK kept"
    fi
    exit $status
}

ensure_jar() {
    JAR=$(ls "$ROOT"/target/lianbao-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)
    if [[ -z "$JAR" ]]; then
        log "building the jar (./mvnw -B -q package -DskipTests)"
        (cd "$ROOT" && ./mvnw -B -q -o package -DskipTests)
        JAR=$(ls "$ROOT"/target/lianbao-*.jar | grep -v -- '-plain' | head -1)
    fi
    log "jar: $JAR"
}

create_db() {
    dropdb --if-exists "$DB"
    createdb "$DB"
    log "scratch database $DB on $PGHOST:$PGPORT"
}

# start_node <port> <name>: starts the app on the scratch database; sets NODE_PID.
start_node() {
    local port=$1 name=$2
    SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME="$PGUSER" \
    LIANBAO_INITIAL_ADMIN_PASSWORD="$PASSWORD" \
        java -Xmx512m -jar "$JAR" --server.port="$port" --lianbao.materials.dir="$WORK/materials" \
        --lianbao.deadlines.polling-interval=2s ${NODE_ARGS:-} >>"$WORK/$name.log" 2>&1 &
    NODE_PID=$!
    NODE_PIDS+=("$NODE_PID")
}

# wait_ready <port> [seconds]: until the API answers the administrator (NODE_PID: the node must stay alive).
wait_ready() {
    local port=$1 limit=${2:-300} start
    start=$(date +%s)
    until [[ "$(curl -s -o /dev/null -w '%{http_code}' -u "admin:$PASSWORD" "http://127.0.0.1:$port/api/v1/me")" == 200 ]]; do
        if ! kill -0 "$NODE_PID" 2>/dev/null; then
            log "node on port $port exited; the end of its log:"; tail -30 "$WORK"/*.log; return 1
        fi
        if (( $(date +%s) - start > limit )); then
            log "node on port $port not ready after ${limit}s; its log: $WORK"; return 1
        fi
        sleep 0.5
    done
}

# The scratch database has no demo accounts: the window, a supervisor and one account per utility, password $PASSWORD
# ({noop}: the app's DelegatingPasswordEncoder accepts it; only ever on a throw-away database).
add_accounts() {
    pgq "INSERT INTO app_user (username, password_hash, display_name, role, organisation, utility) VALUES
        ('clerk', '{noop}$PASSWORD', '窗口', 'CLERK', '威海市政务服务中心', NULL),
        ('supervisor', '{noop}$PASSWORD', '监管', 'SUPERVISOR', '威海市行政审批服务局', NULL),
        ('water', '{noop}$PASSWORD', '供水', 'UTILITY_STAFF', '威海市水务集团有限公司', 'WATER'),
        ('telecom', '{noop}$PASSWORD', '通信', 'UTILITY_STAFF', '威海市信息通信发展办公室', 'TELECOM'),
        ('broadcast', '{noop}$PASSWORD', '广电', 'UTILITY_STAFF', '中国广电山东网络有限公司威海市分公司', 'BROADCAST')
        ON CONFLICT (username) DO NOTHING" >/dev/null
}

# wait_caught_up [seconds]: until every segment of every streaming processor (TokenEntry, whichever node owns it) has
# reached the event store's last global index.
wait_caught_up() {
    local limit=${1:-300} start behind
    start=$(date +%s)
    while true; do
        behind=$(pgq "SELECT coalesce(string_agg(DISTINCT processorName, ','), '') FROM TokenEntry
            WHERE coalesce((convert_from(token, 'UTF8')::jsonb ->> 'index')::bigint, -1)
                  < (SELECT coalesce(max(globalIndex), -1) FROM DomainEventEntry)")
        [[ -z "$behind" ]] && return 0
        if (( $(date +%s) - start > limit )); then
            log "still behind after ${limit}s: $behind"; return 1
        fi
        sleep 0.5
    done
}

chain_intact() {
    local port=$1
    curl -s -u "supervisor:$PASSWORD" "http://127.0.0.1:$port/api/v1/audit/chain-verification" | tee "$WORK/chain-$port.json" |
        jq -e '.intact == true' >/dev/null
}
