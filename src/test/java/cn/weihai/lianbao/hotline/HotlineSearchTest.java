package cn.weihai.lianbao.hotline;

import cn.weihai.lianbao.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** 12345 查询 on the real projection: every field a caller may name finds the case. */
class HotlineSearchTest extends IntegrationTest {
    @Autowired
    HotlineSearch search;
    @Autowired
    HotlineCases cases;
    @Autowired
    JdbcTemplate jdbc;

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private List<String> found(String text) {
        return search.find(text).stream().map(HotlineHit::caseNumber).toList();
    }

    @Test
    void findsACaseByEveryFieldACallerMayName() {
        String unique = unique();
        HotlineCases.Case c = cases.accept(unique);

        assertThat(found(c.phone())).containsExactly(c.caseNumber());
        assertThat(found(c.phone().substring(3))).contains(c.caseNumber()); // the last eight digits
        assertThat(found(c.creditCode())).containsExactly(c.caseNumber());
        assertThat(found(c.creditCode().substring(10).toLowerCase())).contains(c.caseNumber());
        assertThat(found(c.caseNumber())).containsExactly(c.caseNumber());
        assertThat(found(unique + "有限")).containsExactly(c.caseNumber()); // part of the applicant's name
        assertThat(found("热线测试" + unique + "有限公司")).containsExactly(c.caseNumber()); // the whole name
        assertThat(found("热线测试" + unique + "股份有限公司")).as("the legal form still counts").isEmpty();
        assertThat(found(unique + "综合楼")).containsExactly(c.caseNumber()); // part of the project's name
        assertThat(found("热线" + unique + "路")).containsExactly(c.caseNumber()); // part of the address
    }

    @Test
    void aNameWithItsLegalFormIsFoundInTheAddressToo() {
        String unique = unique();
        HotlineCases.Case c = cases.accept(unique(), "威海市" + unique + "置业有限公司职工宿舍");

        assertThat(found("威海市" + unique + "置业有限公司")).containsExactly(c.caseNumber());
        assertThat(found("威海市" + unique + "置业集团有限公司")).as("the whole text still counts").isEmpty();
    }

    @Test
    void partsOfThePhoneOtherThanItsEndDoNotMatchAndNeitherDoWildcards() {
        HotlineCases.Case c = cases.accept(unique());

        assertThat(found(c.phone().substring(0, 7))).doesNotContain(c.caseNumber());
        assertThat(found("%%")).isEmpty();
        assertThat(found("_")).isEmpty();
        assertThat(found(" ")).isEmpty();
    }

    @Test
    void aTextMatchingMoreThanAreCollectedIsFoundByWalkingNewestFirstAlike() {
        String unique = unique();
        HotlineCases.Case first = cases.accept(unique);
        HotlineCases.Case second = cases.accept(unique);
        HotlineSearch walking = new HotlineSearch(jdbc, 1);

        List<HotlineHit> collected = search.find(unique + "有限");
        assertThat(collected).extracting(HotlineHit::caseNumber)
                .containsExactlyInAnyOrder(first.caseNumber(), second.caseNumber());
        assertThat(walking.find(unique + "有限")).isEqualTo(collected);
        assertThat(walking.find(first.caseNumber())).extracting(HotlineHit::caseNumber)
                .containsExactly(first.caseNumber());
    }

    @Test
    void answersAtMostFiftyNewestFirst() {
        cases.accept(unique());
        List<HotlineHit> hits = search.find("热线测试");
        assertThat(hits).hasSizeLessThanOrEqualTo(HotlineSearch.LIMIT).isNotEmpty();
        for (int i = 1; i < hits.size(); i++) {
            assertThat(hits.get(i - 1).acceptedOn()).isAfterOrEqualTo(hits.get(i).acceptedOn());
        }
    }
}
