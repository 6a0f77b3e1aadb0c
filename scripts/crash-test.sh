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

# a utility system listening for webhooks: every delivery must arrive, also those the kill interrupts
RECEIVED="$WORK/received.txt"; : >"$RECEIVED"
HOOK_PORT=${HOOK_PORT:-18099}
python3 "$ROOT/scripts/reliability.py" receive --port "$HOOK_PORT" --log "$RECEIVED" &
BG_PIDS+=("$!")
if [[ $(pgq "SELECT to_regclass('webhook_subscription') IS NOT NULL") == t ]]; then
    curl -sf -u "water:$PASSWORD" -H 'Content-Type: application/json' \
        -d "{\"url\": \"http://127.0.0.1:$HOOK_PORT/hook\", \"eventTypes\": [\"APPLICATION_SUBMITTED\", \"STEP_RECORDED\"]}" \
        "http://127.0.0.1:$PORT/api/v1/webhooks/subscriptions" >/dev/null || { log "FAIL: could not subscribe"; exit 1; }
fi

ACK="$WORK/acknowledged.txt"; : >"$ACK"
log "write load: $WORKERS workers, SIGKILL of the app after ${KILL_AFTER}s"
python3 "$ROOT/scripts/reliability.py" load --bases "http://127.0.0.1:$PORT" --workers "$WORKERS" --seconds 3600 \
    --password "$PASSWORD" --ack "$ACK" --stop-file "$WORK/stop" >"$WORK/load.json" 2>"$WORK/load.err" &
LOAD_PID=$!; BG_PIDS+=("$LOAD_PID")
sleep "$KILL_AFTER"

webhooks=$(pgq "SELECT to_regclass('webhook_delivery') IS NOT NULL")
kill -9 "$NODE_PID"
killed_at=$(now_ms)
log "app killed (SIGKILL) with $(wc -l <"$ACK") writes acknowledged so far"
sleep 2
touch "$WORK/stop"; wait "$LOAD_PID" || true
log "load: $(cat "$WORK/load.json")"
acked=$(wc -l <"$ACK")
events_at_kill=$(pgq "SELECT count(*) FROM DomainEventEntry")
# the deadlines as the dead node left them (nothing changes them until the restart)
pgq "CREATE TABLE crash_test_tasks AS SELECT task_name, task_instance, execution_time FROM scheduled_tasks" >/dev/null
due_at_kill=$(pgq "SELECT count(*) FROM crash_test_tasks WHERE execution_time <= now()")
webhooks_at_kill=0
[[ "$webhooks" == t ]] && webhooks_at_kill=$(pgq "SELECT count(*) FROM webhook_delivery WHERE status IN ('PENDING', 'SENDING')")
pending_at_kill=$(pgq "SELECT count(*) FROM crash_test_tasks WHERE execution_time > now() + interval '5 minutes'")

log "restarting the app"
t1=$(now_ms); start_node "$PORT" node-restarted; wait_ready "$PORT"
ready_ms=$(( $(now_ms) - t1 ))
wait_caught_up 600
caught_up_ms=$(( $(now_ms) - t1 ))
log "ready after $((ready_ms / 1000)) s, projections caught up $((caught_up_ms / 1000)) s after the restart"

# due deadlines fire after the restart: nothing stays due for long (polling every 2 s)
deadline=$(( $(date +%s) + 180 ))
while (( $(pgq "SELECT count(*) FROM scheduled_tasks WHERE execution_time < now() - interval '20 seconds'") > 0 )); do
    (( $(date +%s) > deadline )) && { log "FAIL: deadlines still due 180 s after the restart (a deadline picked by the killed node is taken up after 6 missed heartbeats)"; exit 1; }
    sleep 1
done
deadlines_ms=$(( $(now_ms) - t1 ))
lost_deadlines=$(pgq "SELECT count(*) FROM crash_test_tasks s LEFT JOIN scheduled_tasks t USING (task_name, task_instance)
                      WHERE s.execution_time > now() + interval '5 minutes' AND t.task_name IS NULL")
wait_caught_up 300   # the alerts the deadlines just recorded

webhook_result="skipped (no webhook_delivery table)"
if [[ "$webhooks" == t ]]; then
    # resumed: nothing left behind by the dead node, neither a lapsed SENDING lease nor a PENDING delivery long due
    deadline=$(( $(date +%s) + 180 ))
    while true; do
        stuck=$(pgq "SELECT count(*) FROM webhook_delivery WHERE (status = 'SENDING' AND lease_until < now() - interval '30 seconds')
                     OR (status = 'PENDING' AND next_attempt_at < now() - interval '60 seconds')")
        unsent=$(pgq "SELECT count(*) FROM webhook_delivery WHERE status <> 'DELIVERED'")
        (( stuck == 0 && unsent == 0 )) && break
        (( $(date +%s) > deadline )) && { log "FAIL: $stuck webhook deliveries not resumed"; exit 1; }
        sleep 1
    done
    missing_hooks=$(pgq "SELECT id FROM webhook_delivery" | sort -u | comm -23 - <(sort -u "$RECEIVED") | wc -l)
    repeated_hooks=$(( $(wc -l <"$RECEIVED") - $(sort -u "$RECEIVED" | wc -l) ))
    (( missing_hooks == 0 )) || { log "FAIL: $missing_hooks webhook deliveries never reached the receiver"; exit 1; }
    webhook_result="$webhooks_at_kill pending or sending at the kill; every delivery received ($repeated_hooks twice: at least once); $(pgq "SELECT coalesce(string_agg(status || '=' || n, ' '), 'no deliveries')
        FROM (SELECT status, count(*) n FROM webhook_delivery GROUP BY status) s")"
fi

log "checking acknowledged writes, projections and alerts against the event store"
verify_ok=0
python3 "$ROOT/scripts/reliability.py" verify --db "$DB" --ack "$ACK" | tee "$WORK/verify.json" || verify_ok=1
chain_ok=0; chain_intact "$PORT" || chain_ok=1
(( lost_deadlines == 0 )) || { log "FAIL: $lost_deadlines pending deadlines lost"; verify_ok=1; }

cat <<REPORT
== crash test ==
writes acknowledged before the kill : $acked
events in the store at the kill     : $events_at_kill
deadlines at the kill               : $due_at_kill due (fired after the restart), $pending_at_kill pending ($lost_deadlines lost)
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
