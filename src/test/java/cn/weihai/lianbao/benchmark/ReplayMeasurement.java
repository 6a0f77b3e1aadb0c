package cn.weihai.lianbao.benchmark;

import cn.weihai.lianbao.platform.projection.ProjectionStatus;
import cn.weihai.lianbao.platform.projection.ProjectionStatus.State;
import cn.weihai.lianbao.platform.projection.Projections;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * (b) Projection replay beside the raw sequential read of the event table. Each resettable processor is rebuilt
 * from the start alone (the others idle), so its events/s is its own and not a share of two cores; then all of
 * them at once, the way an operator rebuilds after an upgrade. {@code -Dbenchmark.replay=each|together|both}.
 */
final class ReplayMeasurement {
    private static final Duration LIMIT = Duration.ofMinutes(180);

    private final Projections projections;
    private final DataSource dataSource;
    private final Consumer<String> report;

    ReplayMeasurement(Projections projections, DataSource dataSource, Consumer<String> report) {
        this.projections = projections;
        this.dataSource = dataSource;
        this.report = report;
    }

    /** {@code mode}: each (one processor at a time), together, both, or raw (the raw read only, no replay). */
    void run(String mode, List<String> only) throws Exception {
        double raw = rawRead();
        if (mode.equals("raw")) {
            return;
        }
        List<String> names = projections.all().stream().filter(ProjectionStatus::resettable)
                .map(ProjectionStatus::name).filter(n -> only.isEmpty() || only.contains(n)).toList();
        long head = projections.all().getFirst().head() + 1;
        if (!mode.equals("together")) {
            for (String name : names) {
                double s = replay(List.of(name)).get(name);
                report.accept("| (b) replay alone | %s | %,.0f events/s (%,d events in %.1f s; ratio to raw read %.3f) |"
                        .formatted(name, head / s, head, s, head / s / raw));
            }
        }
        if (!mode.equals("each")) {
            long started = System.nanoTime();
            Map<String, Double> done = replay(names);
            double all = (System.nanoTime() - started) / 1e9;
            done.forEach((name, s) -> report.accept(
                    "| (b) replay, all at once | %s | %,.0f events/s (%.0f s; ratio to raw read %.3f) |"
                            .formatted(name, head / s, s, head / s / raw)));
            report.accept(("| (b) replay, all at once | %d processors | %,.0f processed events/s in total (%.0f s) |")
                    .formatted(names.size(), head * names.size() / all, all));
        }
    }

    /** Rebuilds the processors at once; seconds until each is caught up again. */
    private Map<String, Double> replay(List<String> names) {
        long started = System.nanoTime();
        names.forEach(projections::rebuild);
        Map<String, Double> done = new LinkedHashMap<>();
        await("replay of " + names, () -> {
            for (String name : names) {
                ProjectionStatus status = projections.status(name);
                if (status.state() == State.ERROR) {
                    throw new IllegalStateException("processor " + name + " failed: " + status.error());
                }
                if (!done.containsKey(name) && status.state() == State.CAUGHT_UP) {
                    done.put(name, (System.nanoTime() - started) / 1e9);
                }
            }
            return done.size() == names.size();
        });
        return done;
    }

    /** The floor for a replay: reading the payloads in global order through JDBC, nothing else. */
    double rawRead() throws Exception {
        long started = System.nanoTime();
        long rows = 0;
        long bytes = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT globalIndex, payload FROM DomainEventEntry ORDER BY globalIndex")) {
                s.setFetchSize(1000);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        bytes += rs.getBytes(2).length;
                    }
                }
            }
            c.commit();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double rate = rows / seconds;
        report.accept(("| (b) raw read | SELECT payload … ORDER BY globalIndex, fetch 1000 | %,.0f events/s (%,d "
                + "events, %,d MB, %.1f s) |").formatted(rate, rows, bytes >> 20, seconds));
        return rate;
    }

    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out waiting for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
