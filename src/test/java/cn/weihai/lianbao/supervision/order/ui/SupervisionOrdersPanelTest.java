package cn.weihai.lianbao.supervision.order.ui;

import cn.weihai.lianbao.UiTest;
import cn.weihai.lianbao.casefile.TestCases;
import cn.weihai.lianbao.casefile.ui.CaseView;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import cn.weihai.lianbao.shared.UtilityService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The 督办 section of the case page: a supervisor issues, the utility answers, the supervisor sends back and closes. */
class SupervisionOrdersPanelTest extends UiTest {
    static final LocalDate ACCEPTED_ON = LocalDate.now(cn.weihai.lianbao.LianbaoApplication.ZONE).minusDays(2);

    @Autowired
    CommandGateway commands;
    @Autowired
    CaseNumberAllocator caseNumbers;

    String caseNumber;

    @BeforeEach
    void acceptACase() {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        caseNumber = caseNumbers.allocate(ACCEPTED_ON);
        commands.sendAndWait(TestCases.waterAndPower(caseNumber, ACCEPTED_ON, "督办界面公司" + unique,
                "督办界面项目" + unique));
    }

    private void openCase(String user) {
        signIn(user);
        UI.getCurrent().navigate(CaseView.class, new RouteParameters(CaseView.CASE_NUMBER, caseNumber));
    }

    private String section() {
        return get_textRecursively(_get(SupervisionOrdersPanel.class));
    }

    @Test
    void anOrderIsIssuedAnsweredSentBackAndClosedOnTheCasePage() {
        openCase("supervisor");
        assertThat(section()).contains("本案件暂无督办事项");
        _click(_get(Button.class, spec -> spec.withId("order-issue")));
        IssueOrderDialog dialog = _get(IssueOrderDialog.class);
        _setValue(dialog.scope, Optional.of(UtilityService.POWER));
        _setValue(dialog.reason, "供电方案答复拖延");
        _setValue(dialog.workingDays, 3);
        _click(dialog.issue);

        assertThat(section()).contains("第 1 号督办 · 供电", "待答复", "供电方案答复拖延", "限 3 个工作日");
        _assertNone(Button.class, spec -> spec.withId("order-1-answer"));

        openCase("power");
        _click(_get(Button.class, spec -> spec.withId("order-1-answer")));
        OrderTextDialog answer = _get(OrderTextDialog.class, spec -> spec.withId("order-1-answer-dialog"));
        _click(answer.confirm);
        assertThat(answer.text.isInvalid()).as("an empty answer is refused at the field").isTrue();
        _setValue(answer.text, "已派专人答复");
        _click(answer.confirm);
        assertThat(section()).contains("已答复", "已派专人答复");
        _assertNone(Button.class, spec -> spec.withId("order-issue"));

        openCase("supervisor");
        _click(_get(Button.class, spec -> spec.withId("order-1-send-back")));
        OrderTextDialog sendBack = _get(OrderTextDialog.class, spec -> spec.withId("order-1-send-back-dialog"));
        _setValue(sendBack.text, "未附整改材料");
        _click(sendBack.confirm);
        assertThat(section()).contains("已退回", "未附整改材料");

        openCase("power");
        _click(_get(Button.class, spec -> spec.withId("order-1-answer")));
        OrderTextDialog again = _get(OrderTextDialog.class, spec -> spec.withId("order-1-answer-dialog"));
        _setValue(again.text, "已补充材料");
        _click(again.confirm);

        openCase("supervisor");
        _click(_get(Button.class, spec -> spec.withId("order-1-close")));
        _click(_get(OrderTextDialog.class, spec -> spec.withId("order-1-close-dialog")).confirm);
        assertThat(section()).contains("已办结");
        _assertNone(Button.class, spec -> spec.withId("order-1-close"));
    }

    @Test
    void theIssueDialogShowsEachRefusalAtItsField() {
        openCase("supervisor");
        _click(_get(Button.class, spec -> spec.withId("order-issue")));
        IssueOrderDialog dialog = _get(IssueOrderDialog.class);
        _setValue(dialog.workingDays, 0);
        _click(dialog.issue);
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("请填写原因");
        assertThat(dialog.workingDays.isInvalid()).isTrue();
        assertThat(dialog.workingDays.getErrorMessage()).contains("1 至 60");
        assertThat(section()).contains("本案件暂无督办事项");
    }

    @Test
    void anotherUtilitySeesTheOrderButCannotAnswerAndTheWindowAnswersACaseOrder() {
        openCase("supervisor");
        _click(_get(Button.class, spec -> spec.withId("order-issue")));
        IssueOrderDialog dialog = _get(IssueOrderDialog.class);
        _setValue(dialog.reason, "整体进度滞后");
        _setValue(dialog.workingDays, 1);
        _click(dialog.issue);
        assertThat(section()).contains("整个案件");

        openCase("water");
        assertThat(section()).contains("第 1 号督办");
        _assertNone(Button.class, spec -> spec.withId("order-1-answer"));
        openCase("clerk");
        _get(Button.class, spec -> spec.withId("order-1-answer"));
    }
}
