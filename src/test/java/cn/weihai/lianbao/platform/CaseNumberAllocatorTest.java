package cn.weihai.lianbao.platform;

import cn.weihai.lianbao.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class CaseNumberAllocatorTest extends IntegrationTest {

    @Autowired
    CaseNumberAllocator allocator;

    @Test
    void numbersAreYearScopedAndZeroPadded() {
        // years far from "now" so other tests allocating for today do not interfere
        assertThat(allocator.allocate(LocalDate.of(2001, 1, 1))).isEqualTo("LB-2001-000001");
        assertThat(allocator.allocate(LocalDate.of(2001, 12, 31))).isEqualTo("LB-2001-000002");
        assertThat(allocator.allocate(LocalDate.of(2002, 6, 1))).isEqualTo("LB-2002-000001");
    }

    @Test
    void concurrentAllocationsNeverCollide() throws Exception {
        LocalDate acceptedOn = LocalDate.of(2003, 3, 2);
        Callable<List<String>> fiftyNumbers = () -> {
            List<String> numbers = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                numbers.add(allocator.allocate(acceptedOn));
            }
            return numbers;
        };
        List<Future<List<String>>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(fiftyNumbers));
            }
        }
        Set<String> all = new HashSet<>();
        for (Future<List<String>> result : results) {
            all.addAll(result.get());
        }
        assertThat(all).hasSize(400).allMatch(n -> n.matches("LB-2003-\\d{6}"));
        assertThat(all).contains("LB-2003-000001", "LB-2003-000400");
    }
}
