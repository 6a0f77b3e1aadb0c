#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into a NEW database (never over a live one) and a NEW materials folder.
# Point the application at them afterwards (spring.datasource.url, lianbao.materials.dir) and start it.
#
#   PGHOST=db1 PGUSER=postgres scripts/restore.sh /backup/lianbao/20261125T010000Z lianbao_restored /srv/lianbao/materials-restored
#
# Checks the dump's checksum against the MANIFEST first and compares the restored event count with it at the end.
set -euo pipefail

backup=${1:?usage: scripts/restore.sh <backup-folder> <new-database> [<new-materials-dir>]}
database=${2:?usage: scripts/restore.sh <backup-folder> <new-database> [<new-materials-dir>]}
materials=${3:-}

[ -f "$backup/lianbao.dump" ] || { echo "no lianbao.dump in $backup" >&2; exit 2; }
if [ -f "$backup/MANIFEST" ] && grep -q ' lianbao.dump$' "$backup/MANIFEST"; then
    (cd "$backup" && grep ' lianbao.dump$' MANIFEST | sha256sum --check --quiet) \
        || { echo "lianbao.dump does not match its MANIFEST checksum" >&2; exit 2; }
fi

# createdb fails if the database exists: a restore never overwrites data.
createdb "$database"
pg_restore --no-owner --exit-on-error --jobs=2 -d "$database" "$backup/lianbao.dump"

if [ -n "$materials" ] && [ -f "$backup/materials.tar.gz" ]; then
    if [ -d "$materials" ] && [ -n "$(ls -A "$materials")" ]; then
        echo "materials folder $materials is not empty; not extracting over it" >&2
        exit 2
    fi
    mkdir -p "$materials"
    tar -C "$materials" -xzf "$backup/materials.tar.gz"
    echo "materials: $(find "$materials" -type f | wc -l) files in $materials"
fi

restored=$(psql -XAtq -d "$database" -c 'SELECT count(*) FROM domainevententry')
expected=$(sed -n 's/^domainevententry_rows=\([0-9]*\).*/\1/p' "$backup/MANIFEST" 2>/dev/null || true)
echo "domainevententry rows: restored=$restored backup=${expected:-unknown}"
if [ -n "$expected" ] && [ "$restored" != "$expected" ]; then
    echo "event count differs from the backup's MANIFEST" >&2
    exit 1
fi
echo "restored into database $database"
