package cn.weihai.lianbao.supervision;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LegalFormTest {
    @Test
    void theLegalFormsANameEndsWithAreLeftOutOfTheIndexedPart() {
        assertThat(SupervisionQueries.withoutLegalForm("威海海景祥和置业有限公司")).isEqualTo("威海海景祥和置业");
        assertThat(SupervisionQueries.withoutLegalForm("威海海景置业集团有限公司")).isEqualTo("威海海景置业");
        assertThat(SupervisionQueries.withoutLegalForm("华夏股份有限公司")).as("two characters would be left")
                .isEqualTo("华夏股份有限公司");
        assertThat(SupervisionQueries.withoutLegalForm("有限公司")).isEqualTo("有限公司");
        assertThat(SupervisionQueries.withoutLegalForm("海景花园二期")).isEqualTo("海景花园二期");
    }

    @Test
    void theWholeTextIsStillWhatMatches() {
        SqlWhere where = SupervisionQueries.where(SupervisionFilter.ALL.withText("海景置业有限公司"));
        assertThat(where.sql()).isEqualTo(" WHERE search_text LIKE ? AND (search_text || '') LIKE ?");
        assertThat(where.args()).containsExactly("%海景置业%", "%海景置业有限公司%");
    }
}
