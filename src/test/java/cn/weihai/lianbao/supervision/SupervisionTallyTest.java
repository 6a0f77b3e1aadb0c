package cn.weihai.lianbao.supervision;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.LianbaoApplication;
import cn.weihai.lianbao.casefile.api.TrackStage;
import cn.weihai.lianbao.casefile.api.TrackStatus;
import cn.weihai.lianbao.deadline.Warning;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.UtilityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tallies (V180) against supervision_track itself: after concurrent upserts, replays, deletes, compaction and a
 * truncate, and the dashboard's and statistics' answers from them against plain SQL over supervision_track, for
 * every filter combination. Rows are synthetic tracks accepted in 1995–1996 (no other test's cases are that old),
 * removed again after each test; comparisons run in one REPEATABLE READ snapshot, so the projection writing other
 * tests' rows meanwhile cannot disturb them.
 */
class SupervisionTallyTest extends IntegrationTest {
    static final LocalDate FIRST = LocalDate.of(1995, 1, 1);
    static final int DAYS = 730;

    @Autowired
    SupervisionTable table;
    @Autowired
    SupervisionQueries queries;
    @Autowired
    StatisticsQueries statistics;
    @Autowired
    SupervisionTallyCompactor compactor;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    final String prefix = "TALLY-" + UUID.randomUUID().toString().substring(0, 8) + "-";

    final String caseNumber = "LB-1995-" + (100000 + new Random().nextInt(900000));

    @AfterEach
    void removeRows() {
        jdbc.update("DELETE FROM supervision_track WHERE case_number LIKE ? OR case_number LIKE ?", prefix + "%",
                caseNumber + "%");
    }

    @Test
    void aCaseNumberSearchFindsWhatThePlainSubstringSearchFinds() {
        Random random = new Random(7);
        SupervisedTrack the = tracks(caseNumber, random, 1).getFirst();
        SupervisedTrack longer = tracks(caseNumber + "7", random, 1).getFirst();
        SupervisedTrack mentioning = tracks(prefix + "mention", random, 1).getFirst();
        mentioning = new SupervisedTrack(mentioning.caseNumber(), mentioning.service(), null, mentioning.acceptedOn(),
                mentioning.channel(), mentioning.district(), "补办 " + caseNumber.toLowerCase() + " 的申请人", null, null,
                mentioning.status(), mentioning.stage(), 10, List.of(), mentioning.dueOn(), false, 3,
                mentioning.warning(), mentioning.endedOn(), mentioning.onTime(), 1, 1);
        table.save(List.of(the, longer, mentioning));
        for (String text : List.of(caseNumber, caseNumber.toLowerCase(), caseNumber.substring(3),
                caseNumber.substring(0, 11))) {
            var filter = SupervisionFilter.ALL.withText(text);
            assertThat(queries.page(filter, 0, 10)).extracting(SupervisedTrack::caseNumber).as(text)
                    .containsExactlyInAnyOrderElementsOf(jdbc.queryForList("SELECT case_number FROM supervision_track"
                            + " WHERE search_text LIKE ?", String.class, SqlWhere.containing(text)))
                    .contains(the.caseNumber(), longer.caseNumber(), mentioning.caseNumber());
            assertThat(queries.count(filter)).as(text).isEqualTo(count(
                    "SELECT count(*) FROM supervision_track WHERE search_text LIKE ?", SqlWhere.containing(text)));
        }
    }

    @Test
    void tallyEqualsTheTableAfterConcurrentUpsertsReplaysDeletesAndCompaction() throws Exception {
        int threads = 4;
        int casesPerThread = 150;
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        try {
            Future<?> compacting = pool.submit(() -> {
                while (writing.get()) {
                    compactor.compact();
                }
                return null;
            });
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                writers.add(pool.submit(() -> {
                    writeCases(thread, casesPerThread);
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
            writing.set(false);
            compacting.get();
        } finally {
            pool.shutdownNow();
        }
        long mine = count("SELECT count(*) FROM supervision_track WHERE case_number LIKE ?", prefix + "%");
        assertThat(mine).isGreaterThan(threads * casesPerThread);
        assertThat(tallied(FIRST, FIRST.plusDays(DAYS))).isEqualTo(counted(FIRST, FIRST.plusDays(DAYS)));
        assertTallyEqualsTable();

        jdbc.update("DELETE FROM supervision_track WHERE case_number LIKE ? AND service = 'WATER'", prefix + "%");
        assertTallyEqualsTable();
        compactor.compact();
        assertTallyEqualsTable();
        assertThat(count("SELECT count(*) FROM supervision_tally WHERE tracks = 0")).isZero();
    }

    /** The projection's way: batches of saves in one transaction, each case saved again with more events. */
    private void writeCases(int thread, int cases) {
        Random random = new Random(thread);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        for (int from = 0; from < cases; from += 25) {
            int first = from;
            for (int version = 1; version <= 3; version++) {
                int events = version;
                tx.executeWithoutResult(status -> {
                    for (int c = first; c < Math.min(cases, first + 25); c++) {
                        table.save(tracks(prefix + thread + "-" + c, random, events));
                        if (random.nextInt(4) == 0) {
                            table.save(tracks(prefix + thread + "-" + c, random, events)); // a replayed event
                        }
                    }
                });
            }
        }
    }

    @Test
    void truncateEmptiesTheTalliesAndRefillingOrARebuildFillsThemAgain() {
        writeCases(0, 40);
        transaction().executeWithoutResult(status -> {
            table.truncate();
            assertThat(count("SELECT count(*) FROM supervision_tally_all")).isZero();
            assertThat(count("SELECT count(*) FROM supervision_statistics_all")).isZero();
            assertThat(queries.count(SupervisionFilter.ALL)).isZero();
            writeCases(1, 40);
            assertTallyEqualsTable();
            status.setRollbackOnly(); // the other tests' rows stay
        });
        assertTallyEqualsTable();
        writeCases(2, 40);
        jdbc.execute("SELECT supervision_tally_rebuild()");
        assertThat(count("SELECT count(*) FROM supervision_tally_delta")).isZero();
        assertTallyEqualsTable();
    }

    @Test
    void dashboardCountsAndStatisticsEqualPlainSqlForEveryFilter() {
        writeCases(0, 120);
        writeCases(1, 120);
        transaction().executeWithoutResult(status -> {
            int filters = 0;
            for (LocalDate[] range : ranges()) {
                for (UtilityService service : Arrays.asList(null, UtilityService.WATER)) {
                    for (District district : Arrays.asList(null, District.WENDENG)) {
                        for (Channel channel : Arrays.asList(null, Channel.SHARED_HALL)) {
                            for (Warning warning : Arrays.asList(null, Warning.OVERDUE, Warning.NONE)) {
                                var filter = new SupervisionFilter(null, service, district, channel, warning,
                                        range[0], range[1]);
                                SqlWhere where = SupervisionQueries.where(filter);
                                assertThat(queries.counts(filter)).as(filter.toString())
                                        .isEqualTo(plainCounts(where));
                                assertThat(queries.count(filter)).as(filter.toString()).isEqualTo(
                                        (int) count("SELECT count(*) FROM supervision_track" + where.sql(),
                                                where.args().toArray()));
                                filters++;
                            }
                        }
                    }
                }
                for (District district : Arrays.asList(null, District.WENDENG)) {
                    var filter = new StatisticsFilter(range[0], range[1], district);
                    assertSame(statistics.byService(filter), plainPerformance("service", filter), filter);
                    assertSame(statistics.byDistrict(filter), plainPerformance("coalesce(district, '')", filter),
                            filter);
                    assertSame(statistics.byMonth(filter), plainPerformance("to_char(ended_on, 'YYYY-MM')", filter),
                            filter);
                    assertThat(statistics.overdueTrend(filter)).as(filter.toString())
                            .isEqualTo(plainOverdueTrend(filter));
                }
            }
            assertThat(filters).isEqualTo(ranges().size() * 24);
            // the 1995–1996 ranges do see this test's rows
            assertThat(queries.count(SupervisionFilter.ALL.withFrom(FIRST).withTo(FIRST.plusDays(DAYS))))
                    .isGreaterThan(240);
        });
    }

    private static List<LocalDate[]> ranges() {
        return List.of(
                new LocalDate[]{null, null},
                new LocalDate[]{LocalDate.of(1995, 3, 1), LocalDate.of(1995, 3, 31)},
                new LocalDate[]{LocalDate.of(1995, 3, 5), LocalDate.of(1995, 3, 10)},
                new LocalDate[]{LocalDate.of(1995, 3, 2), LocalDate.of(1995, 3, 30)},
                new LocalDate[]{LocalDate.of(1995, 2, 27), LocalDate.of(1995, 6, 3)},
                new LocalDate[]{LocalDate.of(1995, 1, 20), LocalDate.of(1996, 11, 11)},
                new LocalDate[]{LocalDate.of(1995, 7, 16), null},
                new LocalDate[]{LocalDate.of(1995, 7, 3), null},
                new LocalDate[]{null, LocalDate.of(1996, 2, 10)},
                new LocalDate[]{null, LocalDate.of(1996, 2, 27)},
                new LocalDate[]{LocalDate.of(1995, 9, 9), LocalDate.of(1995, 9, 9)},
                new LocalDate[]{LocalDate.of(1995, 9, 9), LocalDate.of(1995, 8, 9)});
    }

    /** 1–3 tracks of one case at its {@code events}-th event: later versions move on (connected, rejected, …). */
    private static List<SupervisedTrack> tracks(String caseNumber, Random random, int events) {
        int n = Math.abs(caseNumber.hashCode());
        LocalDate accepted = FIRST.plusDays(n % DAYS);
        Channel channel = Channel.values()[n % Channel.values().length];
        District district = n % 9 == 0 ? null : District.values()[n % District.values().length];
        List<SupervisedTrack> rows = new ArrayList<>();
        for (int s = 0; s <= n % 3; s++) {
            UtilityService service = UtilityService.values()[(n + s * 3) % UtilityService.values().length];
            TrackStatus status = events == 1 ? TrackStatus.ACCEPTED
                    : TrackStatus.values()[random.nextInt(TrackStatus.values().length)];
            boolean open = !status.isFinished();
            // some open tracks fall due around today: the overdue trend's current month
            LocalDate due = open && random.nextInt(3) == 0
                    ? LocalDate.now(LianbaoApplication.ZONE).plusDays(random.nextInt(41) - 20)
                    : accepted.plusDays(random.nextInt(60));
            Warning warning = open ? Warning.values()[random.nextInt(Warning.values().length)] : Warning.NONE;
            LocalDate ended = open ? null : accepted.plusDays(random.nextInt(60));
            Boolean onTime = status == TrackStatus.CONNECTED ? !ended.isAfter(due) : null;
            rows.add(new SupervisedTrack(caseNumber, service, null, accepted, channel, district, "甲" + n, null, null,
                    status, TrackStage.values()[0], 10, List.of(), due, false, 3, warning, ended, onTime,
                    random.nextInt(40), events));
        }
        return rows;
    }

    private void assertTallyEqualsTable() {
        transaction().executeWithoutResult(status -> {
            assertThat(count("""
                    SELECT count(*) FROM (
                        (SELECT service, district, channel, accepted_month, warning, phase, sum(tracks)
                         FROM supervision_tally_all GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(tracks) <> 0
                         EXCEPT ALL
                         SELECT service, coalesce(district, ''), channel, date_trunc('month', accepted_on)::date,
                                warning, CASE WHEN is_open THEN 'OPEN' WHEN status = 'CONNECTED' THEN 'CONNECTED'
                                ELSE 'ENDED' END, count(*)
                         FROM supervision_track GROUP BY 1, 2, 3, 4, 5, 6)
                        UNION ALL
                        (SELECT service, coalesce(district, ''), channel, date_trunc('month', accepted_on)::date,
                                warning, CASE WHEN is_open THEN 'OPEN' WHEN status = 'CONNECTED' THEN 'CONNECTED'
                                ELSE 'ENDED' END, count(*)
                         FROM supervision_track GROUP BY 1, 2, 3, 4, 5, 6
                         EXCEPT ALL
                         SELECT service, district, channel, accepted_month, warning, phase, sum(tracks)
                         FROM supervision_tally_all GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(tracks) <> 0)) d"""))
                    .as("dashboard tally rows differing from supervision_track").isZero();
            assertThat(count("""
                    SELECT count(*) FROM (
                        (SELECT service, district, accepted_month, phase, ended_month, due_on, sum(tracks),
                                sum(on_time), sum(late), sum(used_days)
                         FROM supervision_statistics_all GROUP BY 1, 2, 3, 4, 5, 6
                         HAVING sum(tracks) <> 0 OR sum(on_time) <> 0 OR sum(late) <> 0 OR sum(used_days) <> 0
                         EXCEPT ALL
                         SELECT CASE WHEN is_open THEN '' ELSE service END, coalesce(district, ''),
                                date_trunc('month', accepted_on)::date,
                                CASE WHEN is_open THEN 'OPEN' ELSE 'CONNECTED' END,
                                coalesce(date_trunc('month', ended_on)::date, 'infinity'),
                                CASE WHEN is_open THEN due_on ELSE date_trunc('month', due_on)::date END,
                                count(*), count(*) FILTER (WHERE on_time),
                                count(*) FILTER (WHERE NOT on_time),
                                sum(CASE WHEN is_open THEN 0 ELSE used_days END)
                         FROM supervision_track WHERE is_open OR status = 'CONNECTED' GROUP BY 1, 2, 3, 4, 5, 6)
                        UNION ALL
                        (SELECT CASE WHEN is_open THEN '' ELSE service END, coalesce(district, ''),
                                date_trunc('month', accepted_on)::date,
                                CASE WHEN is_open THEN 'OPEN' ELSE 'CONNECTED' END,
                                coalesce(date_trunc('month', ended_on)::date, 'infinity'),
                                CASE WHEN is_open THEN due_on ELSE date_trunc('month', due_on)::date END,
                                count(*), count(*) FILTER (WHERE on_time),
                                count(*) FILTER (WHERE NOT on_time),
                                sum(CASE WHEN is_open THEN 0 ELSE used_days END)
                         FROM supervision_track WHERE is_open OR status = 'CONNECTED' GROUP BY 1, 2, 3, 4, 5, 6
                         EXCEPT ALL
                         SELECT service, district, accepted_month, phase, ended_month, due_on, sum(tracks),
                                sum(on_time), sum(late), sum(used_days)
                         FROM supervision_statistics_all GROUP BY 1, 2, 3, 4, 5, 6
                         HAVING sum(tracks) <> 0 OR sum(on_time) <> 0 OR sum(late) <> 0 OR sum(used_days) <> 0)) d"""))
                    .as("statistics tally rows differing from supervision_track").isZero();
        });
    }

    private long tallied(LocalDate from, LocalDate to) {
        return count("SELECT coalesce(sum(tracks), 0) FROM supervision_tally_all WHERE accepted_month BETWEEN ? AND ?",
                from, to);
    }

    private long counted(LocalDate from, LocalDate to) {
        return count("SELECT count(*) FROM supervision_track WHERE accepted_on >= ? AND accepted_on < ?",
                from, YearMonth.from(to).plusMonths(1).atDay(1));
    }

    private SupervisionCounts plainCounts(SqlWhere where) {
        return jdbc.queryForObject("""
                SELECT count(*) FILTER (WHERE is_open) AS open,
                       count(*) FILTER (WHERE warning = 'DUE_SOON') AS due_soon,
                       count(*) FILTER (WHERE warning = 'OVERDUE') AS overdue,
                       count(*) FILTER (WHERE status = 'CONNECTED') AS completed
                FROM supervision_track""" + where.sql(),
                (rs, n) -> new SupervisionCounts(rs.getLong("open"), rs.getLong("due_soon"), rs.getLong("overdue"),
                        rs.getLong("completed")), where.args().toArray());
    }

    /** StatisticsQueries' SQL before the tally. */
    private List<Performance> plainPerformance(String group, StatisticsFilter filter) {
        SqlWhere where = scope(filter).and("status = 'CONNECTED'");
        return jdbc.query("SELECT " + group + " AS grp, count(*) AS connected,"
                        + " count(*) FILTER (WHERE on_time) AS on_time, avg(used_days) AS avg_days"
                        + " FROM supervision_track" + where.sql() + " GROUP BY 1 ORDER BY 1",
                (rs, n) -> new Performance(rs.getString("grp"), rs.getLong("connected"), rs.getLong("on_time"),
                        rs.getDouble("avg_days")), where.args().toArray());
    }

    private List<OverdueMonth> plainOverdueTrend(StatisticsFilter filter) {
        LocalDate today = LocalDate.now(LianbaoApplication.ZONE);
        SqlWhere where = scope(filter)
                .and("((status = 'CONNECTED' AND NOT on_time) OR (is_open AND due_on < ?))", today)
                .and("due_on < ?", YearMonth.from(today).plusMonths(1).atDay(1));
        return jdbc.query("SELECT to_char(due_on, 'YYYY-MM') AS month, count(*) AS overdue FROM supervision_track"
                        + where.sql() + " GROUP BY 1 ORDER BY 1",
                (rs, n) -> new OverdueMonth(YearMonth.parse(rs.getString("month")), rs.getLong("overdue")),
                where.args().toArray());
    }

    private static SqlWhere scope(StatisticsFilter f) {
        return new SqlWhere()
                .andIf(f.from() != null, "accepted_on >= ?", f.from())
                .andIf(f.to() != null, "accepted_on <= ?", f.to())
                .andIf(f.district() != null, "district = ?", f.district() == null ? null : f.district().name());
    }

    private static void assertSame(List<Performance> actual, List<Performance> expected, StatisticsFilter filter) {
        assertThat(actual).as(filter.toString()).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            Performance a = actual.get(i);
            Performance e = expected.get(i);
            assertThat(List.of(a.group() == null ? "" : a.group(), a.connected(), a.onTime()))
                    .as(filter.toString()).isEqualTo(List.of(e.group() == null ? "" : e.group(), e.connected(),
                            e.onTime()));
            assertThat(a.avgWorkingDays()).as(filter.toString()).isCloseTo(e.avgWorkingDays(),
                    org.assertj.core.api.Assertions.within(1e-9));
        }
    }

    private TransactionTemplate transaction() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        return tx;
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}
