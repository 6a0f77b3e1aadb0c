package cn.weihai.lianbao.audit;

import cn.weihai.lianbao.audit.ChainHeads.Head;
import cn.weihai.lianbao.audit.ChainReport.BrokenChain;
import cn.weihai.lianbao.audit.ChainReport.Reason;
import cn.weihai.lianbao.platform.EventStoreLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Verifies the hash chains of all aggregates (or one) straight from the event store's rows: one streamed pass in
 * aggregate and sequence order, holding one aggregate at a time, inside one repeatable-read transaction so the
 * events and the chain heads are read as of the same moment while the application keeps appending.
 */
@Service
public class ChainVerifier {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FETCH_SIZE = 500;

    private final EventChain chain;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;
    private final Clock clock;
    private final EventStoreLocation location;

    public ChainVerifier(EventChain chain, DataSource dataSource, PlatformTransactionManager transactions, Clock clock,
                         EventStoreLocation location) {
        this.chain = chain;
        this.location = location;
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE); // PostgreSQL streams with a cursor inside a transaction
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.clock = clock;
    }

    /** False under the Axon Server profile: the events (and so the chain) are not in this database. */
    public boolean available() {
        return location.tableReadable();
    }

    /** @throws ChainUnavailableException when not {@link #available()} */
    public ChainReport verifyAll() {
        return verify(null);
    }

    /**
     * One aggregate (a case number); the report then has at most one broken chain.
     *
     * @throws ChainUnavailableException when not {@link #available()}
     */
    public ChainReport verifyOne(String aggregateId) {
        return verify(aggregateId);
    }

    private ChainReport verify(String aggregateId) {
        if (!available()) {
            throw new ChainUnavailableException();
        }
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        Tally tally = snapshot.execute(status -> {
            Tally t = new Tally();
            String only = aggregateId == null ? "" : " AND e.aggregateIdentifier = ?";
            Object[] args = aggregateId == null ? new Object[0] : new Object[]{aggregateId};
            jdbc.query("""
                    SELECT e.aggregateIdentifier, e.sequenceNumber, e.eventIdentifier, e.type, e.payloadType,
                           e.payloadRevision, e.payload, e.timeStamp, e.metaData, h.last_sequence, h.last_hash
                    FROM DomainEventEntry e LEFT JOIN event_chain_head h ON h.aggregate_id = e.aggregateIdentifier
                    WHERE e.type IS NOT NULL""" + only + " ORDER BY e.aggregateIdentifier, e.sequenceNumber",
                    (RowCallbackHandler) t::row, args);
            t.close();
            // heads whose aggregate has no rows left at all
            String onlyHead = aggregateId == null ? "" : " AND h.aggregate_id = ?";
            jdbc.query("""
                    SELECT h.aggregate_id, h.last_sequence FROM event_chain_head h WHERE NOT EXISTS (
                        SELECT 1 FROM DomainEventEntry e WHERE e.aggregateIdentifier = h.aggregate_id)""" + onlyHead,
                    (RowCallbackHandler) rs -> {
                        t.aggregates++;
                        t.broken.add(new BrokenChain(rs.getString(1), null, 0, null, null, Reason.HEAD_MISMATCH));
                    }, args);
            return t;
        });
        return new ChainReport(started, Duration.ofNanos(System.nanoTime() - t0), tally.aggregates, tally.events,
                tally.unchained, List.copyOf(tally.broken));
    }

    private final class Tally {
        long aggregates;
        long events;
        long unchained;
        final List<BrokenChain> broken = new ArrayList<>();
        private ChainWalk walk;
        private String current;

        void row(ResultSet rs) throws SQLException {
            String aggregateId = rs.getString(1);
            if (!aggregateId.equals(current)) {
                close();
                current = aggregateId;
                long headSequence = rs.getLong(10);
                Head head = rs.wasNull() ? null : new Head(headSequence, rs.getString(11));
                walk = new ChainWalk(chain, aggregateId, head);
                aggregates++;
            }
            JsonNode metaData = metaData(rs.getBytes(9));
            EventChain.Link link = new EventChain.Link(aggregateId, rs.getLong(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getBytes(7), rs.getString(8),
                    text(metaData, EventChain.PREV_HASH));
            walk.accept(new ChainWalk.Row(link, text(metaData, EventChain.HASH)));
        }

        void close() {
            if (walk == null) {
                return;
            }
            BrokenChain b = walk.finish();
            if (b != null) {
                broken.add(b);
            }
            events += walk.events();
            unchained += walk.unchained();
            walk = null;
        }
    }

    private static JsonNode metaData(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            return null; // unreadable metadata: treated as no hash, so it shows as HASH_MISSING when chained
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || !value.isTextual() ? null : value.asText();
    }
}
