package cn.weihai.lianbao.portal.ui;

import cn.weihai.lianbao.UiTest;
import cn.weihai.lianbao.casefile.CaseFileQueries;
import cn.weihai.lianbao.casefile.TestCases;
import cn.weihai.lianbao.casefile.api.Commands.AcceptApplication;
import cn.weihai.lianbao.casefile.api.Events.ConnectionRequested;
import cn.weihai.lianbao.casefile.api.Events.ServiceRated;
import cn.weihai.lianbao.casefile.api.Events.ServiceWithdrawn;
import cn.weihai.lianbao.casefile.api.HistoryEntry;
import cn.weihai.lianbao.casefile.api.TrackStep;
import cn.weihai.lianbao.casefile.ui.TrackCard;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.Role;
import cn.weihai.lianbao.ui.PageTexts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The applicant's pages without any sign-in, on the real application and PostgreSQL. */
class ProgressScreensTest extends UiTest {
    static final LocalDate ACCEPTED_ON = LocalDate.now(cn.weihai.lianbao.LianbaoApplication.ZONE).minusDays(3);
    static final String REFUSED = "案件编号或统一社会信用代码不正确";

    @Autowired
    CommandGateway commands;
    @Autowired
    CaseNumberAllocator caseNumbers;
    @Autowired
    CaseFileQueries queries;
    @Autowired
    JdbcTemplate jdbc;

    String caseNumber;
    String creditCode;
    String project;
    String address;

    @BeforeEach
    void acceptATelecomCaseUpToFinishedWorks() {
        address = PortalSession.clientAddress();
        forgetFailures();
        String unique = UUID.randomUUID().toString().substring(0, 6);
        project = "自助查询花园" + unique;
        caseNumber = caseNumbers.allocate(ACCEPTED_ON);
        AcceptApplication accept = TestCases.telecom(caseNumber, ACCEPTED_ON, "自助查询置业" + unique, project);
        creditCode = accept.applicant().creditCode();
        commands.sendAndWait(accept);
        for (TrackStep step : List.of(TrackStep.SURVEYED, TrackStep.PLAN_ISSUED, TrackStep.CONSTRUCTION_STARTED,
                TrackStep.CONSTRUCTION_FINISHED)) {
            commands.sendAndWait(TestCases.telecomStep(caseNumber, step, ACCEPTED_ON.plusDays(1), null));
        }
        UI.getCurrent().navigate(ProgressLookupView.class);
    }

    /** The mocked browser's address is every Karibu test's: leave no lock behind for the others. */
    @AfterEach
    void forgetFailures() {
        jdbc.update("DELETE FROM portal_lookup_failure WHERE client_address = ?", address);
    }

    private void lookUp(String number, String code) {
        ProgressLookupView view = _get(ProgressLookupView.class);
        _setValue(view.caseNumber, number);
        _setValue(view.creditCode, code);
        _click(_get(Button.class, spec -> spec.withId("progress-search")));
    }

    private String error() {
        Span error = _get(Span.class, spec -> spec.withId("progress-error"));
        assertThat(error.isVisible()).isTrue();
        return error.getText();
    }

    private HistoryEntry lastEvent() {
        return queries.history(caseNumber).getLast();
    }

    @Test
    void theRightPairOpensTheCaseWithoutSignInAndWithoutStaffNamesOrTheNumberInTheAddress() {
        lookUp("  " + caseNumber.toLowerCase() + " ", creditCode.toLowerCase());

        ProgressView view = _get(ProgressView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("progress/case");
        String text = get_textRecursively(view);
        assertThat(text).contains(caseNumber, project, "文登区", "已完工", "截止日期", "已用工作日")
                .doesNotContain("周通信", "王窗口", "威海市通信发展办公室");
        assertThat(_get(TrackCard.class, spec -> spec.withId("track-telecom"))).isNotNull();
        assertThat(PageTexts.rawKeys()).isEmpty();

        _click(_get(Button.class, spec -> spec.withId("progress-leave")));
        _get(ProgressLookupView.class);
        UI.getCurrent().navigate(ProgressView.class);
        _get(ProgressLookupView.class);
    }

    @Test
    void theCasePageWithoutALookUpLeadsToTheLookUp() {
        UI.getCurrent().navigate(ProgressView.class);
        _get(ProgressLookupView.class);
        _assertNone(ProgressView.class);
    }

    @Test
    void aWrongCodeAndAnUnknownCaseGetTheSameMessage() {
        lookUp(caseNumber, TestCases.creditCode());
        assertThat(error()).isEqualTo(REFUSED);
        _assertNone(ProgressView.class);

        lookUp(caseNumber.replace("LB-", "LB-9"), creditCode);
        assertThat(error()).isEqualTo(REFUSED);

        lookUp("不存在的编号", "x");
        assertThat(error()).isEqualTo(REFUSED);
        _assertNone(ProgressView.class);
    }

    @Test
    void bothFieldsAreRequiredAndAnEmptyFormIsNoFailure() {
        lookUp(" ", "");
        ProgressLookupView view = _get(ProgressLookupView.class);
        assertThat(view.caseNumber.isInvalid()).isTrue();
        assertThat(view.creditCode.isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM portal_lookup_failure WHERE client_address = ?",
                Integer.class, address)).isZero();
    }

    @Test
    void fiveFailuresLockTheLookUpEvenForTheRightPair() {
        for (int i = 0; i < 5; i++) {
            lookUp(caseNumber, TestCases.creditCode());
            assertThat(error()).isEqualTo(REFUSED);
        }
        lookUp(caseNumber, creditCode);
        assertThat(error()).isEqualTo("查询失败次数过多，已暂时锁定，请15分钟后再试");
        _assertNone(ProgressView.class);
    }

    @Test
    void theApplicantAsksForConnectionRecordedAsTheApplicantOnline() {
        lookUp(caseNumber, creditCode);
        _click(_get(Button.class, spec -> spec.withId("progress-telecom-connect")));
        _setValue(_get(TextArea.class, spec -> spec.withId("progress-connect-note")), "红线内工程已完工");
        _click(_get(Button.class, spec -> spec.withId("progress-connect-dialog-save")));

        assertThat(_get(Span.class, spec -> spec.withId("progress-telecom-requested")).getText())
                .contains("已于", "提出接通申请");
        _assertNone(Button.class, spec -> spec.withId("progress-telecom-connect"));
        HistoryEntry last = lastEvent();
        assertThat(last.event()).isInstanceOf(ConnectionRequested.class);
        assertThat(last.channel()).isEqualTo(Channel.ONLINE);
        assertThat(last.actor().role()).isEqualTo(Role.APPLICANT);
        assertThat(last.actor().displayName()).startsWith("自助查询置业");
        assertThat(((ConnectionRequested) last.event()).note()).isEqualTo("红线内工程已完工");
    }

    @Test
    void withdrawingNeedsAReasonAndIsRecordedOnline() {
        lookUp(caseNumber, creditCode);
        _click(_get(Button.class, spec -> spec.withId("progress-telecom-withdraw")));
        _click(_get(Button.class, spec -> spec.withId("progress-withdraw-dialog-save")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("progress-withdraw-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("请填写原因");
        assertThat(lastEvent().event()).isNotInstanceOf(ServiceWithdrawn.class);

        _setValue(reason, "项目调整，暂不需要通信");
        _click(_get(Button.class, spec -> spec.withId("progress-withdraw-dialog-save")));

        HistoryEntry last = lastEvent();
        assertThat(last.event()).isInstanceOf(ServiceWithdrawn.class);
        assertThat(last.channel()).isEqualTo(Channel.ONLINE);
        assertThat(last.actor().role()).isEqualTo(Role.APPLICANT);
        assertThat(get_textRecursively(_get(TrackCard.class, spec -> spec.withId("track-telecom"))))
                .contains("已撤回", "项目调整，暂不需要通信");
        _assertNone(Button.class, spec -> spec.withId("progress-telecom-withdraw"));
    }

    @Test
    void aConnectedServiceIsRatedOnceAndAPoorRatingNeedsAComment() {
        commands.sendAndWait(TestCases.telecomStep(caseNumber, TrackStep.ACCEPTANCE_PASSED, ACCEPTED_ON.plusDays(2),
                null));
        commands.sendAndWait(TestCases.telecomStep(caseNumber, TrackStep.CONNECTED, ACCEPTED_ON.plusDays(2), null));
        lookUp(caseNumber, creditCode);
        _assertNone(Button.class, spec -> spec.withId("progress-telecom-connect"));
        _click(_get(Button.class, spec -> spec.withId("progress-telecom-rate")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> stars = _get(RadioButtonGroup.class, spec -> spec.withId("progress-rate-stars"));
        TextArea comment = _get(TextArea.class, spec -> spec.withId("progress-rate-comment"));
        _setValue(stars, 2);
        _click(_get(Button.class, spec -> spec.withId("progress-rate-dialog-save")));
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).isEqualTo("不满意的评价请说明原因");

        _setValue(stars, 5);
        _setValue(comment, "上门很及时");
        _click(_get(Button.class, spec -> spec.withId("progress-rate-dialog-save")));

        assertThat(_get(Span.class, spec -> spec.withId("progress-telecom-rating")).getText())
                .isEqualTo("已评价：5 星 上门很及时");
        _assertNone(Button.class, spec -> spec.withId("progress-telecom-rate"));
        HistoryEntry last = lastEvent();
        assertThat(last.event()).isEqualTo(new ServiceRated(caseNumber, cn.weihai.lianbao.shared.UtilityService.TELECOM,
                5, "上门很及时", last.occurredOn(), last.actor(), Channel.ONLINE));
        assertThat(last.actor().role()).isEqualTo(Role.APPLICANT);
    }

    @Test
    void englishApplicantsGetTheSameRefusalInEnglish() {
        _click(_get(Button.class, spec -> spec.withId("lang-en")));
        assertThat(_get(Button.class, spec -> spec.withId("progress-search")).getText()).isEqualTo("Look up");

        lookUp(caseNumber, TestCases.creditCode());

        assertThat(error()).isEqualTo("Case number or unified social credit code is not correct");
        assertThat(PageTexts.rawKeys()).isEmpty();
    }
}
