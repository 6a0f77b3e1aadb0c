package cn.weihai.lianbao.supervision;

import cn.weihai.lianbao.benchmark.ProjectionFill;
import cn.weihai.lianbao.calendar.CalendarService;
import cn.weihai.lianbao.deadline.Warning;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.UtilityService;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The dashboard's and the statistics' real queries at scale, on a scratch embedded PostgreSQL 17 (deleted after):
 * fills {@code supervision_track} with synthetic cases (generate_series, 1–3 tracks each), then times each query
 * (best and median of 5 runs after a warm-up) and prints the plans of the main ones. Not a test (its name keeps
 * it out of the build's test run): run it by hand through Surefire, see the README ("Supervision benchmark"), with
 * {@code -Dbenchmark.cases=N} (default 1,000,000).
 */
class SupervisionBenchmark {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void run() throws Exception {
        main(new String[]{System.getProperty("benchmark.cases", "1000000")});
    }

    static void main(String[] args) throws Exception {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            var dataSource = postgres.getPostgresDatabase();
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").outOfOrder(true).load()
                    .migrate();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            long started = System.nanoTime();
            fill(jdbc, cases);
            Integer rows = jdbc.queryForObject("SELECT count(*) FROM supervision_track", Integer.class);
            System.out.printf("filled %,d cases = %,d track rows in %.0f s (incl. indexes, VACUUM ANALYZE)%n",
                    cases, rows, (System.nanoTime() - started) / 1e9);
            Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
                    ZoneId.of("Asia/Shanghai"));
            var dashboard = new SupervisionQueries(jdbc, new CalendarService(), clock);
            var statistics = new StatisticsQueries(jdbc, clock);
            run(dashboard, statistics);
            explain(jdbc);
        }
    }

    /** Synthetic rows shaped like the projection's: older cases mostly connected, recent ones open. */
    private static void fill(JdbcTemplate jdbc, int cases) {
        jdbc.execute("ALTER TABLE supervision_track SET UNLOGGED");
        ProjectionFill.supervisionTracks(jdbc, cases, "'LB-' || (2025 + c % 2) || '-'");
        jdbc.execute("VACUUM ANALYZE supervision_track"); // as autovacuum leaves a settled table
    }

    private static void run(SupervisionQueries q, StatisticsQueries s) {
        var all = SupervisionFilter.ALL;
        LocalDate monthAgo = TODAY.minusDays(30);
        List<Object[]> cases = new ArrayList<>();
        cases.add(new Object[]{"dashboard, no filter", all});
        cases.add(new Object[]{"district", all.withDistrict(District.RUSHAN)});
        cases.add(new Object[]{"service", all.withService(UtilityService.GAS)});
        cases.add(new Object[]{"channel", all.withChannel(Channel.AISHANDONG_APP)});
        cases.add(new Object[]{"warning overdue", all.withWarning(Warning.OVERDUE)});
        cases.add(new Object[]{"accepted last 30 days", all.withFrom(monthAgo)});
        cases.add(new Object[]{"district+service+overdue", all.withDistrict(District.WENDENG)
                .withService(UtilityService.WATER).withWarning(Warning.OVERDUE)});
        cases.add(new Object[]{"search case number", all.withText("LB-2026-0543211")});
        cases.add(new Object[]{"search project", all.withText("项目77777号")});
        cases.add(new Object[]{"search applicant", all.withText("银滩旅游开发1234")});
        System.out.printf("%-28s %18s %18s %18s%n", "dashboard filter", "tiles (counts)", "first page (50)",
                "row count");
        for (Object[] c : cases) {
            SupervisionFilter f = (SupervisionFilter) c[1];
            System.out.printf("%-28s %18s %18s %18s%n", c[0], time(() -> q.counts(f)),
                    time(() -> q.page(f, 0, 50)), time(() -> q.count(f)));
        }
        System.out.printf("%-28s %18s%n", "page at offset 10,000", time(() -> q.page(all, 10_000, 50)));
        var everything = StatisticsFilter.ALL;
        var year = new StatisticsFilter(TODAY.minusYears(1), TODAY, District.HUANCUI);
        System.out.printf("%-28s %18s %18s%n", "statistics", "all cases", "1 year, 1 district");
        System.out.printf("%-28s %18s %18s%n", "by service", time(() -> s.byService(everything)),
                time(() -> s.byService(year)));
        System.out.printf("%-28s %18s %18s%n", "by district", time(() -> s.byDistrict(everything)),
                time(() -> s.byDistrict(year)));
        System.out.printf("%-28s %18s %18s%n", "by month", time(() -> s.byMonth(everything)),
                time(() -> s.byMonth(year)));
        System.out.printf("%-28s %18s %18s%n", "overdue trend", time(() -> s.overdueTrend(everything)),
                time(() -> s.overdueTrend(year)));
    }

    /** "best / median ms" of 5 runs after one warm-up. */
    private static String time(Supplier<?> query) {
        query.get();
        long[] ms = new long[5];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            query.get();
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        Arrays.sort(ms);
        return ms[0] + " / " + ms[2] + " ms";
    }

    private static void explain(JdbcTemplate jdbc) {
        for (SupervisionFilter f : List.of(SupervisionFilter.ALL.withWarning(Warning.OVERDUE),
                SupervisionFilter.ALL.withText("项目77777号"),
                SupervisionFilter.ALL.withDistrict(District.RUSHAN).withService(UtilityService.GAS))) {
            SqlWhere w = SupervisionQueries.where(f);
            List<Object> args = new ArrayList<>(w.args());
            System.out.println("\nEXPLAIN ANALYZE page, " + f);
            jdbc.queryForList("EXPLAIN (ANALYZE, BUFFERS OFF) SELECT * FROM supervision_track" + w.sql()
                            + " ORDER BY accepted_on DESC, case_number DESC, service LIMIT 50", String.class,
                    args.toArray()).forEach(line -> System.out.println("  " + line));
        }
    }

}
