#!/usr/bin/env bash
# Issue 9.3 — two app nodes on one PostgreSQL, no special router. Starts two instances (ports 8081 and 8082) on the
# same scratch database, writes on both at once (each case's tracks are stepped through both nodes concurrently, so
# the same aggregate is written from both), and checks: the projection segments are claimed by both nodes (token
# owners), every acknowledged write is stored once, every TrackOverdue/TrackDueSoon alert exists once per track and
# due date although both nodes run the deadline scheduler, the API answers the same on both nodes, and the hash
# chains verify. Rerunnable; drops its database and stops both nodes at the end (KEEP=1 keeps them).
#
#   scripts/two-nodes.sh                       # defaults: 4 workers, 30 s of load
#   WORKERS=6 LOAD_SECONDS=60 PORT1=8081 PORT2=8082 scripts/two-nodes.sh
source "$(dirname "$0")/lib.sh"
DB=${DB:-lianbao_two_nodes}
PORT1=${PORT1:-8081}
PORT2=${PORT2:-8082}
WORKERS=${WORKERS:-4}
LOAD_SECONDS=${LOAD_SECONDS:-30}
NODE_ARGS="${NODE_ARGS:-}"
NODE_ARGS+=" --logging.level.cn.weihai.lianbao.platform.ConflictRetry=DEBUG"   # count the conflicts retried
trap cleanup EXIT; trap "exit 143" INT TERM

ensure_jar
create_db
# the first node creates the schema alone (Flyway takes a lock, but two first starts would race for it needlessly)
log "starting node 1 on port $PORT1"
t0=$(now_ms); start_node "$PORT1" node1; PID1=$NODE_PID; wait_ready "$PORT1"
log "node 1 ready after $(( ($(now_ms) - t0) / 1000 )) s; starting node 2 on port $PORT2"
t0=$(now_ms); start_node "$PORT2" node2; PID2=$NODE_PID; wait_ready "$PORT2"
log "node 2 ready after $(( ($(now_ms) - t0) / 1000 )) s"
add_accounts

ACK="$WORK/acknowledged.txt"; : >"$ACK"
log "write load on both nodes: $WORKERS workers for ${LOAD_SECONDS}s"
python3 "$ROOT/scripts/reliability.py" load --bases "http://127.0.0.1:$PORT1,http://127.0.0.1:$PORT2" \
    --workers "$WORKERS" --seconds "$LOAD_SECONDS" --password "$PASSWORD" --ack "$ACK" \
    >"$WORK/load.json" 2>"$WORK/load.err"
log "load: $(cat "$WORK/load.json")"
[[ -s "$WORK/load.err" ]] && { log "load errors:"; head -5 "$WORK/load.err"; }

t1=$(now_ms)
wait_caught_up 300
# every case was accepted 40 days ago: its deadline is due at once, on whichever node picks it
deadline=$(( $(date +%s) + 120 ))
while (( $(pgq "SELECT count(*) FROM scheduled_tasks WHERE execution_time < now() - interval '20 seconds'") > 0 )); do
    (( $(date +%s) > deadline )) && { log "FAIL: deadlines still due after 120 s"; exit 1; }
    sleep 1
done
wait_caught_up 300
settle_ms=$(( $(now_ms) - t1 ))

fail=0
owners=$(pgq "SELECT count(DISTINCT owner) FROM TokenEntry WHERE owner IS NOT NULL")
pgq "SELECT processorName, segment, owner FROM TokenEntry ORDER BY 1, 2" >"$WORK/tokens.txt"
log "token claims (processor|segment|owner):"; sed 's/^/    /' "$WORK/tokens.txt"
(( owners >= 2 )) || { log "FAIL: segments claimed by $owners node(s) only"; fail=1; }
deadlines_by=$(pgq "SELECT count(DISTINCT split_part(owner, '@', 1)) FROM TokenEntry")

log "checking acknowledged writes, projections and alerts against the event store"
python3 "$ROOT/scripts/reliability.py" verify --db "$DB" --ack "$ACK" | tee "$WORK/verify.json" || fail=1

# the same answers from both nodes: the dashboard counts, the supervision list, one case and its history
same=0; compared=0
case_number=$(awk '$1 == "CASE" {print $2; exit}' "$ACK")
for path in "/api/v1/supervision/dashboard?limit=200" "/api/v1/supervision-orders?filter=ALL" "/api/v1/applications/$case_number" \
            "/api/v1/applications/$case_number/history" "/api/v1/projections"; do
    a=$(curl -s -u "supervisor:$PASSWORD" "http://127.0.0.1:$PORT1$path" | jq -S . 2>/dev/null)
    b=$(curl -s -u "supervisor:$PASSWORD" "http://127.0.0.1:$PORT2$path" | jq -S . 2>/dev/null)
    [[ "$path" == /api/v1/projections ]] && continue   # per node by nature (its own claims); admin only anyway
    compared=$((compared + 1))
    if [[ -n "$a" && "$a" == "$b" ]]; then same=$((same + 1)); else log "FAIL: $path differs between the nodes"; fail=1; fi
done
chain_intact "$PORT1" || { log "FAIL: hash chain"; fail=1; }
chain2=$(curl -s -u "supervisor:$PASSWORD" "http://127.0.0.1:$PORT2/api/v1/audit/chain-verification" | jq -c '{intact, eventsChecked}')
conflicts=$(cat "$WORK"/node*.log | grep -c "lost a concurrent write" || true)

cat <<REPORT
== two nodes ==
load                                : $(cat "$WORK/load.json")
cross-node conflicts retried        : $conflicts (commands re-run after losing their sequence number to the other node)
settled (projections, deadlines)    : ${settle_ms} ms after the load
token owners                        : $owners distinct ($(cut -d'|' -f3 "$WORK/tokens.txt" | sort | uniq -c | tr -s ' ' | paste -sd';'))
verification                        : $(cat "$WORK/verify.json")
same answers on both nodes          : $same of $compared API reads
hash chains (node 1)                : $(jq -c '{intact, aggregatesChecked, eventsChecked, durationMillis}' "$WORK/chain-$PORT1.json")
hash chains (node 2)                : $chain2
REPORT
(( fail == 0 )) && log "PASS" || { log "FAIL"; exit 1; }
