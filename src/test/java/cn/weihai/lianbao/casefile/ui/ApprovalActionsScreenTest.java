package cn.weihai.lianbao.casefile.ui;

import cn.weihai.lianbao.UiTest;
import cn.weihai.lianbao.approval.ApprovalCases;
import cn.weihai.lianbao.casefile.CaseFileQueries;
import cn.weihai.lianbao.casefile.api.ApprovalStatus;
import cn.weihai.lianbao.casefile.api.CaseDetails;
import cn.weihai.lianbao.casefile.api.CaseDetails.Opinion;
import cn.weihai.lianbao.casefile.api.Department;
import cn.weihai.lianbao.casefile.api.MaterialType;
import cn.weihai.lianbao.casefile.api.MaterialsPreparer;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouteParameters;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import static cn.weihai.lianbao.approval.ApprovalCases.today;
import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The approval's steps on the case page, through a refused round and a second one to the permit. */
class ApprovalActionsScreenTest extends UiTest {
    private static final String[] ACTIONS = {"approval-prepare", "approval-commitment-letter", "approval-submit",
            "approval-opinion", "approval-permit"};

    @Autowired
    CommandGateway commands;
    @Autowired
    CaseNumberAllocator caseNumbers;
    @Autowired
    CaseFileQueries cases;

    @Test
    void aRefusedRoundThenASecondRoundToThePermit() {
        String unique = ApprovalCases.unique();
        String caseNumber = ApprovalCases.accept(commands, caseNumbers, 10, unique);

        // only those who may prepare see the step: not the hotline, not a utility without external works
        for (String user : new String[]{"hotline", "supervisor", "admin", "power", "housing"}) {
            signIn(user);
            open(caseNumber);
            assertNoActions(user);
        }
        signIn("clerk");
        open(caseNumber);
        _assertOne(Button.class, spec -> spec.withId("approval-prepare"));

        // round 1, by the water utility: notification-commitment, touching a highway
        signIn("water");
        open(caseNumber);
        click("approval-prepare");
        assertThat(this.<Select<MaterialsPreparer>>field(Select.class, "approval-prepare-preparer").getValue())
                .isEqualTo(MaterialsPreparer.UTILITY);
        _setValue(_get(Checkbox.class, spec -> spec.withId("approval-prepare-commitment")), true);
        _setValue(_get(Checkbox.class, spec -> spec.withId("approval-prepare-highway")), true);
        DatePicker date = _get(DatePicker.class, spec -> spec.withId("approval-prepare-dialog-date"));
        _setValue(date, today().plusDays(1));
        click("approval-prepare-dialog-save");
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).startsWith("日期不能晚于今天");
        assertThat(_get(Checkbox.class, spec -> spec.withId("approval-prepare-highway")).getValue()).isTrue();
        _setValue(date, today());
        click("approval-prepare-dialog-save");
        assertThat(details(caseNumber).approval().status()).isEqualTo(ApprovalStatus.MATERIALS_PREPARED);

        // no submission before the commitment letter
        _assertNone(Button.class, spec -> spec.withId("approval-submit"));
        assertThat(_get(Span.class, spec -> spec.withId("approval-submit-hint")).getText()).contains("告知承诺书");
        click("approval-commitment-letter");
        click("approval-letter-dialog-save");
        assertThat(_get(Span.class, spec -> spec.withId("approval-letter-dialog-error")).getText())
                .isEqualTo("请先上传告知承诺书文件");
        String letterName = "告知承诺书" + unique + ".pdf";
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("approval-letter-upload")), letterName,
                "application/pdf", ("%PDF-1.7 signed " + unique).getBytes(StandardCharsets.UTF_8));
        assertThat(_get(Span.class, spec -> spec.withId("approval-letter-file")).getText()).contains(letterName);
        click("approval-letter-dialog-save");
        CaseDetails afterLetter = details(caseNumber);
        assertThat(afterLetter.approval().commitmentLetter()).isEqualTo(letterName);
        assertThat(afterLetter.materials().getLast().type()).isEqualTo(MaterialType.COMMITMENT_LETTER);
        assertThat(afterLetter.materials().getLast().fileName()).isEqualTo(letterName);

        click("approval-submit");
        CheckboxGroup<Department> departments = field(CheckboxGroup.class, "approval-submit-departments");
        assertThat(departments.getValue()).containsExactly(Department.HIGHWAY);
        _setValue(departments, Set.of());
        click("approval-submit-dialog-save");
        assertThat(departments.isInvalid()).isTrue();
        assertThat(departments.getErrorMessage()).isEqualTo("请至少选择一个审批部门");
        _setValue(departments, Set.of(Department.HOUSING_CONSTRUCTION, Department.TRAFFIC_POLICE));
        click("approval-submit-dialog-save");
        CaseDetails submitted = details(caseNumber);
        assertThat(submitted.approval().status()).isEqualTo(ApprovalStatus.UNDER_REVIEW);
        assertThat(submitted.approval().opinions()).extracting(Opinion::department).containsExactly(
                Department.HOUSING_CONSTRUCTION, Department.TRAFFIC_POLICE, Department.HIGHWAY);
        assertNoActions("water under review");

        // a department not asked has nothing to do; the police refuse on the case page
        signIn("planning");
        open(caseNumber);
        assertNoActions("planning");
        signIn("police");
        open(caseNumber);
        _assertNone(Button.class, spec -> spec.withId("approval-permit"));
        click("approval-opinion");
        this.<RadioButtonGroup<Boolean>>field(RadioButtonGroup.class, "opinion-verdict").setValue(false);
        click("opinion-dialog-save");
        TextArea reason = _get(TextArea.class, spec -> spec.withId("opinion-reason"));
        assertThat(reason.getErrorMessage()).isEqualTo("请填写原因");
        _setValue(reason, "交通组织方案缺失");
        click("opinion-dialog-save");
        CaseDetails refused = details(caseNumber);
        assertThat(refused.approval().status()).isEqualTo(ApprovalStatus.PREPARING);
        assertThat(refused.approval().round()).isEqualTo(2);
        assertThat(refused.approval().earlierRounds()).anyMatch(o -> o.department() == Department.TRAFFIC_POLICE
                && Boolean.FALSE.equals(o.agreed()) && o.reason().equals("交通组织方案缺失"));
        assertNoActions("police after the refusal");

        // round 2: plain materials to the housing bureau, which agrees and issues the permit
        signIn("water");
        open(caseNumber);
        click("approval-prepare");
        _setValue(_get(Checkbox.class, spec -> spec.withId("approval-prepare-commitment")), false);
        _setValue(_get(Checkbox.class, spec -> spec.withId("approval-prepare-highway")), false);
        click("approval-prepare-dialog-save");
        _assertNone(Button.class, spec -> spec.withId("approval-commitment-letter"));
        click("approval-submit");
        _setValue(field(CheckboxGroup.class, "approval-submit-departments"), Set.of(Department.HOUSING_CONSTRUCTION));
        click("approval-submit-dialog-save");
        assertThat(details(caseNumber).approval().opinions()).extracting(Opinion::department)
                .containsExactly(Department.HOUSING_CONSTRUCTION);

        signIn("housing");
        open(caseNumber);
        _assertNone(Button.class, spec -> spec.withId("approval-permit"));
        click("approval-opinion");
        this.<RadioButtonGroup<Boolean>>field(RadioButtonGroup.class, "opinion-verdict").setValue(true);
        click("opinion-dialog-save");
        _assertNone(Button.class, spec -> spec.withId("approval-opinion"));
        click("approval-permit");
        click("approval-permit-dialog-save");
        TextField number = _get(TextField.class, spec -> spec.withId("approval-permit-number"));
        assertThat(number.getErrorMessage()).isEqualTo("必填");
        _setValue(number, "威外线许〔2026〕" + unique);
        click("approval-permit-dialog-save");
        CaseDetails issued = details(caseNumber);
        assertThat(issued.approval().status()).isEqualTo(ApprovalStatus.PERMIT_ISSUED);
        assertThat(issued.approval().permitNumber()).isEqualTo("威外线许〔2026〕" + unique);
        assertThat(get_textRecursively(_get(ApprovalPanel.class))).contains("许可决定书已核发",
                "威外线许〔2026〕" + unique);
        assertNoActions("housing after the permit");
    }

    @Test
    void theStepsSpeakEnglishToo() {
        String caseNumber = ApprovalCases.accept(commands, caseNumbers, 10, ApprovalCases.unique());
        signIn("water");
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        open(caseNumber);
        assertThat(_get(Button.class, spec -> spec.withId("approval-prepare")).getText())
                .isEqualTo("Materials prepared");
        click("approval-prepare");
        assertThat(_get(Button.class, spec -> spec.withId("approval-prepare-dialog-cancel")).getText())
                .isEqualTo("Cancel");
        click("approval-prepare-dialog-cancel");
        _assertNone(Button.class, spec -> spec.withId("approval-prepare-dialog-save"));
    }

    private static void open(String caseNumber) {
        UI.getCurrent().navigate(CaseView.class, new RouteParameters(CaseView.CASE_NUMBER, caseNumber));
    }

    private CaseDetails details(String caseNumber) {
        return cases.find(caseNumber).orElseThrow();
    }

    private static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private <T> T field(Class type, String id) {
        return (T) _get(type, spec -> spec.withId(id));
    }

    private static void assertNoActions(String who) {
        for (String id : ACTIONS) {
            _assertNone(Button.class, spec -> spec.withId(id));
        }
    }
}
