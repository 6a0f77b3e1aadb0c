package cn.weihai.lianbao.benchmark;

import cn.weihai.lianbao.LianbaoApplication;
import cn.weihai.lianbao.load.BulkLoader;
import cn.weihai.lianbao.platform.projection.ProjectionStatus;
import cn.weihai.lianbao.platform.projection.ProjectionStatus.State;
import cn.weihai.lianbao.platform.projection.Projections;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import cn.weihai.lianbao.platform.projection.ReadModelProcessors;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The one performance run of issue 8, on one database: starts the real application (scratch embedded PostgreSQL,
 * or {@code -Dbenchmark.url=jdbc:postgresql://host:5432/db}), then (a) command throughput on the near-empty
 * database; bulk-loads up to 100,000 cases and lets the projections catch up; (c) query latencies; loads up to
 * {@code -Dbenchmark.cases} (default 1,000,000); (b) replays every resettable projection from the start beside a
 * raw sequential read of the event table; (c) again; (d) heap after GC and resident memory; (e) the delay from a
 * limit passing to its overdue event. Prints one markdown report (also written to target/benchmark-report.md).
 * {@code -Dbenchmark.data-dir=DIR} keeps the embedded cluster in DIR; {@code -Dbenchmark.existing=true} then measures
 * its data again without loading (see {@link #measureExisting}).
 * Not a test (the name keeps it out of the build); run it through Surefire, see README "性能 / Performance".
 */
class PerformanceBenchmark {
    @Test
    void run() throws Exception {
        main(new String[0]);
    }

    public static void main(String[] args) throws Exception {
        int cases = Integer.getInteger("benchmark.cases", 1_000_000);
        int first = Math.min(cases, Integer.getInteger("benchmark.first-cases", 100_000));
        long seed = Long.getLong("benchmark.seed", 1L);
        List<String> report = new ArrayList<>() {
            @Override
            public boolean add(String line) {
                System.out.println("REPORT " + line); // as it comes, so a run cut short still shows its figures
                return super.add(line);
            }
        };
        SpringApplication app = new SpringApplication(LianbaoApplication.class);
        Map<String, Object> props = new HashMap<>();
        props.put("server.port", "0");
        String url = System.getProperty("benchmark.url");
        if (url != null) {
            props.put("spring.datasource.url", url);
            props.put("spring.datasource.username", System.getProperty("benchmark.user", "postgres"));
            props.put("spring.datasource.password", System.getProperty("benchmark.password", ""));
        } else {
            // -Dbenchmark.data-dir keeps the embedded cluster, so a later run can measure the same data again
            props.put("lianbao.embedded-postgres.data-dir", System.getProperty("benchmark.data-dir", ""));
        }
        props.put("lianbao.materials.dir", "");
        if (Boolean.getBoolean("benchmark.unbatched")) {
            // the settings before issue 8's tuning, to measure the difference on the same machine
            for (String p : List.of(ReadModelProcessors.CASE_VIEWS, ReadModelProcessors.SUPERVISION_VIEWS)) {
                System.setProperty("axon.eventhandling.processors." + p + ".batch-size", "1");
                System.setProperty("axon.eventhandling.processors." + p + ".thread-count", "4");
            }
        }
        // as arguments: they must win over application.properties (default properties would not)
        String[] arguments = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        PrintStream out = System.out;
        try (ConfigurableApplicationContext ctx = app.run(arguments)) {
            report.add("# lianbao performance report");
            report.add("");
            report.add("cases: %,d (first stage %,d), seed %d, %s, database %s, %d cores, max heap %d MB".formatted(
                    cases, first, seed, Boolean.getBoolean("benchmark.unbatched") ? "UNBATCHED processors"
                            : "batched processors", url == null ? "scratch embedded PostgreSQL 17" : url,
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20));
            report.add("");
            if (Boolean.getBoolean("benchmark.existing")) {
                measureExisting(ctx, report, out);
                return;
            }
            out.println("== (a) commands per second on the near-empty database");
            new CommandThroughputBenchmark(ctx).run(out);

            BulkLoader loader = ctx.getBean(BulkLoader.class);
            Projections projections = ctx.getBean(Projections.class);
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            report.add("| stage | figure | value |");
            report.add("|---|---|---|");
            load(loader, projections, jdbc, seed, 0, first, report);
            out.println("== (c) query latencies at " + first + " cases");
            new QueryLatencyBenchmark(ctx).run(out);
            if (cases > first) {
                load(loader, projections, jdbc, seed, first, cases - first, report);
            }
            replay(ctx, projections, report);
            if (cases > first) {
                out.println("== (c) query latencies at " + cases + " cases");
                new QueryLatencyBenchmark(ctx).run(out);
            }
            MemoryFigures.report(report::add);
            out.println("== (e) delay from a limit passing to its overdue event");
            new OverdueDelayBenchmark(ctx).run(out);
            report.forEach(out::println);
            Files.writeString(Path.of("target", "benchmark-report.md"), String.join("\n", report) + "\n");
        }
    }

    /**
     * {@code -Dbenchmark.existing=true} with {@code -Dbenchmark.data-dir} or {@code -Dbenchmark.url}: no commands and
     * no load, only (c) and (d) on the data an earlier run left there (after this build's migrations and catch-up).
     */
    private static void measureExisting(ConfigurableApplicationContext ctx, List<String> report, PrintStream out)
            throws Exception {
        awaitCaughtUp(ctx.getBean(Projections.class));
        // a migration may have rewritten the read models: measured after their vacuum, as in steady operation, not
        // while autovacuum works through millions of dead rows
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        long started = System.nanoTime();
        jdbc.execute("VACUUM (ANALYZE) supervision_track, case_summary, case_text_pair");
        report.add(("| existing database | VACUUM (ANALYZE) supervision_track, case_summary, case_text_pair"
                + " | %.0f s |").formatted(
                (System.nanoTime() - started) / 1e9));
        out.println("== (c) query latencies on the existing database");
        new QueryLatencyBenchmark(ctx).run(out);
        MemoryFigures.report(report::add);
        report.forEach(out::println);
    }

    private static void load(BulkLoader loader, Projections projections, JdbcTemplate jdbc, long seed, long from,
                             int count, List<String> report) {
        long started = System.nanoTime();
        BulkLoader.Result r = loader.load(seed, from, count, false);
        String at = "load %,d→%,d cases".formatted(from, from + count);
        report.add("| %s | bulk load (COPY, chained) | %,d events in %.0f s = %,.0f events/s (%,.0f cases/s) |"
                .formatted(at, r.events(), r.seconds(), r.eventsPerSecond(), r.cases() / r.seconds()));
        awaitCaughtUp(projections);
        double caughtUp = (System.nanoTime() - started) / 1e9;
        report.add("| %s | load + projections caught up | %.0f s |".formatted(at, caughtUp));
        long dueStarted = System.nanoTime();
        await("clock checks of loaded cases run", () -> jdbc.queryForObject(
                "SELECT count(*) FROM scheduled_tasks WHERE execution_time <= now() - interval '2 seconds'",
                Long.class) == 0);
        report.add("| %s | %,d planned clock checks worked off (alerts raised) | %.0f s |".formatted(at,
                r.clockChecks(), (System.nanoTime() - dueStarted) / 1e9));
        awaitCaughtUp(projections);
        Long events = jdbc.queryForObject("SELECT count(*) FROM DomainEventEntry", Long.class);
        Long bytes = jdbc.queryForObject("SELECT pg_total_relation_size('domainevententry')", Long.class);
        report.add("| %s | event store | %,d events, %,d MB with indexes |".formatted(at, events, bytes >> 20));
    }

    /** (b): see {@link ReplayMeasurement}; {@code -Dbenchmark.replay=each|together|both|raw} (default each). */
    private static void replay(ConfigurableApplicationContext ctx, Projections projections, List<String> report)
            throws Exception {
        new ReplayMeasurement(projections, ctx.getBean(DataSource.class), report::add)
                .run(System.getProperty("benchmark.replay", "each"), List.of());
    }

    static void awaitCaughtUp(Projections projections) {
        await("projections caught up", () -> caughtUp(projections));
    }

    /** Every streaming processor has handled the last event (a failed one fails the benchmark). */
    private static boolean caughtUp(Projections projections) {
        List<ProjectionStatus> all = projections.all();
        all.stream().filter(p -> p.state() == State.ERROR).findFirst().ifPresent(p -> {
            throw new IllegalStateException("processor " + p.name() + " failed: " + p.error());
        });
        return all.stream().filter(p -> p.mode() != ProjectionStatus.Mode.SUBSCRIBING)
                .allMatch(p -> p.state() == State.CAUGHT_UP && (p.position() == null || p.position() >= p.head()));
    }

    private static void await(String what, BooleanSupplier condition) {
        ReplayMeasurement.await(what, condition);
    }
}
