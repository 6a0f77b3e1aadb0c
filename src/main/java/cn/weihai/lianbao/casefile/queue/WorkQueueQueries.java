package cn.weihai.lianbao.casefile.queue;

import cn.weihai.lianbao.search.TextPairs;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A utility's open tracks for the work queue, soonest due first, one page at a time. Reads the projection, so it
 * may lag a moment behind a recorded step.
 */
@Service
public class WorkQueueQueries {
    private static final String ORDER = " ORDER BY due_on, case_number";

    private final JdbcTemplate jdbc;
    private final WorkQueueTable table;

    WorkQueueQueries(JdbcTemplate jdbc, WorkQueueTable table) {
        this.jdbc = jdbc;
        this.table = table;
    }

    public int count(QueueFilter filter) {
        Where where = Where.of(filter);
        Integer n = jdbc.queryForObject("SELECT count(*) FROM work_queue" + where.sql, Integer.class,
                where.args.toArray());
        return n == null ? 0 : n;
    }

    public List<OpenTrack> page(QueueFilter filter, int offset, int limit) {
        Where where = Where.of(filter);
        List<Object> args = new ArrayList<>(where.args);
        args.add(limit);
        args.add(offset);
        return jdbc.query("SELECT " + WorkQueueTable.COLUMNS + " FROM work_queue" + where.sql + ORDER
                + " LIMIT ? OFFSET ?", WorkQueueTable.ROW, args.toArray());
    }

    /** Every row of a case, open or not (for tests and the case's own view of its queue entries). */
    public List<OpenTrack> rowsOf(String caseNumber) {
        return table.rowsOf(caseNumber);
    }

    /**
     * Waits (briefly) until the queue has taken in more than {@code eventCountSeen} events of the case, so a screen
     * refreshed right after a recorded step shows it. Returns whether it did in time.
     */
    public boolean awaitAfter(String caseNumber, int eventCountSeen, Duration timeout) {
        long until = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<OpenTrack> rows = table.rowsOf(caseNumber);
            if (!rows.isEmpty() && rows.getFirst().eventCount() > eventCountSeen) {
                return true;
            }
            if (System.nanoTime() > until) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private record Where(String sql, List<Object> args) {
        static Where of(QueueFilter filter) {
            List<String> conditions = new ArrayList<>(List.of("is_open", "service = ?"));
            List<Object> args = new ArrayList<>(List.of(filter.service().name()));
            if (filter.status() != null) {
                conditions.add("status = ?");
                args.add(filter.status().name());
            }
            if (filter.warning() != null) {
                conditions.add("warning = ?");
                args.add(filter.warning().name());
            }
            if (filter.district() != null) {
                conditions.add("district = ?");
                args.add(filter.district().name());
            }
            if (filter.text() != null) {
                conditions.add(TextPairs.inNumberOrNames(filter.text(), args));
            }
            return new Where(" WHERE " + String.join(" AND ", conditions), args);
        }
    }
}
