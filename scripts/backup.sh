#!/usr/bin/env bash
# Backs up lianbao: the PostgreSQL database (pg_dump custom format: events, tokens, projections, deadlines, accounts)
# and the materials folder (uploaded files, stored by SHA-256). Run it on a host that reaches the database; with
# several app nodes, run it once (the materials folder is shared storage).
#
#   PGHOST=db1 PGPORT=5432 PGUSER=lianbao PGDATABASE=lianbao [PGPASSWORD=...] \
#   LIANBAO_MATERIALS_DIR=/srv/lianbao/materials scripts/backup.sh /backup/lianbao
#
# Writes <dir>/<timestamp>/{lianbao.dump,materials.tar.gz,MANIFEST} and prints the MANIFEST.
# The HMAC key (LIANBAO_AUDIT_CHAIN_KEY) is deliberately NOT in the backup: keep it in your secret store.
set -euo pipefail

target_root=${1:?usage: scripts/backup.sh <backup-dir>}
: "${PGDATABASE:?set PGDATABASE (and PGHOST, PGPORT, PGUSER, PGPASSWORD or ~/.pgpass)}"
materials=${LIANBAO_MATERIALS_DIR:-./data/materials}

stamp=$(date -u +%Y%m%dT%H%M%SZ)
target="$target_root/$stamp"
mkdir -p "$target"

# One consistent snapshot of the whole database, taken while the application keeps running. The event count for the
# MANIFEST is read in the same snapshot (exported by a held transaction), so a restore can check it exactly.
coproc SNAPSHOT { psql -XAtq -v ON_ERROR_STOP=1 -d "$PGDATABASE"; }
echo "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY; SELECT pg_export_snapshot(); SELECT count(*) FROM domainevententry;" >&"${SNAPSHOT[1]}"
read -t 60 -r snapshot <&"${SNAPSHOT[0]}" && read -t 60 -r events <&"${SNAPSHOT[0]}" \
    || { echo "could not open a snapshot on $PGDATABASE" >&2; exit 2; }
pg_dump --snapshot="$snapshot" --format=custom --compress=6 --no-owner --file="$target/lianbao.dump" "$PGDATABASE"
echo "COMMIT;" >&"${SNAPSHOT[1]}"
eval "exec ${SNAPSHOT[1]}>&-"
wait "$SNAPSHOT_PID" 2>/dev/null || true

# Materials are written once and never changed (content-addressed), so a copy taken after the dump holds every file
# the dump refers to. Taken after the dump on purpose: files newer than the dump are harmless extras.
if [ -d "$materials" ]; then
    tar -C "$materials" -czf "$target/materials.tar.gz" .
else
    echo "warning: materials folder $materials not found; backing up the database only" >&2
fi

{
    echo "created=$stamp"
    echo "database=$PGDATABASE host=${PGHOST:-local} port=${PGPORT:-5432}"
    echo "domainevententry_rows=$events   # in the dump's snapshot"
    echo "flyway_version=$(psql -XAtq -d "$PGDATABASE" -c 'SELECT max(installed_rank) FROM flyway_schema_history')"
    (cd "$target" && sha256sum lianbao.dump materials.tar.gz 2>/dev/null || true)
} > "$target/MANIFEST"
cat "$target/MANIFEST"
echo "backup written to $target"
