package cn.weihai.lianbao.casefile.importing;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.shared.Channel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports a generated file of {@code -Dbenchmark.rows=N} historical cases (default 5,000; every third with its
 * water track connected) through the real path, on the tests' throw-away database, and prints how long checking
 * and importing took. Not a test (its name keeps it out of the build's test run): see the README.
 */
class ImportBenchmark extends IntegrationTest {
    @Autowired
    CaseImports imports;

    @Test
    void run() throws InterruptedException {
        int rows = Integer.parseInt(System.getProperty("benchmark.rows", "5000"));
        ImportFiles file = new ImportFiles();
        for (int i = 0; i < rows; i++) {
            Map<ImportColumn, String> row = ImportFiles.validRow(ImportFiles.daysAgo(200 - i % 150));
            if (i % 3 == 0) {
                row.put(ImportColumn.WATER_CONNECTED_ON, ImportFiles.daysAgo(190 - i % 150).toString());
            }
            file.row(row);
        }
        byte[] content = file.utf8();

        long started = System.nanoTime();
        ImportCheck check = imports.check("benchmark-" + UUID.randomUUID() + ".csv", content, CaseImportsTest.CLERK);
        double checkSeconds = (System.nanoTime() - started) / 1e9;
        assertThat(check.problems()).isEmpty();
        started = System.nanoTime();
        UUID id = imports.start(check, CaseImportsTest.CLERK, Channel.STAFF_WORKSPACE).orElseThrow();
        ImportBatch batch = imports.find(id).orElseThrow();
        Instant deadline = Instant.now().plus(Duration.ofHours(1));
        while (batch.status() == ImportStatus.RUNNING && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
            batch = imports.find(id).orElseThrow();
        }
        double importSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("import benchmark: %,d rows (%,d bytes): checked in %.1f s, imported in %.1f s "
                        + "(%.0f rows/s), status %s%n", rows, content.length, checkSeconds, importSeconds,
                rows / importSeconds, batch.status());
        assertThat(batch.status()).isEqualTo(ImportStatus.DONE);
        assertThat(batch.importedCount()).isEqualTo(rows);
    }
}
