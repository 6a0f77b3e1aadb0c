#!/usr/bin/env bash
# Issue 9.2 — crash safety. Starts the app on a scratch database of the machine's PostgreSQL, runs a write load
# (applications and steps, every acknowledged write logged), kills the app with SIGKILL in the middle of it, starts it
# again and checks: every acknowledged write is in the event store, the projections catch up to exactly the events,
# due deadlines still fire, webhook deliveries resume (when that feature is present), the hash chains verify.
# Rerunnable; drops its database and stops its processes at the end (KEEP=1 keeps them for a look).
#
#   scripts/crash-test.sh                      # defaults: 4 workers, kill after 25 s of load
#   WORKERS=8 KILL_AFTER=40 scripts/crash-test.sh
#   PGHOST=... PGPORT=... PGUSER=... scripts/crash-test.sh
source "$(dirname "$0")/lib.sh"
DB=${DB:-lianbao_crash_test}
PORT=${PORT:-18091}
WORKERS=${WORKERS:-4}
KILL_AFTER=${KILL_AFTER:-25}
trap cleanup EXIT; trap "exit 143" INT TERM

ensure_jar
create_db
log "starting the app on port $PORT"
t0=$(now_ms); start_node "$PORT" node; wait_ready "$PORT"
log "ready after $(( ($(now_ms) - t0) / 1000 )) s"
add_accounts

ACK="$WORK/acknowledged.txt"; : >"$ACK"
log "write load: $WORKERS workers, SIGKILL of the app after ${KILL_AFTER}s"
python3 "$ROOT/scripts/reliability.py" load --bases "http://127.0.0.1:$PORT" --workers "$WORKERS" --seconds 3600 \
    --password "$PASSWORD" --ack "$ACK" --stop-file "$WORK/stop" >"$WORK/load.json" 2>"$WORK/load.err" &
LOAD_PID=$!; BG_PIDS+=("$LOAD_PID")
sleep "$KILL_AFTER"

before_tasks=$(pgq "SELECT count(*) FROM scheduled_tasks")
webhooks=$(pgq "SELECT to_regclass('webhook_delivery') IS NOT NULL")
if [[ "$webhooks" == t ]]; then
    pgq "SELECT id FROM webhook_delivery WHERE status IN ('PENDING', 'SENDING')" >"$WORK/webhooks-pending.txt" || true
fi
kill -9 "$NODE_PID"
killed_at=$(now_ms)
log "app killed (SIGKILL) with $(wc -l <"$ACK") writes acknowledged so far"
sleep 2
touch "$WORK/stop"; wait "$LOAD_PID" || true
log "load: $(cat "$WORK/load.json")"
acked=$(wc -l <"$ACK")
events_at_kill=$(pgq "SELECT count(*) FROM DomainEventEntry")
due_at_kill=$(pgq "SELECT count(*) FROM scheduled_tasks WHERE execution_time <= now()")

log "restarting the app"
t1=$(now_ms); start_node "$PORT" node-restarted; wait_ready "$PORT"
ready_ms=$(( $(now_ms) - t1 ))
wait_caught_up "$PORT" 600
caught_up_ms=$(( $(now_ms) - t1 ))
log "ready after $((ready_ms / 1000)) s, projections caught up $((caught_up_ms / 1000)) s after the restart"

# due deadlines fire after the restart: nothing stays due for long (polling every 2 s)
deadline=$(( $(date +%s) + 120 ))
while (( $(pgq "SELECT count(*) FROM scheduled_tasks WHERE execution_time < now() - interval '20 seconds'") > 0 )); do
    (( $(date +%s) > deadline )) && { log "FAIL: deadlines still due 120 s after the restart"; exit 1; }
    sleep 1
done
deadlines_ms=$(( $(now_ms) - t1 ))
wait_caught_up "$PORT" 300   # the alerts the deadlines just recorded

webhook_result="skipped (no webhook_delivery table)"
if [[ "$webhooks" == t ]]; then
    pending=$(grep -c . "$WORK/webhooks-pending.txt" || true)
    deadline=$(( $(date +%s) + 120 ))
    while true; do
        stuck=$(pgq "SELECT count(*) FROM webhook_delivery WHERE status = 'SENDING' AND id::text IN
                     (SELECT unnest(string_to_array('$(paste -sd, "$WORK/webhooks-pending.txt")', ',')))")
        (( stuck == 0 )) && break
        (( $(date +%s) > deadline )) && { log "FAIL: $stuck webhook deliveries still SENDING"; exit 1; }
        sleep 1
    done
    webhook_result="$pending pending or sending at the kill, none left sending: $(pgq "SELECT string_agg(status || '=' || n, ' ')
        FROM (SELECT status, count(*) n FROM webhook_delivery GROUP BY status) s")"
fi

log "checking acknowledged writes, projections and alerts against the event store"
verify_ok=0
python3 "$ROOT/scripts/reliability.py" verify --db "$DB" --ack "$ACK" | tee "$WORK/verify.json" || verify_ok=1
chain_ok=0; chain_intact "$PORT" || chain_ok=1

cat <<REPORT
== crash test ==
writes acknowledged before the kill : $acked
events in the store at the kill     : $events_at_kill
deadlines due at the kill           : $due_at_kill (scheduled_tasks rows before the kill: $before_tasks)
restart to ready                    : ${ready_ms} ms
restart to projections caught up    : ${caught_up_ms} ms
restart to all due deadlines fired  : ${deadlines_ms} ms
webhook deliveries                  : $webhook_result
verification                        : $(cat "$WORK/verify.json")
hash chains                         : $(jq -c '{intact, aggregatesChecked, eventsChecked, durationMillis}' "$WORK/chain-$PORT.json")
REPORT
if (( verify_ok != 0 || chain_ok != 0 )); then
    log "FAIL"; exit 1
fi
log "PASS"
