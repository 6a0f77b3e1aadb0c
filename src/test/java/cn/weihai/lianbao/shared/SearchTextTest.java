package cn.weihai.lianbao.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTest {
    @Test
    void theLegalFormsANameEndsWithAreLeftOut() {
        assertThat(SearchText.withoutLegalForm("威海海景祥和置业有限公司")).isEqualTo("威海海景祥和置业");
        assertThat(SearchText.withoutLegalForm("威海海景置业集团有限公司")).isEqualTo("威海海景置业");
        assertThat(SearchText.withoutLegalForm("华夏股份有限公司")).as("two characters would be left")
                .isEqualTo("华夏股份有限公司");
        assertThat(SearchText.withoutLegalForm("有限公司")).isEqualTo("有限公司");
        assertThat(SearchText.withoutLegalForm("海景花园二期")).isEqualTo("海景花园二期");
    }

    @Test
    void aCaseNumbersNumberIsItsTail() {
        assertThat(SearchText.caseNumberTail("LB-2026-000123")).contains("000123");
        assertThat(SearchText.caseNumberTail("lb-2026-0001")).contains("0001");
        assertThat(SearchText.caseNumberTail("2026-000123")).contains("000123");
        assertThat(SearchText.caseNumberTail("LB-2026")).isEmpty();
        assertThat(SearchText.caseNumberTail("海景2026-000123")).isEmpty();
    }
}
