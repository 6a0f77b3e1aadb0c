package cn.weihai.lianbao.benchmark;

import java.util.Arrays;
import java.util.function.IntFunction;

/** Times one operation: a warm-up, then {@code samples} runs; prints p50/p95/p99 and the maximum in ms. */
final class Latencies {
    static final int SAMPLES = Integer.getInteger("benchmark.samples", 50);
    static final int WARM_UP = Integer.getInteger("benchmark.warmup", 5);

    private Latencies() {
    }

    /** {@code operation} gets the run's number, so it can rotate through sample data. */
    static double[] measure(IntFunction<?> operation) {
        for (int i = 0; i < WARM_UP; i++) {
            operation.apply(i);
        }
        double[] ms = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long t = System.nanoTime();
            operation.apply(WARM_UP + i);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static String summary(double[] sorted) {
        return "%8.1f %8.1f %8.1f %8.1f".formatted(percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), sorted[sorted.length - 1]);
    }

    static String header() {
        return "%8s %8s %8s %8s".formatted("p50 ms", "p95 ms", "p99 ms", "max ms");
    }
}
