package cn.weihai.lianbao.benchmark;

import cn.weihai.lianbao.casefile.api.Applicant;
import cn.weihai.lianbao.casefile.api.Commands.AcceptApplication;
import cn.weihai.lianbao.casefile.api.Commands.RecordTrackStep;
import cn.weihai.lianbao.casefile.api.Project;
import cn.weihai.lianbao.casefile.api.ServiceSelection;
import cn.weihai.lianbao.casefile.api.TrackStep;
import cn.weihai.lianbao.identity.DemoAccounts;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import cn.weihai.lianbao.platform.projection.Projections;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.ConstructionType;
import cn.weihai.lianbao.shared.CreditCode;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.PowerCategory;
import cn.weihai.lianbao.shared.UtilityService;
import com.zaxxer.hikari.HikariDataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.context.ApplicationContext;

import javax.sql.DataSource;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * (a) Commands per second through the real command gateway, at concurrency 1, 2 and 8, beside the raw durable
 * baseline: one-row INSERT + COMMIT transactions through JDBC on the same connection pool, same concurrency.
 * The command mix is what the API causes for a case: a case number allocated and the application accepted (two
 * services), then every forward step of each track recorded (13 commands per case). Each level runs for
 * {@code -Dbenchmark.seconds} (default 10) after a short warm-up. Creates cases (LB-2026-…) and a scratch table
 * {@code benchmark_raw_insert} that it drops again.
 */
public class CommandThroughputBenchmark {
    /** The levels, {@code -Dbenchmark.concurrency} (default 1,2,8; the issue asks for these three). */
    static final int[] CONCURRENCY = java.util.Arrays.stream(System.getProperty("benchmark.concurrency", "1,2,8")
            .split(",")).map(String::trim).mapToInt(Integer::parseInt).toArray();
    private static final List<TrackStep> FORWARD = List.of(TrackStep.SURVEYED, TrackStep.PLAN_ISSUED,
            TrackStep.CONSTRUCTION_STARTED, TrackStep.CONSTRUCTION_FINISHED, TrackStep.ACCEPTANCE_PASSED,
            TrackStep.CONNECTED);
    private static final String PAYLOAD = "x".repeat(600); // about one serialized event

    private final CommandGateway commands;
    private final CaseNumberAllocator caseNumbers;
    private final DataSource dataSource;
    private final Clock clock;
    private final TransactionManager transactions;
    private final Duration duration = Duration.ofSeconds(Long.getLong("benchmark.seconds", 10));
    private final Duration warmUp = Duration.ofSeconds(Long.getLong("benchmark.warmup-seconds", 10));
    /** Diagnosis only: stops every event processor while the commands run, to see what the projections cost them. */
    private final boolean projectionsPaused = Boolean.getBoolean("benchmark.pause-projections");
    private final EventProcessingConfiguration processors;
    private final Projections projections;

    public CommandThroughputBenchmark(ApplicationContext context) {
        this.commands = context.getBean(CommandGateway.class);
        this.caseNumbers = context.getBean(CaseNumberAllocator.class);
        this.dataSource = context.getBean(DataSource.class);
        this.clock = context.getBean(Clock.class);
        this.transactions = context.getBean(TransactionManager.class);
        this.processors = context.getBean(EventProcessingConfiguration.class);
        this.projections = context.getBean(Projections.class);
    }

    public void run(PrintStream out) {
        out.println("== (a) command throughput vs raw JDBC baseline (" + duration.toSeconds() + " s per level, pool "
                + poolSize() + ", Axon transactions: " + transactions.getClass().getSimpleName() + ") ==");
        if (projectionsPaused) {
            out.println("every event processor stopped while the commands run (-Dbenchmark.pause-projections)");
        }
        out.println("PostgreSQL fsync=" + setting("fsync") + ", synchronous_commit=" + setting("synchronous_commit"));
        createScratchTable();
        try {
            throughput(1, warmUp, this::oneCase); // JIT (3 s left it compiling through the concurrency-1 level), pool
            throughput(1, Duration.ofSeconds(2), this::rawInserts);
            out.printf("%-12s %14s %14s %8s %16s%n", "concurrency", "commands/s", "raw inserts/s", "ratio",
                    "ms per command");
            List<String> cpuUse = new ArrayList<>();
            awaitProjections();
            CpuMeter idle = CpuMeter.start(dataSource);
            sleep(Duration.ofSeconds(5));
            cpuUse.add("idle         per second: " + idle.perOperation(5) + " (background work with no commands)");
            for (int threads : CONCURRENCY) {
                StatementCount statements = StatementCount.start(dataSource);
                CpuMeter commandCpu = CpuMeter.start(dataSource);
                AtomicLong commandsSent = new AtomicLong();
                if (projectionsPaused) {
                    processors.eventProcessors().values().forEach(EventProcessor::shutDown);
                }
                double commandRate;
                try {
                    commandRate = throughput(threads, duration, (t, i) -> {
                        int sent = oneCase(t, i);
                        commandsSent.addAndGet(sent);
                        return sent;
                    });
                } finally {
                    if (projectionsPaused) {
                        processors.eventProcessors().values().forEach(EventProcessor::start);
                    }
                }
                double callerCpu = callerCpuNanos.get() / 1e6 / Math.max(1, commandsSent.get());
                double lag = awaitProjections();
                String commandCpuUse = commandCpu.perOperation(commandsSent.get());
                statements.report(out, threads, commandsSent.get());
                CpuMeter rawCpu = CpuMeter.start(dataSource);
                AtomicLong rawDone = new AtomicLong();
                double rawRate = throughput(threads, duration, (t, i) -> {
                    int done = rawInserts(t, i);
                    rawDone.addAndGet(done);
                    return done;
                });
                out.printf("%-12d %14.1f %14.1f %8.2f %16.1f%n", threads, commandRate, rawRate,
                        commandRate / rawRate, threads * 1000.0 / commandRate);
                cpuUse.add(("%-12d command with its projections: %s (of which the calling thread %.3f ms; projections"
                        + " done %.1f s after the last command);").formatted(threads, commandCpuUse, callerCpu, lag)
                        + " raw insert: " + rawCpu.perOperation(rawDone.get()));
            }
            out.println("CPU per operation (JVM, and the PostgreSQL server when it runs on this machine):");
            cpuUse.forEach(out::println);
        } finally {
            dropScratchTable();
        }
    }

    /**
     * Statements per command while one level ran, from pg_stat_statements when the database has it loaded (an
     * external PostgreSQL with {@code shared_preload_libraries=pg_stat_statements} and the extension created): all
     * sessions, so the projections' statements for the same events are counted too, apart from the command's own.
     */
    private record StatementCount(DataSource dataSource, boolean available) {
        /** Tables only the commands' transactions write or lock; everything else there is the projections' work. */
        private static final String COMMAND_SIDE = "(domainevententry|snapshotevententry|event_chain_head|"
                + "scheduled_tasks|planned_deadline|case_number_counter)";

        static StatementCount start(DataSource dataSource) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("SELECT pg_stat_statements_reset()");
                return new StatementCount(dataSource, true);
            } catch (SQLException notLoaded) {
                return new StatementCount(dataSource, false);
            }
        }

        void report(PrintStream out, int threads, long commands) {
            if (!available || commands == 0) {
                return;
            }
            String sql = """
                    SELECT regexp_replace(query, '\\s+', ' ', 'g') AS query, calls, mean_exec_time FROM pg_stat_statements
                    WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
                      AND query !~* '^(BEGIN|COMMIT|ROLLBACK|SELECT pg_stat_statements_reset)'
                      AND query !~* 'benchmark_raw_insert'
                    ORDER BY calls DESC""";
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                 var rs = s.executeQuery(sql)) {
                double commandSide = 0;
                double all = 0;
                List<String> top = new ArrayList<>();
                while (rs.next()) {
                    String query = rs.getString(1);
                    double perCommand = rs.getLong(2) / (double) commands;
                    all += perCommand;
                    boolean command = query.toLowerCase().matches("(?s).*\\b" + COMMAND_SIDE + "\\b.*")
                            && !query.matches("(?s).*\\bglobalIndex\\s*>.*") && !query.contains("min(globalIndex)")
                            && !query.matches("(?is).*where picked = .*"); // db-scheduler's polling
                    if (command) {
                        commandSide += perCommand;
                    }
                    if (perCommand >= 0.05) {
                        top.add("    %6.2f %s %6.3f ms %s".formatted(perCommand, command ? "C" : "P", rs.getDouble(3),
                                query.substring(0, Math.min(110, query.length()))));
                    }
                }
                out.printf("statements per command at concurrency %d (%d commands): %.1f in all, %.1f on the command"
                        + " side (C), the rest projections and polling (P):%n", threads, commands, all, commandSide);
                top.forEach(out::println);
            } catch (SQLException e) {
                out.println("pg_stat_statements unreadable: " + e.getMessage());
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until every streaming processor has handled the last event; seconds waited. */
    private double awaitProjections() {
        long start = System.nanoTime();
        PerformanceBenchmark.awaitCaughtUp(projections);
        return (System.nanoTime() - start) / 1e9;
    }

    private String poolSize() {
        return dataSource instanceof HikariDataSource h ? String.valueOf(h.getMaximumPoolSize()) : "?";
    }

    private interface Work {
        /** Does a unit of work, returns how many commands or transactions it made. */
        int run(int thread, long iteration) throws Exception;
    }

    /** Runs {@code work} on {@code threads} threads until the time is up; operations per second. */
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    /** CPU the calling threads themselves used in the last {@link #throughput} (the command's own path). */
    private static final AtomicLong callerCpuNanos = new AtomicLong();

    private static double throughput(int threads, Duration duration, Work work) {
        callerCpuNanos.set(0);
        AtomicLong done = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            workers.add(Thread.ofPlatform().start(() -> {
                try {
                    long cpuAtStart = THREADS.getCurrentThreadCpuTime();
                    for (long i = 0; System.nanoTime() < end; i++) {
                        done.addAndGet(work.run(thread, i));
                    }
                    callerCpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpuAtStart);
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        for (Thread w : workers) {
            try {
                w.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("benchmark work failed", failures.getFirst());
        }
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    /** What the API causes for one case: allocate + accept, then each track's forward steps. */
    private int oneCase(int thread, long iteration) {
        LocalDate today = LocalDate.now(clock);
        String number = caseNumbers.allocate(today);
        District district = District.values()[(int) (iteration % District.values().length)];
        commands.sendAndWait(new AcceptApplication(number, today, Channel.PROJECT_APPROVAL_SYSTEM,
                new Applicant("威海压测" + thread + "有限公司", CreditCode.complete("91371000MA3BENCH" + (thread % 10)),
                        "王经理", "1390631%04d".formatted(iteration % 10_000)),
                new Project("压测项目" + iteration, "BENCH-" + number, "环翠区压测路" + thread + "号", district,
                        ConstructionType.NEW),
                List.of(ServiceSelection.of(UtilityService.WATER),
                        new ServiceSelection(UtilityService.POWER, false, PowerCategory.values()[0])),
                DemoAccounts.clerk()));
        int sent = 1;
        for (TrackStep step : FORWARD) {
            for (UtilityService service : List.of(UtilityService.WATER, UtilityService.POWER)) {
                commands.sendAndWait(new RecordTrackStep(number, service, step, today, null,
                        DemoAccounts.utilityStaff(service), Channel.STAFF_WORKSPACE));
                sent++;
            }
        }
        return sent;
    }

    private int rawInserts(int thread, long iteration) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO benchmark_raw_insert (thread, payload) VALUES (?, ?)")) {
                insert.setInt(1, thread);
                insert.setString(2, PAYLOAD);
                insert.executeUpdate();
            }
            c.commit();
            c.setAutoCommit(true);
        }
        return 1;
    }

    private String setting(String name) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("SHOW " + name)) {
            return rs.next() ? rs.getString(1) : "?";
        } catch (SQLException e) {
            return "?";
        }
    }

    private void createScratchTable() {
        sql("CREATE TABLE IF NOT EXISTS benchmark_raw_insert (id BIGSERIAL PRIMARY KEY, thread INT NOT NULL,"
                + " payload TEXT NOT NULL, at TIMESTAMPTZ NOT NULL DEFAULT now())");
    }

    private void dropScratchTable() {
        sql("DROP TABLE IF EXISTS benchmark_raw_insert");
    }

    private void sql(String statement) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }
}
