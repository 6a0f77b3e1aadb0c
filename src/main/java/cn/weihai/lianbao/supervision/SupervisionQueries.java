package cn.weihai.lianbao.supervision;

import cn.weihai.lianbao.calendar.CalendarService;
import cn.weihai.lianbao.calendar.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The supervision dashboard's reads: the tiles' counts and the tracks one page at a time, newest accepted first.
 * Reads the projection, so it may lag a moment behind the commands.
 */
@Service
public class SupervisionQueries {
    private static final String ORDER = " ORDER BY accepted_on DESC, case_number DESC, service";

    private final JdbcTemplate jdbc;
    private final CalendarService calendar;
    private final Clock clock;
    /** Counts without a text: those scan much of the table (a text narrows through its trigram index). */
    private final ShortLivedCache<SupervisionFilter, SupervisionCounts> tiles;
    private final ShortLivedCache<SupervisionFilter, Integer> rows;

    SupervisionQueries(JdbcTemplate jdbc, CalendarService calendar, Clock clock) {
        this(jdbc, calendar, clock, Duration.ZERO);
    }

    @Autowired
    SupervisionQueries(JdbcTemplate jdbc, CalendarService calendar, Clock clock,
                       @Value("${lianbao.supervision.cache-ttl:0s}") Duration cacheTtl) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
        this.tiles = new ShortLivedCache<>(cacheTtl);
        this.rows = new ShortLivedCache<>(cacheTtl);
    }

    public SupervisionCounts counts(SupervisionFilter filter) {
        return filter.text() == null ? tiles.get(filter, () -> countsNow(filter)) : countsNow(filter);
    }

    private SupervisionCounts countsNow(SupervisionFilter filter) {
        SqlWhere where = where(filter);
        return jdbc.queryForObject("""
                SELECT count(*) FILTER (WHERE is_open) AS open,
                       count(*) FILTER (WHERE warning = 'DUE_SOON') AS due_soon,
                       count(*) FILTER (WHERE warning = 'OVERDUE') AS overdue,
                       count(*) FILTER (WHERE status = 'CONNECTED') AS completed
                FROM supervision_track""" + where.sql(),
                (rs, n) -> new SupervisionCounts(rs.getLong("open"), rs.getLong("due_soon"), rs.getLong("overdue"),
                        rs.getLong("completed")), where.args().toArray());
    }

    public int count(SupervisionFilter filter) {
        return filter.text() == null ? rows.get(filter, () -> countNow(filter)) : countNow(filter);
    }

    private int countNow(SupervisionFilter filter) {
        SqlWhere where = where(filter);
        Integer n = jdbc.queryForObject("SELECT count(*) FROM supervision_track" + where.sql(), Integer.class,
                where.args().toArray());
        return n == null ? 0 : n;
    }

    /** Tracks {@code offset .. offset+limit-1}, newest accepted case first, a case's tracks together. */
    public List<SupervisedTrack> page(SupervisionFilter filter, int offset, int limit) {
        SqlWhere where = where(filter);
        List<Object> args = new ArrayList<>(where.args());
        args.add(limit);
        args.add(offset);
        return jdbc.query("SELECT " + SupervisionTable.COLUMNS + " FROM supervision_track" + where.sql() + ORDER
                + " LIMIT ? OFFSET ?", SupervisionTable.ROW, args.toArray());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Working days left today: negative when the due date has passed, frozen at the pause while the track waits on
     * the applicant (its clock stands still); empty once the track has ended.
     */
    public OptionalInt timeLeft(SupervisedTrack track) {
        return timeLeft(track, today(), calendar.current());
    }

    static OptionalInt timeLeft(SupervisedTrack track, LocalDate today, WorkingDayCalendar calendar) {
        if (!track.isOpen()) {
            return OptionalInt.empty();
        }
        if (track.isWaiting()) {
            return OptionalInt.of(track.remainingDays());
        }
        LocalDate due = track.dueOn();
        return OptionalInt.of(today.isAfter(due) ? -calendar.workingDaysBetween(due, today)
                : calendar.workingDaysBetween(today, due));
    }

    static SqlWhere where(SupervisionFilter f) {
        SqlWhere w = new SqlWhere();
        w.andIf(f.text() != null, "search_text LIKE ?", f.text() == null ? null : SqlWhere.containing(f.text()));
        w.andIf(f.service() != null, "service = ?", f.service() == null ? null : f.service().name());
        w.andIf(f.district() != null, "district = ?", f.district() == null ? null : f.district().name());
        w.andIf(f.channel() != null, "channel = ?", f.channel() == null ? null : f.channel().name());
        w.andIf(f.warning() != null, "warning = ?", f.warning() == null ? null : f.warning().name());
        w.andIf(f.from() != null, "accepted_on >= ?", f.from());
        w.andIf(f.to() != null, "accepted_on <= ?", f.to());
        return w;
    }
}
