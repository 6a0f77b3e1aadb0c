package cn.weihai.lianbao.benchmark;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.load.BulkLoader;
import cn.weihai.lianbao.platform.projection.ProjectionStatus;
import cn.weihai.lianbao.platform.projection.ProjectionStatus.State;
import cn.weihai.lianbao.platform.projection.Projections;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.util.Arrays;
import java.util.List;

/**
 * Development runner of (b) alone on the test profile's scratch database: bulk-loads {@code -Dbenchmark.cases}
 * (default 5,000) generated cases, waits for the projections, then replays each resettable processor
 * ({@code -Dbenchmark.processors=case-views,supervision-views} to choose) beside the raw read. Not a test (see its name).
 */
class ReplayBenchmark extends IntegrationTest {
    @Autowired BulkLoader loader;
    @Autowired Projections projections;
    @Autowired DataSource dataSource;

    @Test
    void run() throws Exception {
        int cases = Integer.getInteger("benchmark.cases", 5_000);
        BulkLoader.Result loaded = loader.load(Long.getLong("benchmark.seed", 1L), 0, cases, false);
        System.out.printf("REPORT loaded %,d cases, %,d events in %.1f s%n", loaded.cases(), loaded.events(),
                loaded.seconds());
        ReplayMeasurement.await("projections caught up", () -> projections.all().stream()
                .filter(p -> p.mode() != ProjectionStatus.Mode.SUBSCRIBING)
                .allMatch(p -> p.state() == State.CAUGHT_UP && (p.position() == null || p.position() >= p.head())));
        String only = System.getProperty("benchmark.processors", "");
        List<String> names = only.isBlank() ? List.of() : Arrays.asList(only.split(","));
        new ReplayMeasurement(projections, dataSource, line -> System.out.println("REPORT " + line))
                .run(System.getProperty("benchmark.replay", "each"), names);
    }
}
