package cn.weihai.lianbao.integration.feed;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads Axon's event table in global-index order for the feeds, in pages along its primary key.
 *
 * <p>The global index is a sequence: a transaction can take index 10, commit after another that took 11, and a
 * reader between the two commits sees 11 but not 10. A feed that handed out 11 and moved its cursor there would
 * never show 10. So reading stops before any gap in the index until the gap is {@code gapTimeout} old (measured
 * by the recorded time of the event after it); after that the gap is taken as a rolled-back transaction, like
 * Axon's own gap-aware tokens do.
 */
@Component
public class EventLog {
    static final int BATCH = 500;

    /** What a read produced: the chosen events, the cursor after them, and whether more may be read right away. */
    public record Page(List<StoredEvent> events, FeedCursor next, boolean more) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration gapTimeout;

    EventLog(JdbcTemplate jdbc, Clock clock, @Value("${lianbao.feeds.gap-timeout:10s}") Duration gapTimeout) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.gapTimeout = gapTimeout;
    }

    /**
     * Up to {@code limit} events after {@code after} that {@code choose} keeps (it gets each settled batch, in
     * order, and answers the kept ones in order), looking at no more than {@code maxScan} rows.
     */
    public Page read(FeedCursor after, int limit, int maxScan, List<String> payloadTypes,
                     Function<List<StoredEvent>, List<StoredEvent>> choose) {
        List<StoredEvent> chosen = new ArrayList<>();
        long position = after.globalIndex();
        int scanned = 0;
        Instant settledBefore = clock.instant().minus(gapTimeout);
        while (scanned < maxScan) {
            List<StoredEvent> batch = batch(position, payloadTypes);
            List<StoredEvent> settled = settled(batch, position, settledBefore);
            scanned += settled.size();
            for (StoredEvent event : choose.apply(settled)) {
                chosen.add(event);
                if (chosen.size() == limit) {
                    return new Page(chosen, new FeedCursor(event.globalIndex()), true);
                }
            }
            if (!settled.isEmpty()) {
                position = settled.getLast().globalIndex();
            }
            if (settled.size() < batch.size() || batch.size() < BATCH) {
                return new Page(chosen, new FeedCursor(position), false); // a young gap, or the end
            }
        }
        return new Page(chosen, new FeedCursor(position), true);
    }

    /** The head of the batch up to the first gap that may still fill. */
    static List<StoredEvent> settled(List<StoredEvent> batch, long after, Instant settledBefore) {
        long previous = after;
        for (int i = 0; i < batch.size(); i++) {
            StoredEvent event = batch.get(i);
            if (event.globalIndex() != previous + 1 && event.recordedAt().isAfter(settledBefore)) {
                return batch.subList(0, i);
            }
            previous = event.globalIndex();
        }
        return batch;
    }

    private List<StoredEvent> batch(long after, List<String> payloadTypes) {
        return jdbc.query(con -> {
            var statement = con.prepareStatement("""
                    SELECT globalIndex, aggregateIdentifier, sequenceNumber, type, payloadType, timeStamp,
                           CASE WHEN payloadType = ANY (?) THEN convert_from(payload, 'UTF8') END AS json
                    FROM DomainEventEntry WHERE globalIndex > ? ORDER BY globalIndex LIMIT ?""");
            Array types = con.createArrayOf("varchar", payloadTypes.toArray());
            statement.setArray(1, types);
            statement.setLong(2, after);
            statement.setInt(3, BATCH);
            return statement;
        }, (rs, i) -> new StoredEvent(rs.getLong("globalIndex"), rs.getString("aggregateIdentifier"),
                rs.getLong("sequenceNumber"), rs.getString("type"), rs.getString("payloadType"),
                Instant.parse(rs.getString("timeStamp")), rs.getString("json")));
    }
}
