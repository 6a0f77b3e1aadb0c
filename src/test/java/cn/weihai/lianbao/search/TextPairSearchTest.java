package cn.weihai.lianbao.search;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.LianbaoApplication;
import cn.weihai.lianbao.casefile.list.CaseFilter;
import cn.weihai.lianbao.casefile.list.CaseSummary;
import cn.weihai.lianbao.casefile.list.CaseSummaryQueries;
import cn.weihai.lianbao.casefile.queue.QueueFilter;
import cn.weihai.lianbao.casefile.queue.WorkQueueQueries;
import cn.weihai.lianbao.deadline.Warning;
import cn.weihai.lianbao.hotline.HotlineCases;
import cn.weihai.lianbao.hotline.HotlineHit;
import cn.weihai.lianbao.hotline.HotlineSearch;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.UtilityService;
import cn.weihai.lianbao.supervision.SupervisionCases;
import cn.weihai.lianbao.supervision.SupervisedTrack;
import cn.weihai.lianbao.supervision.SupervisionCounts;
import cn.weihai.lianbao.supervision.SupervisionFilter;
import cn.weihai.lianbao.supervision.SupervisionQueries;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static cn.weihai.lianbao.casefile.TestCases.await;
import static org.assertj.core.api.Assertions.assertThat;

/** Two-character words, on the dashboard and in the 12345 search, through the cases' pairs (real cases, PostgreSQL). */
class TextPairSearchTest extends IntegrationTest {
    @Autowired
    HotlineCases cases;
    @Autowired
    HotlineSearch hotline;
    @Autowired
    SupervisionQueries supervision;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommandGateway commands;
    @Autowired
    CaseNumberAllocator caseNumbers;
    @Autowired
    CaseSummaryQueries caseList;
    @Autowired
    WorkQueueQueries queue;

    final LocalDate today = LocalDate.now(LianbaoApplication.ZONE);

    private List<String> hotlineFinds(String text) {
        return hotline.find(text).stream().map(HotlineHit::caseNumber).toList();
    }

    private List<String> dashboardFinds(SupervisionFilter filter) {
        return supervision.page(filter, 0, 5_000).stream().map(SupervisedTrack::caseNumber).toList();
    }

    @Test
    void aWordFindsItsCasesNewestFirstAndTheDashboardLeavesAddressesOut() {
        String word = TextPairsTest.uniqueWord();
        HotlineCases.Case inNames = cases.accept(word);
        HotlineCases.Case inAddress = cases.accept(unique(), "威海市环翠区" + word + "路1号");

        await("both cases' pairs", () -> hotlineFinds(word).size() == 2);
        assertThat(hotlineFinds(word)).as("newest first").containsExactly(inAddress.caseNumber(), inNames.caseNumber());

        SupervisionFilter byWord = SupervisionFilter.ALL.withText(word);
        await("the case's track on the dashboard", () -> supervision.count(byWord) == 1);
        assertThat(dashboardFinds(byWord)).as("the dashboard does not search addresses")
                .containsExactly(inNames.caseNumber());
        assertThat(supervision.totals(byWord)).isEqualTo(
                new SupervisionQueries.Totals(new SupervisionCounts(1, 0, 0, 0), 1, true));
        assertThat(supervision.counts(byWord)).isEqualTo(new SupervisionCounts(1, 0, 0, 0));
        assertThat(dashboardFinds(byWord.withService(UtilityService.TELECOM))).hasSize(1);
        assertThat(dashboardFinds(byWord.withService(UtilityService.POWER))).isEmpty();
        assertThat(dashboardFinds(byWord.withFrom(today).withTo(today))).hasSize(1);
        assertThat(dashboardFinds(byWord.withFrom(today.plusDays(1)))).isEmpty();
        assertThat(dashboardFinds(byWord.withTo(today.minusDays(1)))).isEmpty();
        await("the case on the clerk's list", () -> caseList.count(CaseFilter.ALL.withText(word)) == 1);
        assertThat(caseList.page(CaseFilter.ALL.withText(word), 0, 10, List.of())).extracting(CaseSummary::caseNumber)
                .as("the case list does not search addresses").containsExactly(inNames.caseNumber());
        await("the case in the telecom queue",
                () -> queue.count(QueueFilter.of(UtilityService.TELECOM).withText(word)) == 1);
        assertThat(queue.count(QueueFilter.of(UtilityService.POWER).withText(word))).isZero();
        String reversed = new StringBuilder(word).reverse().toString();
        assertThat(hotlineFinds(reversed)).as("the characters in the other order").isEmpty();
    }

    @Test
    void aWordWithAWarningFindsTheTracksSoMarked() {
        String word = TextPairsTest.uniqueWord();
        var supervisionCases = new SupervisionCases(commands, caseNumbers);
        String overdue = supervisionCases.accept(word, "超期", today.minusDays(30), District.WENDENG,
                Channel.SHARED_HALL, UtilityService.TELECOM);
        String fresh = supervisionCases.accept(word, "新件", today, District.WENDENG, Channel.SHARED_HALL,
                UtilityService.TELECOM);
        SupervisionFilter byWord = SupervisionFilter.ALL.withText(word);

        await("the overdue track marked", () -> supervision.count(byWord.withWarning(Warning.OVERDUE)) == 1);
        assertThat(dashboardFinds(byWord)).containsExactly(fresh, overdue);
        assertThat(dashboardFinds(byWord.withWarning(Warning.OVERDUE))).containsExactly(overdue);
        assertThat(supervision.totals(byWord.withWarning(Warning.OVERDUE))).isEqualTo(
                new SupervisionQueries.Totals(new SupervisionCounts(1, 0, 1, 0), 1, true));
        assertThat(dashboardFinds(byWord.withWarning(Warning.DUE_SOON))).isEmpty();
        assertThat(dashboardFinds(byWord.withWarning(Warning.NONE))).containsExactly(fresh);
        assertThat(dashboardFinds(byWord.withWarning(Warning.OVERDUE).withDistrict(District.HUANCUI))).isEmpty();
    }

    @Test
    void aCaseIsFoundByExactlyThePairsItsTextsHold() {
        String unique = unique();
        HotlineCases.Case c = cases.accept(unique);
        await("the case's pairs", () -> hotlineFinds("热线").contains(c.caseNumber()));
        await("the case's track", () -> supervision.count(SupervisionFilter.ALL.withText(c.caseNumber())) == 1);
        assertThat(jdbc.queryForList("SELECT pair FROM case_text_pair WHERE case_number = ?", String.class,
                c.caseNumber())).as("written once, when accepted").containsExactlyInAnyOrderElementsOf(
                TextPairs.of(c.applicant(), c.project(), "2025-371002-70-09-", c.address()).keySet());
        String dashboardText = (c.applicant() + " " + c.project()).toLowerCase(Locale.ROOT);
        String hotlineText = (c.applicant() + " " + c.project() + " " + c.address()).toLowerCase(Locale.ROOT);
        // every pair of the texts, plus pairs of their characters they do not hold
        for (String pair : List.of("热线", "线测", "测试", "公司", "有限", "合楼", "项目", "海市", "翠区", "8号",
                "试" + unique.charAt(0), "限热", "目热", "司综")) {
            SupervisionFilter filter = SupervisionFilter.ALL.withText(pair).withFrom(today);
            assertThat(dashboardFinds(filter).contains(c.caseNumber())).as("dashboard, " + pair)
                    .isEqualTo(dashboardText.contains(pair));
            assertThat(hotlineFinds(pair).contains(c.caseNumber())).as("12345, " + pair)
                    .isEqualTo(hotlineText.contains(pair));
        }
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
