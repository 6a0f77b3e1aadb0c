package cn.weihai.lianbao.search;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

class TextPairsTest {
    /** Two Chinese characters no other test's case is likely to hold (one pair in ~430 million). */
    public static String uniqueWord() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new String(new int[]{random.nextInt(0x4E00, 0x9FA6), random.nextInt(0x4E00, 0x9FA6)}, 0, 2);
    }

    @Test
    void aTwoCharacterWordWithAChineseCharacterIsAPair() {
        assertThat(TextPairs.pairOf("置业")).hasValue("置业");
        assertThat(TextPairs.pairOf(" 置业 ")).hasValue("置业");
        assertThat(TextPairs.pairOf("A栋")).hasValue("a栋");
        assertThat(TextPairs.pairOf("𠀀业")).as("a character beyond the BMP counts once").hasValue("𠀀业");
    }

    @Test
    void otherTextsAreNot() {
        assertThat(TextPairs.pairOf(null)).isEmpty();
        assertThat(TextPairs.pairOf("置")).isEmpty();
        assertThat(TextPairs.pairOf("海景置业")).isEmpty();
        assertThat(TextPairs.pairOf("12")).as("letters and digits only: every code has them").isEmpty();
        assertThat(TextPairs.pairOf("ab")).isEmpty();
        assertThat(TextPairs.pairOf("置 业")).isEmpty();
    }

    @Test
    void aCaseHasEachPairOfNeighbouringCharactersOnceWithTheFieldsItIsIn() {
        Map<String, Integer> pairs = TextPairs.of("海景置业", "海景 B座", "2026-海景", "海景路");

        assertThat(pairs).containsExactly(
                Map.entry("海景", TextPairs.NAMES | TextPairs.PROJECT_CODE | TextPairs.ADDRESS),
                Map.entry("景置", TextPairs.NAMES), Map.entry("置业", TextPairs.NAMES), Map.entry("b座", TextPairs.NAMES),
                Map.entry("-海", TextPairs.PROJECT_CODE), Map.entry("景路", TextPairs.ADDRESS));
        assertThat(TextPairs.of("ABC", null, null, "1号")).containsExactly(Map.entry("1号", TextPairs.ADDRESS));
    }
}
