package cn.weihai.lianbao.approval.ui;

import cn.weihai.lianbao.UiTest;
import cn.weihai.lianbao.approval.ApprovalCases;
import cn.weihai.lianbao.approval.ApprovalQueueItem;
import cn.weihai.lianbao.approval.ApprovalQueueQueries;
import cn.weihai.lianbao.casefile.api.Department;
import cn.weihai.lianbao.casefile.ui.CaseView;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static cn.weihai.lianbao.approval.ApprovalCases.prepareAndSubmit;
import static cn.weihai.lianbao.approval.ApprovalCases.today;
import static cn.weihai.lianbao.casefile.TestCases.await;
import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** 待审批: a department's queue, its opinion dialog, what was decided, and the supervisors' view of all. */
class ApprovalQueueScreenTest extends UiTest {
    @Autowired
    CommandGateway commands;
    @Autowired
    CaseNumberAllocator caseNumbers;
    @Autowired
    ApprovalQueueQueries queries;

    @Test
    void staffSeeTheirOwnDepartmentsQueueAndAnOpinionTakesTheRowOut() {
        String unique = ApprovalCases.unique();
        String caseNumber = ApprovalCases.accept(commands, caseNumbers, 10, unique);
        prepareAndSubmit(commands, caseNumber, today().minusDays(2), Department.TRAFFIC_POLICE,
                Department.NATURAL_RESOURCES_PLANNING);
        await("asked", () -> queries.isPending(caseNumber, 1, Department.TRAFFIC_POLICE)
                && queries.isPending(caseNumber, 1, Department.NATURAL_RESOURCES_PLANNING));

        signIn("police");
        UI.getCurrent().navigate(ApprovalQueueView.class);
        assertThat(_get(SideNavItem.class, spec -> spec.withId("nav-approvals")).getLabel()).isEqualTo("待审批");
        ApprovalQueueView view = _get(ApprovalQueueView.class);
        assertThat(get_textRecursively(view)).contains("市公安局交警支队", "外线工程待审批");
        _assertNone(Select.class, spec -> spec.withId("approvals-department"));
        List<ApprovalQueueItem> rows = GridKt._findAll(view.pending);
        assertThat(rows).isNotEmpty().allMatch(i -> i.department() == Department.TRAFFIC_POLICE);
        int row = indexOf(rows, caseNumber);
        assertThat(GridKt._getFormattedRow(view.pending, row)).contains("第 1 轮", "审批测试建设单位" + unique,
                "审批测试项目" + unique, "经济技术开发区", today().minusDays(2).toString());
        assertThat(get_textRecursively(GridKt._getCellComponent(view.pending, row, "dueOn"))).matches("\\d{4}-.*");
        assertThat(((RouterLink) GridKt._getCellComponent(view.pending, row, "caseNumber")).getHref())
                .isEqualTo("cases/" + caseNumber);

        // no verdict, then a refusal without its reason: both told at the field, the input stays
        _click((Button) GridKt._getCellComponent(view.pending, row, "action"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("opinion-about")).getText())
                .isEqualTo("案件 " + caseNumber + "，第 1 轮，市公安局交警支队");
        _click(_get(Button.class, spec -> spec.withId("opinion-dialog-save")));
        RadioButtonGroup<Boolean> verdict = verdict();
        assertThat(verdict.isInvalid()).isTrue();
        assertThat(verdict.getErrorMessage()).isEqualTo("必填");
        _setValue(verdict, Boolean.FALSE);
        _click(_get(Button.class, spec -> spec.withId("opinion-dialog-save")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("opinion-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("请填写原因");
        assertThat(verdict().getValue()).isFalse();
        assertThat(queries.isPending(caseNumber, 1, Department.TRAFFIC_POLICE)).isTrue();

        // a business date in the future is refused at the date
        _setValue(reason, "路口渠化方案未附");
        DatePicker date = _get(DatePicker.class, spec -> spec.withId("opinion-dialog-date"));
        assertThat(date.getValue()).isEqualTo(today());
        _setValue(date, today().plusDays(1));
        _click(_get(Button.class, spec -> spec.withId("opinion-dialog-save")));
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).startsWith("日期不能晚于今天");
        assertThat(reason.getValue()).isEqualTo("路口渠化方案未附");

        _setValue(date, today());
        _click(_get(Button.class, spec -> spec.withId("opinion-dialog-save")));
        _assertNone(Button.class, spec -> spec.withId("opinion-dialog-save"));
        assertThat(GridKt._findAll(view.pending)).noneMatch(i -> i.caseNumber().equals(caseNumber));

        // 已处理 shows the refusal with its reason
        view.tabs.setSelectedTab(view.decidedTab);
        assertThat(view.decided.isVisible()).isTrue();
        assertThat(view.pending.isVisible()).isFalse();
        List<ApprovalQueueItem> decided = GridKt._findAll(view.decided);
        assertThat(GridKt._getFormattedRow(view.decided, indexOf(decided, caseNumber)))
                .contains("不同意 — 路口渠化方案未附", today().toString(), "蒋勇");

        // the refusal ended the round: planning is no longer asked
        signIn("planning");
        UI.getCurrent().navigate(ApprovalQueueView.class);
        assertThat(GridKt._findAll(_get(ApprovalQueueView.class).pending))
                .noneMatch(i -> i.caseNumber().equals(caseNumber));
    }

    @Test
    void anAgreementLeavesTheQueueAndTheRowLinksToTheCase() {
        String caseNumber = ApprovalCases.accept(commands, caseNumbers, 10, ApprovalCases.unique());
        prepareAndSubmit(commands, caseNumber, today().minusDays(1), Department.BIG_DATA, Department.WATER_AFFAIRS);
        await("asked", () -> queries.isPending(caseNumber, 1, Department.BIG_DATA));

        signIn("bigdata");
        UI.getCurrent().navigate(ApprovalQueueView.class);
        ApprovalQueueView view = _get(ApprovalQueueView.class);
        int row = indexOf(GridKt._findAll(view.pending), caseNumber);
        _click((Button) GridKt._getCellComponent(view.pending, row, "action"));
        _setValue(verdict(), Boolean.TRUE);
        _click(_get(Button.class, spec -> spec.withId("opinion-dialog-save")));
        assertThat(GridKt._findAll(view.pending)).noneMatch(i -> i.caseNumber().equals(caseNumber));
        assertThat(view.decidedTab.getLabel()).startsWith("已处理（");
        // the other department still waits
        assertThat(queries.isPending(caseNumber, 1, Department.WATER_AFFAIRS)).isTrue();

        view.tabs.setSelectedTab(view.decidedTab);
        int decided = indexOf(GridKt._findAll(view.decided), caseNumber);
        assertThat(GridKt._getFormattedRow(view.decided, decided)).contains("同意");
        UI.getCurrent().navigate(((RouterLink) GridKt._getCellComponent(view.decided, decided, "caseNumber"))
                .getHref());
        assertThat(get_textRecursively(_get(CaseView.class))).contains(caseNumber, "联合审批中");
    }

    @Test
    void anOpinionTheCaseNoLongerTakesIsExplainedAndTheQueueCatchesUp() {
        String caseNumber = ApprovalCases.accept(commands, caseNumbers, 10, ApprovalCases.unique());
        prepareAndSubmit(commands, caseNumber, today().minusDays(1), Department.HOUSING_CONSTRUCTION,
                Department.WATER_AFFAIRS);
        await("asked", () -> queries.isPending(caseNumber, 1, Department.WATER_AFFAIRS));

        signIn("wateraffairs");
        UI.getCurrent().navigate(ApprovalQueueView.class);
        ApprovalQueueView view = _get(ApprovalQueueView.class);
        _click((Button) GridKt._getCellComponent(view.pending, indexOf(GridKt._findAll(view.pending), caseNumber),
                "action"));
        // meanwhile the housing bureau refuses, which ends the round
        ApprovalCases.opinion(commands, caseNumber, Department.HOUSING_CONSTRUCTION, false, "用地手续不全", today());
        _setValue(verdict(), Boolean.TRUE);
        _click(_get(Button.class, spec -> spec.withId("opinion-dialog-save")));
        assertThat(_get(Span.class, spec -> spec.withId("opinion-dialog-error")).getText())
                .isEqualTo("外线工程审批当前为“准备审批材料”，不在联合审批中");
        assertThat(verdict().getValue()).isTrue();

        await("the round ended", () -> !queries.isPending(caseNumber, 1, Department.WATER_AFFAIRS));
        _click(_get(Button.class, spec -> spec.withId("opinion-dialog-cancel")));
        assertThat(GridKt._findAll(view.pending)).noneMatch(i -> i.caseNumber().equals(caseNumber));
    }

    @Test
    void supervisorsSeeEveryDepartmentAndFilterByOne() {
        String caseNumber = ApprovalCases.accept(commands, caseNumbers, 10, ApprovalCases.unique());
        prepareAndSubmit(commands, caseNumber, today().minusDays(1), Department.HOUSING_CONSTRUCTION,
                Department.HIGHWAY);
        await("asked", () -> queries.isPending(caseNumber, 1, Department.HIGHWAY));

        signIn("supervisor");
        UI.getCurrent().navigate(ApprovalQueueView.class);
        ApprovalQueueView view = _get(ApprovalQueueView.class);
        assertThat(GridKt._findAll(view.pending)).filteredOn(i -> i.caseNumber().equals(caseNumber))
                .extracting(ApprovalQueueItem::department)
                .containsExactlyInAnyOrder(Department.HOUSING_CONSTRUCTION, Department.HIGHWAY);
        assertThat(view.pending.getColumnByKey("department")).isNotNull();
        assertThat(view.pending.getColumnByKey("action")).isNull();

        _setValue(view.department, Department.HIGHWAY);
        assertThat(GridKt._findAll(view.pending)).isNotEmpty().allMatch(i -> i.department() == Department.HIGHWAY)
                .anyMatch(i -> i.caseNumber().equals(caseNumber));
    }

    @Test
    void theWindowHasNoApprovalQueue() {
        signIn("clerk");
        UI.getCurrent().navigate(CaseView.class, new com.vaadin.flow.router.RouteParameters(CaseView.CASE_NUMBER,
                "none"));
        _assertNone(SideNavItem.class, spec -> spec.withId("nav-approvals"));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Boolean> verdict() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("opinion-verdict"));
    }

    private static int indexOf(List<ApprovalQueueItem> rows, String caseNumber) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).caseNumber().equals(caseNumber)) {
                return i;
            }
        }
        throw new AssertionError(caseNumber + " is not in the grid");
    }
}
