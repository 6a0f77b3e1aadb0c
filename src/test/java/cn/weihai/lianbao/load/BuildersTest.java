package cn.weihai.lianbao.load;

import cn.weihai.lianbao.shared.CreditCode;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class BuildersTest {

    @Test
    void everyBuilderHasItsOwnNameAndAlwaysTheSameValidCreditCode() {
        Set<String> names = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (int id = 0; id < Builders.SMALL; id++) {
            Builders.Builder b = Builders.small(id);
            names.add(b.name());
            codes.add(b.creditCode());
        }
        for (int id = 0; id < Builders.LARGE; id++) {
            Builders.Builder b = Builders.large(id);
            assertThat(b.name()).endsWith("集团有限公司");
            names.add(b.name());
            codes.add(b.creditCode());
        }
        assertThat(names).hasSize(Builders.SMALL + Builders.LARGE);
        assertThat(codes).hasSizeGreaterThan((Builders.SMALL + Builders.LARGE) * 99 / 100);
        assertThat(Builders.small(4711)).isEqualTo(Builders.small(4711));
        assertThat(CreditCode.isValid(Builders.small(4711).creditCode())).isTrue();
        assertThat(CreditCode.isValid(Builders.large(7).creditCode())).isTrue();
    }

    @Test
    void groupsFileAboutThirtyPercentOfTheCases() {
        Random r = new Random(42);
        int large = 0;
        for (int i = 0; i < 20_000; i++) {
            if (Builders.pick(r).name().endsWith("集团有限公司")) {
                large++;
            }
        }
        assertThat(large).isBetween(5_600, 6_400);
    }
}
