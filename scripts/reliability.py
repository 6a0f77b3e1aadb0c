#!/usr/bin/env python3
"""Load generator and checks for scripts/crash-test.sh and scripts/two-nodes.sh (standard library only).

load:   workers submit combined applications (clerk) and then walk each case's three tracks through their steps,
        one thread per track, at the same time, spread over the given nodes; every acknowledged write (2xx) is
        appended to the ack file: "CASE <case>" or "STEP <case> <service> <step>".
receive: a webhook receiver answering 204 and appending each delivery id (X-Lianbao-Delivery) to a file.
verify: reads the ack file and the event store (psql) and checks that every acknowledged write is stored, that the
        projections equal the events, and that no alert was recorded twice.
"""
import argparse
import base64
import json
import os
import random
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from datetime import date, timedelta

SERVICES = ["WATER", "TELECOM", "BROADCAST"]
STEPS = ["SURVEYED", "PLAN_ISSUED", "CONSTRUCTION_STARTED", "CONSTRUCTION_FINISHED", "ACCEPTANCE_PASSED", "CONNECTED"]
STAGE_OF = {s: s for s in STEPS}


def request(base, user, password, method, path, body=None, timeout=30):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(base + path, data=data, method=method)
    req.add_header("Authorization", "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode())
    if data is not None:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, json.loads(r.read() or b"null")
    except urllib.error.HTTPError as e:
        raw = e.read()
        try:
            return e.code, json.loads(raw)
        except ValueError:
            return e.code, raw.decode(errors="replace")


class Stats:
    def __init__(self, ack_path):
        self.lock = threading.Lock()
        self.ack = open(ack_path, "a", buffering=1)
        self.counts = {}

    def count(self, key):
        with self.lock:
            self.counts[key] = self.counts.get(key, 0) + 1

    def acknowledged(self, line):
        with self.lock:
            self.ack.write(line + "\n")
            self.ack.flush()


def credit_code(body17):
    """GB 32100 check character, so that every generated applicant is valid."""
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    check = 31 - sum(chars.index(c) * w for c, w in zip(body17, weights)) % 31
    return body17 + chars[0 if check == 31 else check]


def submission(worker, n):
    # odd cases were accepted 40 days ago: every track overdue, so the case's deadline is due at once; even ones today:
    # their deadline lies ahead and must survive a crash as a pending row
    accepted = date.today() - timedelta(days=40 if n % 2 else 0)
    code = f"2611-371002-04-{worker:02d}-{n:06d}"
    return {"channel": "GOV_SERVICE_CENTER", "acceptedOn": accepted.isoformat(),
            "applicant": {"name": f"可靠性测试公司{worker}-{n}", "creditCode": credit_code("91371000MA3C0A0B1"),
                          "contactName": "张三", "phone": "13800000000"},
            "project": {"name": f"可靠性测试项目{worker}-{n}", "code": code, "address": "环翠区测试路1号",
                        "district": "环翠区", "constructionType": "NEW"},
            "services": [{"type": s} for s in SERVICES]}


def walk_track(bases, password, case, service, stats, stop):
    """One utility walks its track; a 409 (the case changed under it, or an overload) is retried with the same step."""
    i = 0
    while i < len(STEPS) and not stop.is_set():
        base = bases[(i + SERVICES.index(service)) % len(bases)]  # neighbouring steps on different nodes
        try:
            status, body = request(base, service.lower(), password, "POST",
                                   f"/api/v1/applications/{case}/tracks/{service}/steps", {"step": STEPS[i]})
        except Exception:
            stats.count("connection-error")
            time.sleep(0.2)
            continue
        stats.count(f"step-{status}")
        if status == 200:
            stats.acknowledged(f"STEP {case} {service} {STEPS[i]}")
            i += 1
        elif status == 409:
            time.sleep(0.05)
        else:
            stats.count("unexpected")
            print(f"unexpected {status} for {case} {service} {STEPS[i]}: {body}", file=sys.stderr)
            time.sleep(0.2)


def worker(idx, bases, password, stats, stop, deadline):
    n = 0
    while not stop.is_set() and time.time() < deadline:
        n += 1
        base = bases[(idx + n) % len(bases)]
        try:
            status, body = request(base, "clerk", password, "POST", "/api/v1/applications", submission(idx, n))
        except Exception:
            stats.count("connection-error")
            time.sleep(0.2)
            continue
        stats.count(f"case-{status}")
        if status != 201:
            print(f"unexpected {status} submitting: {body}", file=sys.stderr)
            time.sleep(0.2)
            continue
        case = body["caseNumber"]
        stats.acknowledged(f"CASE {case}")
        tracks = [threading.Thread(target=walk_track, args=(bases, password, case, s, stats, stop)) for s in SERVICES]
        for t in tracks:
            t.start()
        for t in tracks:
            t.join()


def load(args):
    bases = args.bases.split(",")
    stats = Stats(args.ack)
    stop = threading.Event()
    deadline = time.time() + args.seconds
    started = time.time()
    threads = [threading.Thread(target=worker, args=(i, bases, args.password, stats, stop, deadline))
               for i in range(args.workers)]
    for t in threads:
        t.start()
    try:
        while any(t.is_alive() for t in threads):
            if args.stop_file and os.path.exists(args.stop_file):
                stop.set()
            time.sleep(0.1)
    finally:
        stop.set()
        for t in threads:
            t.join()
    elapsed = time.time() - started
    print(json.dumps({"seconds": round(elapsed, 1), **dict(sorted(stats.counts.items()))}))


def psql(db, sql):
    out = subprocess.run(["psql", "-X", "-q", "-tA", "-F", "\x1f", "-d", db, "-v", "ON_ERROR_STOP=1", "-c", sql],
                         check=True, capture_output=True, text=True).stdout
    return [line.split("\x1f") for line in out.splitlines() if line]


def verify(args):
    acks = [line.split() for line in open(args.ack) if line.strip()]
    events = psql(args.db, """select aggregateIdentifier, sequenceNumber, payloadType, convert_from(payload, 'UTF8')
                              from DomainEventEntry where type = 'CombinedApplication'
                              order by aggregateIdentifier, sequenceNumber""")
    cases, stages, alerts, last_stage, gaps = set(), set(), [], {}, []
    long_ago = set()
    expected_seq = {}
    for agg, seq, ptype, payload in events:
        if int(seq) != expected_seq.get(agg, 0):
            gaps.append((agg, seq))
        expected_seq[agg] = int(seq) + 1
        kind = ptype.rsplit("$", 1)[-1]
        p = json.loads(payload)
        if kind == "ApplicationAccepted":
            cases.add(agg)
            if date.fromisoformat(p["occurredOn"]) <= date.today() - timedelta(days=30):
                long_ago.add(agg)
            for s in p.get("services", []):
                service = s.get("service") or s.get("type")
                last_stage.setdefault((agg, service), "ACCEPTED")
        elif kind == "TrackStepRecorded":
            stages.add((agg, p["service"], p["stage"]))
            last_stage[(agg, p["service"])] = p["stage"]
        elif kind in ("TrackOverdue", "TrackDueSoon"):
            alerts.append((agg, kind, p["service"], p.get("clock"), p["dueDate"]))
    missing = []
    for a in acks:
        if a[0] == "CASE" and a[1] not in cases:
            missing.append(a)
        elif a[0] == "STEP" and (a[1], a[2], STAGE_OF[a[3]]) not in stages:
            missing.append(a)
    duplicate_alerts = len(alerts) - len(set(alerts))
    summary = {r[0]: json.loads(r[1]) for r in psql(args.db, "select case_number, track_statuses from case_summary")}
    supervision = {(r[0], r[1]): r[2] for r in psql(args.db, "select case_number, service, status from supervision_track")}
    summary_wrong = [k for k, stage in last_stage.items() if summary.get(k[0], {}).get(k[1]) != stage]
    supervision_wrong = [k for k, stage in last_stage.items() if supervision.get(k) != stage]
    overdue_tracks = {(a[0], a[2]) for a in alerts if a[1] == "TrackOverdue"}
    # accepted 40 days ago: every track that was still open when its deadline fired is overdue; connected ones may
    # have been connected first, so only tracks still open now must carry the alert
    open_without_alert = [k for k, stage in last_stage.items()
                          if k[0] in long_ago and stage != "CONNECTED" and k not in overdue_tracks]
    result = {
        "acknowledged": len(acks),
        "acknowledgedCases": sum(1 for a in acks if a[0] == "CASE"),
        "acknowledgedSteps": sum(1 for a in acks if a[0] == "STEP"),
        "found": len(acks) - len(missing),
        "missing": missing[:10],
        "events": len(events),
        "casesInStore": len(cases),
        "caseSummaryRows": len(summary),
        "supervisionTrackRows": len(supervision),
        "sequenceGaps": gaps[:10],
        "caseSummaryMismatches": summary_wrong[:10],
        "supervisionMismatches": supervision_wrong[:10],
        "alerts": len(alerts),
        "duplicateAlerts": duplicate_alerts,
        "openTracksWithoutOverdueAlert": open_without_alert[:10],
    }
    print(json.dumps(result, ensure_ascii=False))
    ok = (not missing and not gaps and not summary_wrong and not supervision_wrong and duplicate_alerts == 0
          and len(summary) == len(cases) and not open_without_alert)
    sys.exit(0 if ok else 1)


def receive(args):
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            with lock, open(args.log, "a") as f:
                f.write(self.headers.get("X-Lianbao-Delivery", "?") + "\n")
            self.send_response(204)
            self.end_headers()

        def log_message(self, *a):
            pass

    ThreadingHTTPServer(("127.0.0.1", args.port), Handler).serve_forever()


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("load")
    p.add_argument("--bases", required=True, help="comma-separated base URLs, e.g. http://127.0.0.1:8081")
    p.add_argument("--workers", type=int, default=4)
    p.add_argument("--seconds", type=float, default=30)
    p.add_argument("--password", required=True)
    p.add_argument("--ack", required=True)
    p.add_argument("--stop-file")
    v = sub.add_parser("verify")
    v.add_argument("--db", required=True)
    v.add_argument("--ack", required=True)
    r = sub.add_parser("receive")
    r.add_argument("--port", type=int, required=True)
    r.add_argument("--log", required=True)
    args = parser.parse_args()
    {"load": load, "verify": verify, "receive": receive}[args.command](args)


if __name__ == "__main__":
    main()
