package cn.weihai.lianbao.benchmark;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.supervision.CaseGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Development runner of this package's command, query and overdue benchmarks on the test profile's scratch
 * embedded PostgreSQL (deleted after): generates {@code -Dbenchmark.generated} cases (default 300) through the
 * real commands, optionally {@code -Dbenchmark.fill} synthetic cases into the read models only (see
 * {@link ProjectionFill}), then runs the three ({@code -Dbenchmark.only=commands,queries,overdue}). Not a test (its name keeps it out of the build's test run); see README
 * "性能 / Performance". The full run on 100,000 / 1,000,000 cases is PerformanceBenchmark's.
 */
class CommandBenchmark extends IntegrationTest {
    @Autowired ApplicationContext context;
    @Autowired CaseGenerator generator;

    @Test
    void run() throws Exception {
        int generated = Integer.getInteger("benchmark.generated", 300);
        long t = System.nanoTime();
        generator.generate(generated, 700, 42);
        System.out.printf("generated %d cases through the commands in %.1f s%n", generated,
                (System.nanoTime() - t) / 1e9);
        int fill = Integer.getInteger("benchmark.fill", 0);
        if (fill > 0) {
            t = System.nanoTime();
            ProjectionFill.fill(context.getBean(org.springframework.jdbc.core.JdbcTemplate.class), fill);
            System.out.printf("filled the read models with %,d synthetic cases in %.1f s%n", fill,
                    (System.nanoTime() - t) / 1e9);
        }
        String only = System.getProperty("benchmark.only", "commands,queries,overdue");
        if (only.contains("commands")) {
            new CommandThroughputBenchmark(context).run(System.out);
        }
        if (only.contains("queries")) {
            new QueryLatencyBenchmark(context).run(System.out);
        }
        if (only.contains("overdue")) {
            new OverdueDelayBenchmark(context).run(System.out);
        }
        MemoryFigures.report(System.out::println);
    }
}
