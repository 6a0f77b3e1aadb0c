package cn.weihai.lianbao.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** (d) heap used after a full GC, and the JVM's resident set (an embedded PostgreSQL is another process). */
final class MemoryFigures {
    private MemoryFigures() {
    }

    static void report(Consumer<String> report) throws Exception {
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        String rss = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("VmRSS")).findFirst().orElse("VmRSS: ?").replaceAll("\\s+", " ");
        report.accept("| (d) memory | heap used after GC / max | %,d MB / %,d MB |".formatted(heap >> 20,
                Runtime.getRuntime().maxMemory() >> 20));
        report.accept("| (d) memory | JVM resident set | %s |".formatted(rss.substring(rss.indexOf(':') + 2)));
    }
}
