package cn.weihai.lianbao.benchmark;

import cn.weihai.lianbao.casefile.CaseFileQueries;
import cn.weihai.lianbao.deadline.Warning;
import cn.weihai.lianbao.hotline.HotlineSearch;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.UtilityService;
import cn.weihai.lianbao.supervision.StatisticsFilter;
import cn.weihai.lianbao.supervision.StatisticsQueries;
import cn.weihai.lianbao.supervision.SupervisionFilter;
import cn.weihai.lianbao.supervision.SupervisionQueries;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * (c) p50/p95/p99 of the reads, on whatever data the database holds: the supervision dashboard's three queries
 * (tiles' counts, first page, row count) for each filter, the statistics, the case page (the case folded from its
 * events, as CaseView and GET /api/v1/applications/{caseNumber} do), the aggregate's load with and without a
 * snapshot (sampled cases and the longest ones), and the 12345 hotline search. Sample case numbers, names and
 * phones are picked from the database.
 * {@code -Dbenchmark.samples} (default 50) timed runs after {@code -Dbenchmark.warmup} (default 5).
 */
public class QueryLatencyBenchmark {
    private static final int PICKS = 200;

    private final ApplicationContext context;
    private final JdbcTemplate jdbc;
    private final SupervisionQueries dashboard;
    private final StatisticsQueries statistics;
    private final CaseFileQueries caseFiles;
    private final HotlineSearch hotline;
    private final Clock clock;

    public QueryLatencyBenchmark(ApplicationContext context) {
        this.context = context;
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.dashboard = context.getBean(SupervisionQueries.class);
        this.statistics = context.getBean(StatisticsQueries.class);
        this.caseFiles = context.getBean(CaseFileQueries.class);
        this.hotline = context.getBean(HotlineSearch.class);
        this.clock = context.getBean(Clock.class);
    }

    public void run(PrintStream out) {
        long cases = count("SELECT count(*) FROM case_summary");
        long tracks = count("SELECT count(*) FROM supervision_track");
        out.printf("== (c) query latency: %,d cases in case_summary, %,d rows in supervision_track, %d samples,"
                        + " supervision cache-ttl %s ==%n", cases, tracks, Latencies.SAMPLES,
                context.getEnvironment().getProperty("lianbao.supervision.cache-ttl", "0s"));
        dashboard(out);
        statistics(out);
        // cases with events (a read model filled by SQL alone has rows without any)
        List<String> numbers = jdbc.queryForList("SELECT case_number FROM case_summary WHERE event_count > 0"
                + " ORDER BY random() LIMIT " + PICKS, String.class);
        if (numbers.isEmpty()) {
            out.println("no cases: case page and hotline search skipped");
            return;
        }
        casePage(out, numbers);
        hotline(out, numbers);
    }

    /** Two neighbouring characters of {@code name}, from a position chosen by {@code i}. */
    static String twoCharacters(String name, int i) {
        int[] cps = name.codePoints().toArray();
        int at = cps.length < 2 ? 0 : Math.floorMod(i * 7919, cps.length - 1);
        return new String(cps, at, Math.min(2, cps.length - at));
    }

    private void dashboard(PrintStream out) {
        LocalDate today = LocalDate.now(clock);
        List<String> sampleNumbers = jdbc.queryForList(
                "SELECT case_number FROM supervision_track ORDER BY random() LIMIT 20", String.class);
        List<String> sampleNames = jdbc.queryForList(
                "SELECT applicant_name FROM supervision_track ORDER BY random() LIMIT 20", String.class);
        SupervisionFilter all = SupervisionFilter.ALL;
        Map<String, IntFunction<SupervisionFilter>> filters = new java.util.LinkedHashMap<>();
        filters.put("no filter", i -> all);
        filters.put("service", i -> all.withService(UtilityService.values()[i % UtilityService.values().length]));
        filters.put("district", i -> all.withDistrict(District.values()[i % District.values().length]));
        filters.put("channel", i -> all.withChannel(Channel.values()[i % Channel.values().length]));
        filters.put("warning OVERDUE", i -> all.withWarning(Warning.OVERDUE));
        filters.put("warning DUE_SOON", i -> all.withWarning(Warning.DUE_SOON));
        filters.put("accepted last 30 days", i -> all.withFrom(today.minusDays(30)).withTo(today));
        filters.put("accepted a year, 1 district", i -> all.withFrom(today.minusYears(1)).withTo(today)
                .withDistrict(District.values()[i % District.values().length]));
        filters.put("district+service+overdue", i -> all.withDistrict(District.values()[i % District.values().length])
                .withService(UtilityService.WATER).withWarning(Warning.OVERDUE));
        if (!sampleNumbers.isEmpty()) {
            filters.put("text: case number", i -> all.withText(sampleNumbers.get(i % sampleNumbers.size())));
            filters.put("text: applicant name", i -> all.withText(sampleNames.get(i % sampleNames.size())));
            // a word thousands of builders share: beyond the text-count limit, counted no further
            filters.put("text: a word (置业)", i -> all.withText("置业"));
            // two characters no trigram covers, in ~0.1 % of the names (鑫源 + 祥和); the dashboard takes no
            // single character (SupervisionView)
            filters.put("text: rare 2 chars (源祥)", i -> all.withText("源祥"));
            // any two neighbouring characters of a sampled builder's name ("景置", "有限", …), common and rare alike
            filters.put("text: 2 chars of a name",
                    i -> all.withText(twoCharacters(sampleNames.get(i % sampleNames.size()), i)));
            // a common word with narrow filters: the word's cases are walked until the filters' tracks are found
            filters.put("置业+district+service+overdue", i -> all.withText("置业")
                    .withDistrict(District.values()[i % District.values().length])
                    .withService(UtilityService.WATER).withWarning(Warning.OVERDUE));
        }
        out.printf("%-32s %-10s %s%n", "dashboard filter", "query", Latencies.header());
        filters.forEach((name, filter) -> {
            // the tiles and the number above the table, as the screen asks for them
            out.printf("%-32s %-10s %s%n", name, "totals",
                    Latencies.summary(Latencies.measure(i -> dashboard.totals(filter.apply(i)))));
            out.printf("%-32s %-10s %s%n", "", "page",
                    Latencies.summary(Latencies.measure(i -> dashboard.page(filter.apply(i), 0, 50))));
            out.printf("%-32s %-10s %s%n", "", "row count",
                    Latencies.summary(Latencies.measure(i -> dashboard.count(filter.apply(i)))));
        });
        out.printf("%-32s %-10s %s%n", "no filter, offset 10,000", "page",
                Latencies.summary(Latencies.measure(i -> dashboard.page(all, 10_000, 50))));
    }

    private void statistics(PrintStream out) {
        LocalDate today = LocalDate.now(clock);
        IntFunction<StatisticsFilter> everything = i -> StatisticsFilter.ALL;
        IntFunction<StatisticsFilter> yearDistrict = i -> new StatisticsFilter(today.minusYears(1), today,
                District.values()[i % District.values().length]);
        out.printf("%-32s %-10s %s%n", "statistics", "scope", Latencies.header());
        for (var scope : List.of(Map.entry("all", everything), Map.entry("1y+district", yearDistrict))) {
            IntFunction<StatisticsFilter> f = scope.getValue();
            out.printf("%-32s %-10s %s%n", "by service", scope.getKey(),
                    Latencies.summary(Latencies.measure(i -> statistics.byService(f.apply(i)))));
            out.printf("%-32s %-10s %s%n", "by district", scope.getKey(),
                    Latencies.summary(Latencies.measure(i -> statistics.byDistrict(f.apply(i)))));
            out.printf("%-32s %-10s %s%n", "by month", scope.getKey(),
                    Latencies.summary(Latencies.measure(i -> statistics.byMonth(f.apply(i)))));
            out.printf("%-32s %-10s %s%n", "overdue trend", scope.getKey(),
                    Latencies.summary(Latencies.measure(i -> statistics.overdueTrend(f.apply(i)))));
        }
    }

    @SuppressWarnings("rawtypes")
    private void casePage(PrintStream out, List<String> numbers) {
        Double events = jdbc.queryForObject("SELECT avg(event_count) FROM case_summary WHERE case_number = ANY(?)",
                Double.class, (Object) numbers.toArray(String[]::new));
        out.printf("%-32s %-10s %s   (sampled cases: %.1f events on average)%n", "case page", "",
                Latencies.header(), events == null ? 0 : events);
        out.printf("%-32s %-10s %s%n", "case page (fold from events)", "",
                Latencies.summary(Latencies.measure(i -> caseFiles.find(numbers.get(i % numbers.size())))));
        Repository repository = (Repository) context.getBean("combinedApplicationRepository");
        Snapshotter snapshotter = context.getBeanProvider(Snapshotter.class).getIfAvailable();
        List<String> longest = jdbc.queryForList("""
                SELECT aggregateIdentifier FROM DomainEventEntry WHERE type = 'CombinedApplication'
                GROUP BY aggregateIdentifier ORDER BY count(*) DESC LIMIT 20""", String.class);
        aggregateLoad(out, repository, snapshotter, "sampled", numbers.subList(0, Math.min(20, numbers.size())));
        aggregateLoad(out, repository, snapshotter, "longest", longest);
    }

    /**
     * The same cases loaded by the repository without any snapshot (their snapshots removed), then from a snapshot
     * taken at their last event; twice in turn, so that background work (projections catching up) weighs on both.
     * Snapshots are derived data: removing them is always safe; the last ones are left in place.
     */
    @SuppressWarnings("rawtypes")
    private void aggregateLoad(PrintStream out, Repository repository, Snapshotter snapshotter, String which,
                               List<String> cases) {
        String[] ids = cases.toArray(String[]::new);
        Double events = jdbc.queryForObject("""
                SELECT avg(n) FROM (SELECT count(*) AS n FROM DomainEventEntry WHERE aggregateIdentifier = ANY(?)
                GROUP BY aggregateIdentifier) c""", Double.class, (Object) ids);
        out.printf("aggregate load, %d %s cases, %.1f events on average%n", ids.length, which,
                events == null ? 0 : events);
        for (int round = 1; round <= 2; round++) {
            jdbc.update("DELETE FROM SnapshotEventEntry WHERE aggregateIdentifier = ANY(?)", (Object) ids);
            out.printf("%-32s %-10s %s%n", "aggregate load, no snapshot", which + " " + round,
                    Latencies.summary(Latencies.measure(i -> load(repository, ids[i % ids.length]))));
            if (snapshotter == null) {
                out.println("aggregate load with snapshot: no Snapshotter configured");
                return;
            }
            for (String id : ids) {
                var unitOfWork = DefaultUnitOfWork.startAndGet(null);
                unitOfWork.execute(() -> snapshotter.scheduleSnapshot(
                        cn.weihai.lianbao.casefile.CombinedApplication.class, id));
            }
            long stored = count("SELECT count(*) FROM SnapshotEventEntry WHERE aggregateIdentifier = ANY(?)",
                    (Object) ids);
            try {
                out.printf("%-32s %-10s %s   (%d of %d have a snapshot)%n", "aggregate load, snapshot",
                        which + " " + round, Latencies.summary(Latencies.measure(
                                i -> load(repository, ids[i % ids.length]))), stored, ids.length);
            } catch (RuntimeException unusable) {
                out.printf("aggregate load, snapshot: %d snapshots stored but not restorable: %s%n", stored,
                        unusable.getMessage());
                return;
            }
        }
    }

    @SuppressWarnings("rawtypes")
    private static Object load(Repository repository, String id) {
        var unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            return repository.load(id).invoke(a -> a);
        } finally {
            unitOfWork.rollback();
        }
    }

    private void hotline(PrintStream out, List<String> numbers) {
        List<Map<String, Object>> picks = jdbc.queryForList("""
                SELECT case_number, applicant_name, contact_phone, credit_code FROM case_summary
                WHERE case_number = ANY(?) AND contact_phone IS NOT NULL""", (Object) numbers.toArray(String[]::new));
        if (picks.isEmpty()) {
            out.println("hotline search: no sampled case has a phone, skipped");
            return;
        }
        out.printf("%-32s %-10s %s%n", "hotline search (12345)", "", Latencies.header());
        Map<String, IntFunction<String>> texts = new java.util.LinkedHashMap<>();
        texts.put("phone, last 4 digits", i -> tail(picks.get(i % picks.size()).get("contact_phone"), 4));
        texts.put("phone, last 6 digits", i -> tail(picks.get(i % picks.size()).get("contact_phone"), 6));
        texts.put("phone, whole", i -> (String) picks.get(i % picks.size()).get("contact_phone"));
        texts.put("case number", i -> (String) picks.get(i % picks.size()).get("case_number"));
        texts.put("applicant name", i -> (String) picks.get(i % picks.size()).get("applicant_name"));
        texts.put("credit code", i -> (String) picks.get(i % picks.size()).get("credit_code"));
        texts.put("2 chars, common (置业)", i -> "置业");
        texts.put("2 chars, rare (源祥)", i -> "源祥");
        texts.put("2 chars of a name",
                i -> twoCharacters((String) picks.get(i % picks.size()).get("applicant_name"), i));
        texts.forEach((name, text) -> out.printf("%-32s %-10s %s%n", name, "",
                Latencies.summary(Latencies.measure(i -> hotline.find(text.apply(i))))));
    }

    private static String tail(Object phone, int digits) {
        String p = String.valueOf(phone);
        return p.length() <= digits ? p : p.substring(p.length() - digits);
    }

    private long count(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n == null ? 0 : n;
    }
}
