package cn.weihai.lianbao.supervision;

import cn.weihai.lianbao.calendar.CalendarService;
import cn.weihai.lianbao.calendar.WorkingDayCalendar;
import cn.weihai.lianbao.deadline.Warning;
import cn.weihai.lianbao.search.TextPairs;
import cn.weihai.lianbao.shared.SearchText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The supervision dashboard's reads: the tiles' counts and the tracks one page at a time, newest accepted first.
 * Reads the projection, so it may lag a moment behind the commands.
 */
@Service
public class SupervisionQueries {
    private static final String ORDER = " ORDER BY accepted_on DESC, case_number DESC, service";
    private static final String TRACK_COUNTS = """
            count(*) FILTER (WHERE is_open) AS open, count(*) FILTER (WHERE warning = 'DUE_SOON') AS due_soon,
            count(*) FILTER (WHERE warning = 'OVERDUE') AS overdue,
            count(*) FILTER (WHERE status = 'CONNECTED') AS completed""";
    private static final String TALLY_COUNTS = """
            sum(tracks) FILTER (WHERE phase = 'OPEN') AS open,
            sum(tracks) FILTER (WHERE warning = 'DUE_SOON') AS due_soon,
            sum(tracks) FILTER (WHERE warning = 'OVERDUE') AS overdue,
            sum(tracks) FILTER (WHERE phase = 'CONNECTED') AS completed""";
    private static final RowMapper<SupervisionCounts> COUNTS = (rs, n) ->
            new SupervisionCounts(rs.getLong("open"), rs.getLong("due_soon"), rs.getLong("overdue"),
                    rs.getLong("completed"));

    private final JdbcTemplate jdbc;
    private final CalendarService calendar;
    private final Clock clock;
    /** Counts without a text (from the tally since V180; the cache is optional now). */
    private final ShortLivedCache<SupervisionFilter, SupervisionCounts> tiles;
    private final ShortLivedCache<SupervisionFilter, Integer> rows;
    /**
     * Tracks a search text is counted up to. The index finds the matches, but each must then be read (~7 µs a
     * track): a text as wide as "置业" would take a second at 1,000,000 cases. Beyond the limit the dashboard says
     * "more than" and asks for a narrower search; the first pages are unaffected.
     */
    private final int textCountLimit;

    static final int DEFAULT_TEXT_COUNT_LIMIT = 5_000;

    SupervisionQueries(JdbcTemplate jdbc, CalendarService calendar, Clock clock) {
        this(jdbc, calendar, clock, Duration.ZERO, DEFAULT_TEXT_COUNT_LIMIT);
    }

    @Autowired
    public SupervisionQueries(JdbcTemplate jdbc, CalendarService calendar, Clock clock,
                       @Value("${lianbao.supervision.cache-ttl:0s}") Duration cacheTtl,
                       @Value("${lianbao.supervision.text-count-limit:" + DEFAULT_TEXT_COUNT_LIMIT + "}")
                       int textCountLimit) {
        if (textCountLimit < 1) {
            throw new IllegalArgumentException("lianbao.supervision.text-count-limit must be at least 1");
        }
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.clock = clock;
        this.tiles = new ShortLivedCache<>(cacheTtl);
        this.rows = new ShortLivedCache<>(cacheTtl);
        this.textCountLimit = textCountLimit;
    }

    /**
     * What the dashboard shows above its table: the tiles' counts and the number of tracks. With a search text that
     * matches more than the limit, neither is counted: {@code complete} is false and {@code tracks} is the limit.
     */
    public record Totals(SupervisionCounts counts, int tracks, boolean complete) {
    }

    public Totals totals(SupervisionFilter filter) {
        if (filter.text() == null) {
            return new Totals(counts(filter), count(filter), true);
        }
        Tracks selected = tracks(filter);
        List<Object> args = new ArrayList<>(selected.args());
        args.add(textCountLimit + 1);
        return jdbc.queryForObject("SELECT count(*) AS tracks, " + TRACK_COUNTS + " FROM (SELECT is_open, warning,"
                + " status" + selected.sql() + selected.countOrder() + " LIMIT ?) t", (rs, n) -> {
            long tracks = rs.getLong("tracks");
            return tracks > textCountLimit ? new Totals(null, textCountLimit, false)
                    : new Totals(COUNTS.mapRow(rs, n), Math.toIntExact(tracks), true);
        }, args.toArray());
    }

    /** The tiles' counts, exact: with a search text, {@link #totals} counts no more than the limit. */
    public SupervisionCounts counts(SupervisionFilter filter) {
        return filter.text() == null ? tiles.get(filter, () -> countsNow(filter)) : countsNow(filter);
    }

    private SupervisionCounts countsNow(SupervisionFilter filter) {
        if (filter.text() != null) {
            Tracks tracks = tracks(filter);
            return jdbc.queryForObject("SELECT " + TRACK_COUNTS + tracks.sql(), COUNTS, tracks.args().toArray());
        }
        SqlWhere parts = new SqlWhere();
        String sql = "SELECT coalesce(sum(sign * open), 0) AS open,"
                + " coalesce(sum(sign * due_soon), 0) AS due_soon, coalesce(sum(sign * overdue), 0) AS overdue,"
                + " coalesce(sum(sign * completed), 0) AS completed FROM ("
                + tallied(filter, TALLY_COUNTS, TRACK_COUNTS, parts) + ") p";
        return jdbc.queryForObject(sql, COUNTS, parts.args().toArray());
    }

    /** The tracks the filter selects; with a search text, at most the limit (the table then pages that far). */
    public int count(SupervisionFilter filter) {
        return filter.text() == null ? rows.get(filter, () -> countNow(filter)) : countNow(filter);
    }

    private int countNow(SupervisionFilter filter) {
        Long n;
        if (filter.text() != null) {
            Tracks tracks = tracks(filter);
            List<Object> args = new ArrayList<>(tracks.args());
            args.add(textCountLimit);
            n = jdbc.queryForObject("SELECT count(*) FROM (SELECT 1" + tracks.sql() + tracks.countOrder()
                    + " LIMIT ?) t", Long.class, args.toArray());
        } else {
            SqlWhere parts = new SqlWhere();
            String sql = "SELECT sum(sign * n) FROM ("
                    + tallied(filter, "sum(tracks) AS n", "count(*) AS n", parts) + ") p";
            n = jdbc.queryForObject(sql, Long.class, parts.args().toArray());
        }
        return n == null ? 0 : Math.toIntExact(n);
    }

    /**
     * A UNION ALL of the filter's {@link AcceptedRange} parts, each selecting its {@code sign} and
     * {@code tallyColumns} from the tally or {@code trackColumns} from supervision_track; {@code args} receives the
     * bind arguments. One statement, so the parts read one snapshot.
     */
    private static String tallied(SupervisionFilter filter, String tallyColumns, String trackColumns, SqlWhere args) {
        SqlWhere attributes = where(filter.withFrom(null).withTo(null));
        List<String> selects = new ArrayList<>();
        for (AcceptedRange.Part part : AcceptedRange.parts(filter.from(), filter.to())) {
            SqlWhere where = attributes.and(part.where());
            selects.add("SELECT " + part.sign() + " AS sign, " + (part.tally() ? tallyColumns : trackColumns)
                    + " FROM " + (part.tally() ? "supervision_tally_all" : "supervision_track") + where.sql());
            args.args().addAll(where.args());
        }
        return selects.isEmpty() ? "SELECT 0 AS sign, " + trackColumns + " FROM supervision_track WHERE false"
                : String.join(" UNION ALL ", selects);
    }

    /** Tracks {@code offset .. offset+limit-1}, newest accepted case first, a case's tracks together. */
    public List<SupervisedTrack> page(SupervisionFilter filter, int offset, int limit) {
        Tracks tracks = tracks(filter);
        List<Object> args = new ArrayList<>(tracks.args());
        args.add(limit);
        args.add(offset);
        return jdbc.query("SELECT " + SupervisionTable.COLUMNS + tracks.sql() + tracks.order() + " LIMIT ? OFFSET ?",
                SupervisionTable.ROW, args.toArray());
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

    /**
     * {@code FROM … WHERE …} selecting the filter's tracks (supervision_track's columns), its arguments, and the
     * {@code ORDER BY} of the dashboard's pages for it.
     */
    record Tracks(String sql, List<Object> args, String order, String countOrder) {
    }

    /**
     * The filter's tracks. A two-character word is looked up among the cases' {@link TextPairs} (a trigram index has
     * nothing to ask for it): their key is in page order, so a page walks the word's cases newest first through it
     * and stops, and a count stops at the limit; each case's tracks are found by primary key. The page is ordered by
     * the pairs' own accepted date: joined on it too, the planner would take the two conditions for independent and
     * expect a handful of rows, then sort them all (136 ms for "置业" at 100,000 cases instead of 7).
     */
    static Tracks tracks(SupervisionFilter f) {
        Optional<String> pair = TextPairs.pairOf(f.text());
        if (pair.isEmpty()) {
            SqlWhere where = where(f);
            return new Tracks(" FROM supervision_track" + where.sql(), where.args(), ORDER, "");
        }
        SqlWhere pairs = new SqlWhere().and("p.pair = ?", pair.get())
                .and("p.fields & " + (TextPairs.NAMES | TextPairs.PROJECT_CODE) + " <> 0")
                .andIf(f.from() != null, "p.accepted_on >= ?", f.from())
                .andIf(f.to() != null, "p.accepted_on <= ?", f.to());
        SqlWhere rest = where(f.withText(null).withFrom(null).withTo(null));
        List<Object> args = new ArrayList<>(pairs.args());
        args.addAll(rest.args());
        // a warning selects few tracks (small partial indexes): then each of them asks the pairs' key for its case,
        // which takes the accepted date; a common word's tens of thousands of cases are not walked (350 ms at 1M)
        String join = f.warning() == Warning.OVERDUE || f.warning() == Warning.DUE_SOON
                ? "t.case_number = p.case_number AND t.accepted_on = p.accepted_on" : "t.case_number = p.case_number";
        // counted up to the limit in page order too: the same walk as a page, stopping at the limit; left to choose,
        // the planner hashed all of a common pair's cases first ("有限": every case, 100 ms at 1,000,000)
        String order = " ORDER BY pair_accepted_on DESC, case_number DESC, service";
        return new Tracks(" FROM (SELECT t.*, p.accepted_on AS pair_accepted_on FROM " + TextPairs.TABLE + " p"
                + " JOIN supervision_track t ON " + join + pairs.sql() + ") supervision_track" + rest.sql(), args,
                order, order);
    }

    static SqlWhere where(SupervisionFilter f) {
        SqlWhere w = new SqlWhere();
        if (f.text() != null) {
            Optional<String> caseNumberTail = SearchText.caseNumberTail(f.text());
            String core = SearchText.withoutLegalForm(f.text());
            if (caseNumberTail.isPresent() || !core.equals(f.text())) {
                // the narrower part through the index (see SearchText: "lb-2026-" alone read most of the index,
                // ≈180 ms at 2M tracks); the whole text is then checked on those rows only (the expression keeps it
                // out of the index condition)
                w.and("search_text LIKE ?", SqlWhere.containing(caseNumberTail.orElse(core)));
                w.and("(search_text || '') LIKE ?", SqlWhere.containing(f.text()));
            } else {
                w.and("search_text LIKE ?", SqlWhere.containing(f.text()));
            }
        }
        w.andIf(f.service() != null, "service = ?", f.service() == null ? null : f.service().name());
        w.andIf(f.district() != null, "district = ?", f.district() == null ? null : f.district().name());
        w.andIf(f.channel() != null, "channel = ?", f.channel() == null ? null : f.channel().name());
        w.andIf(f.warning() != null, "warning = ?", f.warning() == null ? null : f.warning().name());
        w.andIf(f.from() != null, "accepted_on >= ?", f.from());
        w.andIf(f.to() != null, "accepted_on <= ?", f.to());
        return w;
    }
}
