package cn.weihai.lianbao.supervision;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the dashboard asks the indexes for, by the shape of the search text. */
class SupervisionWhereTest {
    @Test
    void aBuildersNameAsksTheIndexWithoutItsLegalFormAndChecksTheWholeName() {
        SqlWhere where = SupervisionQueries.where(SupervisionFilter.ALL.withText("海景置业有限公司"));
        assertThat(where.sql()).isEqualTo(" WHERE search_text LIKE ? AND (search_text || '') LIKE ?");
        assertThat(where.args()).containsExactly("%海景置业%", "%海景置业有限公司%");
    }

    @Test
    void aCaseNumberAsksTheIndexForItsNumber() {
        SqlWhere where = SupervisionQueries.where(SupervisionFilter.ALL.withText("LB-2026-000123"));
        assertThat(where.args()).containsExactly("%000123%", "%lb-2026-000123%");
    }

    @Test
    void otherTextsAskTheTrigramsAsTheyAre() {
        SqlWhere project = SupervisionQueries.where(SupervisionFilter.ALL.withText("海景花园"));
        assertThat(project.sql()).isEqualTo(" WHERE search_text LIKE ?");
        assertThat(project.args()).containsExactly("%海景花园%");
    }
}
