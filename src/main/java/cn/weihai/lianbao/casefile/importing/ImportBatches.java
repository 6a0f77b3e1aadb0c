package cn.weihai.lianbao.casefile.importing;

import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The import_batch and import_row tables. */
@Repository
class ImportBatches {
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    ImportBatches(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** The batch that already imported a file with this SHA-256, if any. */
    Optional<UUID> withSha256(String sha256) {
        return jdbc.query("SELECT id FROM import_batch WHERE sha256 = ?",
                (rs, i) -> rs.getObject(1, UUID.class), sha256).stream().findFirst();
    }

    /** Of these dedupe keys, those already imported, with the case each became (null while still pending). */
    Map<String, String> imported(List<String> keys) {
        Map<String, String> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        jdbc.query(connection -> {
            var statement = connection.prepareStatement(
                    "SELECT dedupe_key, case_number FROM import_row WHERE dedupe_key = ANY (?)");
            Array array = connection.createArrayOf("varchar", keys.toArray());
            statement.setArray(1, array);
            return statement;
        }, rs -> {
            found.put(rs.getString(1), rs.getString(2));
        });
        return found;
    }

    /**
     * Records the batch and every row in one transaction, so either the whole file is claimed or nothing is.
     * Answers false when another import claimed the file or one of its rows in the meantime.
     */
    boolean create(UUID id, ImportCheck check, Actor actor, Channel channel, Instant now) {
        try {
            transaction.executeWithoutResult(status -> {
                jdbc.update("""
                        INSERT INTO import_batch (id, file_name, sha256, content, row_count, status, started_by,
                            started_by_name, started_by_role, started_by_organisation, channel, started_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", id, check.fileName(), check.sha256(),
                        check.content(), check.cases().size(), ImportStatus.RUNNING.name(), actor.username(),
                        actor.displayName(), actor.role().name(), actor.organisation(), channel.name(),
                        Timestamp.from(now));
                jdbc.batchUpdate("INSERT INTO import_row (batch_id, row_number, dedupe_key) VALUES (?, ?, ?)",
                        check.cases(), 500, (ps, c) -> {
                            ps.setObject(1, id);
                            ps.setInt(2, c.row());
                            ps.setString(3, c.dedupeKey());
                        });
            });
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    void caseNumber(UUID batch, int row, String caseNumber) {
        jdbc.update("UPDATE import_row SET case_number = ? WHERE batch_id = ? AND row_number = ?",
                caseNumber, batch, row);
    }

    void done(UUID batch, int row) {
        jdbc.update("UPDATE import_row SET done = TRUE WHERE batch_id = ? AND row_number = ?", batch, row);
    }

    void finished(UUID batch, ImportStatus status, String failure, Instant now) {
        jdbc.update("UPDATE import_batch SET status = ?, failure = ?, finished_at = ? WHERE id = ?",
                status.name(), failure, Timestamp.from(now), batch);
    }

    void resumed(UUID batch) {
        jdbc.update("UPDATE import_batch SET status = 'RUNNING', failure = NULL, finished_at = NULL WHERE id = ?",
                batch);
    }

    List<UUID> running() {
        return jdbc.query("SELECT id FROM import_batch WHERE status IN ('RUNNING', 'FAILED') ORDER BY started_at",
                (rs, i) -> rs.getObject(1, UUID.class));
    }

    byte[] content(UUID batch) {
        return jdbc.queryForObject("SELECT content FROM import_batch WHERE id = ?", byte[].class, batch);
    }

    Optional<ImportBatch> find(UUID id) {
        List<ImportBatch.ImportedRow> rows = jdbc.query(
                "SELECT row_number, case_number, done FROM import_row WHERE batch_id = ? ORDER BY row_number",
                (rs, i) -> new ImportBatch.ImportedRow(rs.getInt(1), rs.getString(2), rs.getBoolean(3)), id);
        int imported = (int) rows.stream().filter(ImportBatch.ImportedRow::done).count();
        return jdbc.query("""
                SELECT file_name, sha256, row_count, status, started_by, started_by_name, started_by_role,
                       started_by_organisation, channel, started_at, finished_at, failure
                FROM import_batch WHERE id = ?""", (rs, i) -> new ImportBatch(id, rs.getString(1), rs.getString(2),
                rs.getInt(3), imported, ImportStatus.valueOf(rs.getString(4)),
                new Actor(rs.getString(5), rs.getString(6), Role.valueOf(rs.getString(7)), rs.getString(8)),
                Channel.valueOf(rs.getString(9)), rs.getTimestamp(10).toInstant(),
                rs.getTimestamp(11) == null ? null : rs.getTimestamp(11).toInstant(), rs.getString(12), rows), id)
                .stream().findFirst();
    }

    /** The progress alone (the page polls it every second): rows done. */
    int importedCount(UUID id) {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM import_row WHERE batch_id = ? AND done", Integer.class,
                id);
        return n == null ? 0 : n;
    }
}
