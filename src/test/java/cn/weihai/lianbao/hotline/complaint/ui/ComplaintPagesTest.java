package cn.weihai.lianbao.hotline.complaint.ui;

import cn.weihai.lianbao.LianbaoApplication;
import cn.weihai.lianbao.UiTest;
import cn.weihai.lianbao.casefile.TestCases;
import cn.weihai.lianbao.casefile.api.HistoryEntry;
import cn.weihai.lianbao.casefile.ui.CaseView;
import cn.weihai.lianbao.casefile.ui.EventDescriptions;
import cn.weihai.lianbao.casefile.ui.HistoryGrid;
import cn.weihai.lianbao.ui.Labels;
import cn.weihai.lianbao.hotline.complaint.ComplaintQueries;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintCategory;
import cn.weihai.lianbao.hotline.complaint.api.Satisfaction;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import cn.weihai.lianbao.shared.UtilityService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static org.assertj.core.api.Assertions.assertThat;

/** The hotline registers a complaint from the case page, forwards it, power replies, the hotline closes it. */
class ComplaintPagesTest extends UiTest {
    @Autowired
    CommandGateway commands;
    @Autowired
    CaseNumberAllocator caseNumbers;
    @Autowired
    ComplaintQueries queries;

    String caseNumber;
    String ticket;

    @BeforeEach
    void acceptACase() {
        LocalDate acceptedOn = LocalDate.now(LianbaoApplication.ZONE).minusDays(2);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        caseNumber = caseNumbers.allocate(acceptedOn);
        commands.sendAndWait(TestCases.waterAndPower(caseNumber, acceptedOn, "工单界面公司" + unique,
                "工单界面项目" + unique));
        ticket = "WH-UI-" + unique;
    }

    private void openCase(String user) {
        signIn(user);
        UI.getCurrent().navigate(CaseView.class, new RouteParameters(CaseView.CASE_NUMBER, caseNumber));
    }

    private void openComplaint(String user) {
        signIn(user);
        UI.getCurrent().navigate(ComplaintView.class, new RouteParameters(ComplaintView.TICKET, ticket));
    }

    private String page() {
        return get_textRecursively(_get(ComplaintView.class));
    }

    private RegisterComplaintDialog register() {
        openCase("hotline");
        _click(_get(Button.class, spec -> spec.withId(RegisterComplaintButton.ID)));
        return _get(RegisterComplaintDialog.class);
    }

    private void fill(RegisterComplaintDialog dialog) {
        _setValue(dialog.ticket, ticket);
        _setValue(dialog.callerName, "张先生");
        _setValue(dialog.callerPhone, "13906310001");
        _setValue(dialog.content, "供电报装一直没人联系");
        _setValue(dialog.category, ComplaintCategory.SLOW);
        _setValue(dialog.service, UtilityService.POWER);
    }

    @Test
    void theWholeLifeOnThePages() {
        RegisterComplaintDialog dialog = register();
        fill(dialog);
        _click(dialog.save);
        assertThat(_get(H2.class, spec -> spec.withId("complaint-ticket")).getText()).isEqualTo(ticket);
        assertThat(page()).contains("已登记", "张先生", "办理缓慢", "供电");

        _click(_get(Button.class, spec -> spec.withId("complaint-forward")));
        ComplaintDialog forward = _get(ComplaintDialog.class, spec -> spec.withId("forward-complaint"));
        assertThat(_get(ComboBox.class, spec -> spec.withId("forward-complaint-to")).getValue())
                .as("the service complained about is proposed").isEqualTo(Optional.of(UtilityService.POWER));
        _click(forward.save);
        assertThat(page()).contains("已转办", "答复期限");
        _assertNone(Button.class, spec -> spec.withId("complaint-reply"));

        openComplaint("water");
        _get(ComplaintView.class);
        assertThat(page()).contains("没有该工单");

        openComplaint("power");
        _click(_get(Button.class, spec -> spec.withId("complaint-reply")));
        ComplaintDialog reply = _get(ComplaintDialog.class, spec -> spec.withId("reply-complaint"));
        _click(reply.save);
        TextArea text = _get(TextArea.class, spec -> spec.withId("reply-complaint-text"));
        assertThat(text.isInvalid()).as("an empty reply is refused at the field").isTrue();
        _setValue(text, "已安排明日踏勘");
        _click(reply.save);
        assertThat(page()).contains("已答复", "已安排明日踏勘");

        openComplaint("hotline");
        _click(_get(Button.class, spec -> spec.withId("complaint-close")));
        @SuppressWarnings("unchecked")
        ComboBox<Satisfaction> satisfaction = _get(ComboBox.class,
                spec -> spec.withId("close-complaint-satisfaction"));
        _setValue(satisfaction, Satisfaction.SATISFIED);
        _click(_get(ComplaintDialog.class, spec -> spec.withId("close-complaint")).save);
        assertThat(page()).contains("已办结", "满意");
        _get(Button.class, spec -> spec.withId("complaint-reopen"));

        TestCases.await("the complaint in the projection", () -> queries.ticketsOf(caseNumber).contains(ticket));
        openCase("supervisor");
        List<HistoryEntry> shown = _findAll(_get(HistoryGrid.class));
        assertThat(shown).extracting(HistoryEntry::type).containsExactly("ApplicationAccepted",
                "ComplaintRegistered", "ComplaintForwarded", "ComplaintReplied", "ComplaintClosed");
        EventDescriptions descriptions = new EventDescriptions(Labels::text);
        assertThat(descriptions.describe(shown.get(2).event())).startsWith("12345工单 " + ticket + " 转办至供电，5个工作日内答复");
        assertThat(descriptions.describe(shown.get(4).event())).isEqualTo("12345工单 " + ticket + " 办结，来电人评价：满意");
        _assertNone(Button.class, spec -> spec.withId(RegisterComplaintButton.ID));
    }

    @Test
    void theDialogShowsEachRefusalAtItsFieldAndADuplicateTicket() {
        RegisterComplaintDialog dialog = register();
        _click(dialog.save);
        assertThat(dialog.ticket.isInvalid()).isTrue();
        assertThat(dialog.callerName.getErrorMessage()).isEqualTo("必填");
        assertThat(dialog.category.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();

        fill(dialog);
        _click(dialog.save);
        RegisterComplaintDialog again = register();
        fill(again);
        _click(again.save);
        assertThat(again.ticket.getErrorMessage()).contains(ticket, "不能重复登记");
    }

    @Test
    void supervisorsSeeOpenComplaintsPerUtility() {
        RegisterComplaintDialog dialog = register();
        fill(dialog);
        _click(dialog.save);
        _click(_get(Button.class, spec -> spec.withId("complaint-forward")));
        _click(_get(ComplaintDialog.class, spec -> spec.withId("forward-complaint")).save);
        TestCases.await("forwarded in the projection", () -> queries.openPerUtility()
                .getOrDefault(UtilityService.POWER, 0) > 0);

        signIn("supervisor");
        UI.getCurrent().navigate(ComplaintsView.class);
        assertThat(get_textRecursively(_get(com.vaadin.flow.component.html.Div.class,
                spec -> spec.withId("complaints-open-power")))).contains("供电");
        assertThat(_findAll(_get(ComplaintsView.class).grid)).anyMatch(r -> r.ticketNumber().equals(ticket));

        signIn("power");
        UI.getCurrent().navigate(ComplaintsView.class);
        assertThat(_findAll(_get(ComplaintsView.class).grid)).anyMatch(r -> r.ticketNumber().equals(ticket));
        _assertNone(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("complaints-open-power"));

        signIn("water");
        UI.getCurrent().navigate(ComplaintsView.class);
        assertThat(_findAll(_get(ComplaintsView.class).grid)).noneMatch(r -> r.ticketNumber().equals(ticket));
    }
}
