package cn.weihai.lianbao.hotline.ui;

import cn.weihai.lianbao.UiTest;
import cn.weihai.lianbao.casefile.CaseFileQueries;
import cn.weihai.lianbao.casefile.ui.ApplicationFormLink;
import cn.weihai.lianbao.casefile.ui.CaseListView;
import cn.weihai.lianbao.casefile.ui.CaseView;
import cn.weihai.lianbao.hotline.HotlineCases;
import cn.weihai.lianbao.hotline.HotlineHit;
import cn.weihai.lianbao.supervision.order.OrderTestCases;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteParameters;
import cn.weihai.lianbao.shared.UtilityService;
import cn.weihai.lianbao.audit.ui.AuditView;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 12345 查询 and 案件追溯 as the hotline agent uses them. */
class HotlineViewTest extends UiTest {
    @Autowired
    HotlineCases cases;
    @Autowired
    OrderTestCases orderCases;
    @Autowired
    CaseFileQueries queries;

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static Section section(String id) {
        return _get(Section.class, spec -> spec.withId(id));
    }

    @Test
    void theAgentFindsACaseByPhoneSeesItMaskedAndOpensItsTrace() {
        HotlineCases.Case c = cases.accept(unique());
        signIn("hotline");
        UI.getCurrent().navigate(CaseListView.class);
        assertThat(_get(SideNavItem.class, spec -> spec.withId("nav-hotline")).getLabel()).isEqualTo("12345 查询");
        UI.getCurrent().navigate(HotlineView.class);
        HotlineView view = _get(HotlineView.class);

        _setValue(view.text, c.phone());
        _click(view.find);

        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        String row = String.join(" ", GridKt._getFormattedRow(view.grid, 0));
        assertThat(row).contains(c.caseNumber(), c.applicant(), c.phone().substring(0, 3) + "****"
                + c.phone().substring(7), c.project()).doesNotContain(c.phone()).doesNotContain(c.creditCode());
        assertThat(view.summary.getText()).isEqualTo("找到 1 件");

        GridKt._clickItem(view.grid, 0);
        assertThat(_get(H2.class, spec -> spec.withId("trace-case-number")).getText())
                .isEqualTo("案件追溯：" + c.caseNumber());
        String facts = section("trace-facts").getElement().getTextRecursively();
        assertThat(facts).contains(c.applicant(), "欧**明").doesNotContain(c.phone(), c.contact());
        assertThat(section("trace-tracks").getElement().getTextRecursively())
                .containsPattern("通信：已受理，截止 \\d{4}-\\d{2}-\\d{2}，剩余 \\d+ 个工作日");
        assertThat(section("trace-timeline").getElement().getTextRecursively()).contains("威海市政务服务中心");
    }

    @Test
    void aTooShortTextIsMarkedAndSearchesNothing() {
        signIn("hotline");
        UI.getCurrent().navigate(HotlineView.class);
        HotlineView view = _get(HotlineView.class);

        _setValue(view.text, "王");
        _click(view.find);

        assertThat(view.text.isInvalid()).isTrue();
        assertThat(view.text.getErrorMessage()).isEqualTo("请至少输入 2 个字");
        assertThat(GridKt._size(view.grid)).isZero();
    }

    @Test
    void theTraceTellsTheCallerWhatWasAnsweredToEarlierComplaints() {
        HotlineCases.Case c = cases.accept(unique());
        String ticket = cases.registerComplaint(c.caseNumber(), "GD-" + c.caseNumber());
        cases.forwardAndReply(ticket, UtilityService.TELECOM, "telecom", "已安排本周内上门踏勘");
        signIn("hotline");

        UI.getCurrent().navigate(TraceView.class, new RouteParameters(TraceView.CASE_NUMBER, c.caseNumber()));

        assertThat(section("trace-complaints").getElement().getTextRecursively())
                .contains("工单 " + ticket, "已转 通信", "答复：已安排本周内上门踏勘");
        assertThat(section("trace-timeline").getElement().getTextRecursively()).contains(ticket);
        _get(Button.class, spec -> spec.withId("case-register-complaint"));
    }

    @Test
    void theCaseAuditShowsTheComplaintFromRegistrationToClosingInLineWithTheCase() {
        HotlineCases.Case c = cases.accept(unique());
        String ticket = cases.registerComplaint(c.caseNumber(), "GD-" + c.caseNumber());
        cases.forwardAndReply(ticket, UtilityService.TELECOM, "telecom", "已安排本周内上门踏勘");
        cases.close(ticket);
        signIn("supervisor");

        UI.getCurrent().navigate(AuditView.class, new RouteParameters(AuditView.CASE_NUMBER, c.caseNumber()));

        Grid<?> grid = _get(Grid.class, spec -> spec.withId("audit-history-grid"));
        List<String> rows = java.util.stream.IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> String.join(" ", GridKt._getFormattedRow(grid, i))).toList();
        assertThat(rows).hasSize(5);
        assertThat(rows.getFirst()).contains("受理");
        assertThat(rows.subList(1, 5)).allSatisfy(row -> assertThat(row).contains(ticket));
        assertThat(rows.get(3)).contains("已安排本周内上门踏勘");
    }

    @Test
    void revealingAsksForTheTicketRecordsItOnTheCaseAndThenShowsTheData() {
        HotlineCases.Case c = cases.accept(unique());
        cases.registerComplaint(c.caseNumber(), "GD-" + c.caseNumber());
        signIn("hotline");
        UI.getCurrent().navigate(TraceView.class, new RouteParameters(TraceView.CASE_NUMBER, c.caseNumber()));

        _click(_get(Button.class, spec -> spec.withId("trace-reveal")));
        RevealDialog dialog = _get(RevealDialog.class);
        _setValue(dialog.reason, "核实来电人身份");
        _click(dialog.save);
        assertThat(dialog.ticket.isInvalid()).isTrue();
        assertThat(dialog.ticket.getErrorMessage()).isEqualTo("必填");
        assertThat(queries.history(c.caseNumber())).noneMatch(h -> h.type().equals("PersonalDataRevealed"));

        _setValue(dialog.ticket, "GD-" + c.caseNumber());
        _click(dialog.save);

        assertThat(queries.history(c.caseNumber())).anyMatch(h -> h.type().equals("PersonalDataRevealed"));
        assertThat(section("trace-facts").getElement().getTextRecursively())
                .contains(c.phone(), c.contact(), c.creditCode());
        assertThat(_find(Button.class, spec -> spec.withId("trace-reveal"))).isEmpty();
        assertThat(section("trace-timeline").getElement().getTextRecursively())
                .contains("为投诉工单 GD-" + c.caseNumber() + " 查看了申请人的完整个人信息 — 核实来电人身份");

        UI.getCurrent().navigate(CaseView.class, new RouteParameters(CaseView.CASE_NUMBER, c.caseNumber()));
        assertThat(section("case-applicant").getElement().getTextRecursively()).contains(c.phone());
    }

    @Test
    void theCasePageMasksPersonalDataForTheAgentOnly() {
        HotlineCases.Case c = cases.accept(unique());
        signIn("hotline");
        UI.getCurrent().navigate(CaseView.class, new RouteParameters(CaseView.CASE_NUMBER, c.caseNumber()));
        assertThat(section("case-applicant").getElement().getTextRecursively())
                .contains(c.applicant(), "欧**明").doesNotContain(c.phone(), c.contact());
        assertThat(_find(ApplicationFormLink.class)).isEmpty(); // the form would show them unmasked

        signIn("clerk");
        UI.getCurrent().navigate(CaseView.class, new RouteParameters(CaseView.CASE_NUMBER, c.caseNumber()));
        assertThat(section("case-applicant").getElement().getTextRecursively()).contains(c.phone(), c.contact());
        assertThat(_find(ApplicationFormLink.class)).hasSize(1);
    }

    @Test
    void aLateTrackNamesTheResponsibleOrganisation() {
        String caseNumber = orderCases.overdueTelecomCase(unique());
        signIn("supervisor");
        UI.getCurrent().navigate(TraceView.class, new RouteParameters(TraceView.CASE_NUMBER, caseNumber));

        assertThat(section("trace-tracks").getElement().getTextRecursively())
                .containsPattern("通信：已受理，截止 \\S+，已超期 \\d+ 个工作日，责任单位：威海市信息通信发展办公室");
        assertThat(_find(Button.class, spec -> spec.withId("trace-reveal"))).isEmpty(); // supervisors see all
    }

    @Test
    void utilityStaffCannotUseTheHotlinePages() {
        signIn("power");
        assertThatThrownBy(() -> UI.getCurrent().navigate(HotlineView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate(TraceView.class,
                new RouteParameters(TraceView.CASE_NUMBER, "WH-1")))
                .isInstanceOf(MockAccessDeniedException.class);
        UI.getCurrent().navigate(CaseListView.class);
        assertThat(_find(SideNavItem.class, spec -> spec.withId("nav-hotline"))).isEmpty();
    }

    @Test
    void anUnknownCaseNumberSaysSo() {
        signIn("hotline");
        UI.getCurrent().navigate(TraceView.class, new RouteParameters(TraceView.CASE_NUMBER, "WH-NONE-" + unique()));
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("trace-not-found")))
                .hasSize(1);
    }
}
