package cn.weihai.lianbao.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextPairsTest {
    @Test
    void pairsOfNeighboursWithANonAsciiCharacterNoWhitespaceDistinct() {
        assertThat(TextPairs.of("LB-2026-1 海景置业", null, "A海景"))
                .containsExactly("海景", "景置", "置业", "a海");
    }

    @Test
    void aTextIsAPairWhenItIsTwoCharactersOneOfThemNonAscii() {
        assertThat(TextPairs.asPair("置业")).isEqualTo("置业");
        assertThat(TextPairs.asPair("A座")).isEqualTo("a座");
        assertThat(TextPairs.asPair("\uD83C\uDFE0房")).as("a character outside the BMP counts once")
                .isEqualTo("\uD83C\uDFE0房");
        assertThat(TextPairs.asPair("12")).as("ASCII pairs are not kept").isNull();
        assertThat(TextPairs.asPair("置")).isNull();
        assertThat(TextPairs.asPair("置业园")).isNull();
        assertThat(TextPairs.asPair("置 ")).isNull();
    }
}
