package cn.weihai.lianbao.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code event_chain_head}: the last chained event of each aggregate, kept with the events' own transaction.
 * <p>
 * Heads this node committed are also remembered (the most recent {@value #REMEMBERED} aggregates): the next append
 * whose first event directly follows a remembered head chains onto it without reading the row. That is safe because
 * stored events never change (V160) and each sequence number exists once: a remembered head is the hash of the event
 * now stored at its sequence, and a writer racing for the next sequence loses on the events' unique key, as before.
 */
@Component
public class ChainHeads {
    static final int REMEMBERED = 20_000;

    public record Head(long lastSequence, String lastHash) {
    }

    private final JdbcTemplate jdbc;
    private final Map<String, Head> committed = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Head> eldest) {
            return size() > REMEMBERED;
        }
    };

    ChainHeads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The head, locked until the appending transaction ends, so two appends cannot both chain onto it. */
    Optional<Head> lockAndRead(String aggregateId) {
        return jdbc.query("SELECT last_sequence, last_hash FROM event_chain_head WHERE aggregate_id = ? FOR UPDATE",
                (rs, n) -> new Head(rs.getLong(1), rs.getString(2)), aggregateId).stream().findFirst();
    }

    Optional<Head> find(String aggregateId) {
        return jdbc.query("SELECT last_sequence, last_hash FROM event_chain_head WHERE aggregate_id = ?",
                (rs, n) -> new Head(rs.getLong(1), rs.getString(2)), aggregateId).stream().findFirst();
    }

    /** The head this node committed last for the aggregate, if it is the event just before {@code sequence}. */
    Optional<Head> committedBefore(String aggregateId, long sequence) {
        Head head;
        synchronized (committed) {
            head = committed.get(aggregateId);
        }
        return head != null && head.lastSequence() == sequence - 1 ? Optional.of(head) : Optional.empty();
    }

    /** Moves the head in the current transaction; remembered once that transaction commits. */
    void save(String aggregateId, Head head) {
        jdbc.update("""
                INSERT INTO event_chain_head (aggregate_id, last_sequence, last_hash, updated_at) VALUES (?, ?, ?, now())
                ON CONFLICT (aggregate_id) DO UPDATE SET last_sequence = EXCLUDED.last_sequence,
                    last_hash = EXCLUDED.last_hash, updated_at = now()""",
                aggregateId, head.lastSequence(), head.lastHash());
        remember(aggregateId, head);
    }

    /** Remembers a head the current transaction moved (written by {@link ChainedAppendStatement}) once it commits. */
    void remember(String aggregateId, Head head) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    synchronized (committed) {
                        committed.put(aggregateId, head);
                    }
                }
            });
        }
    }

    /** Forgets what this node remembered, as after a restart (for tests that edit the chain's rows directly). */
    void forgetCommitted() {
        synchronized (committed) {
            committed.clear();
        }
    }
}
