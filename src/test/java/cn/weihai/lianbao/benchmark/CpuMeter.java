package cn.weihai.lianbao.benchmark;

import javax.sql.DataSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

/**
 * CPU time spent by this JVM and by the PostgreSQL server while a level ran, per operation. Unlike a rate, it hardly
 * moves when something else loads the machine, so two builds compare even on a busy one. The server's time is the
 * sum over the postmaster's processes in /proc, readable only when the server runs on this machine (embedded, or the
 * machine's own); otherwise only the JVM's is shown.
 */
record CpuMeter(long jvmAtStart, long serverAtStart, long postmaster) {
    private static final double NANOS_PER_TICK = 1e9 / 100; // USER_HZ is 100 on Linux

    static CpuMeter start(DataSource dataSource) {
        long postmaster = postmaster(dataSource);
        return new CpuMeter(jvmNanos(), serverTicks(postmaster), postmaster);
    }

    /** "JVM 0.41 + PostgreSQL 0.30 = 0.71 ms" of CPU per operation since the start. */
    String perOperation(long operations) {
        if (operations == 0) {
            return "-";
        }
        double jvm = (jvmNanos() - jvmAtStart) / 1e6 / operations;
        if (postmaster <= 0) {
            return "JVM %.3f ms".formatted(jvm);
        }
        double server = (serverTicks(postmaster) - serverAtStart) * NANOS_PER_TICK / 1e6 / operations;
        return "JVM %.3f + PostgreSQL %.3f = %.3f ms".formatted(jvm, server, jvm + server);
    }

    private static long jvmNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** The postmaster is the parent of the backend serving this connection. */
    private static long postmaster(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            String stat = Files.readString(Path.of("/proc", String.valueOf(rs.getInt(1)), "stat"));
            return Long.parseLong(fields(stat)[1]);
        } catch (SQLException | IOException | RuntimeException notLocal) {
            return -1;
        }
    }

    /** utime + stime of the postmaster and its live children, plus what its finished children used. */
    private static long serverTicks(long postmaster) {
        if (postmaster <= 0) {
            return 0;
        }
        long ticks = ticks(Path.of("/proc", String.valueOf(postmaster), "stat"), true);
        try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(postmaster), "task"))) {
            for (Path task : tasks.toList()) {
                String children;
                try {
                    children = Files.readString(task.resolve("children")).trim();
                } catch (IOException gone) {
                    continue;
                }
                for (String child : children.isEmpty() ? new String[0] : children.split("\\s+")) {
                    ticks += ticks(Path.of("/proc", child, "stat"), false);
                }
            }
        } catch (IOException e) {
            return ticks;
        }
        return ticks;
    }

    private static long ticks(Path stat, boolean withWaitedChildren) {
        try {
            String[] f = fields(Files.readString(stat));
            // after "pid (comm)": state is [0], ppid [1], … utime [11], stime [12], cutime [13], cstime [14]
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return withWaitedChildren ? ticks + Long.parseLong(f[13]) + Long.parseLong(f[14]) : ticks;
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    /** The fields after the command name, which may itself hold spaces and parentheses. */
    private static String[] fields(String stat) {
        return stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
    }
}
