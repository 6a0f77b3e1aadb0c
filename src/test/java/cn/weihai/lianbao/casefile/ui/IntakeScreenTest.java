package cn.weihai.lianbao.casefile.ui;

import cn.weihai.lianbao.UiTest;
import cn.weihai.lianbao.casefile.CaseFileQueries;
import cn.weihai.lianbao.casefile.TestCases;
import cn.weihai.lianbao.casefile.api.Applicant;
import cn.weihai.lianbao.casefile.api.CaseDetails;
import cn.weihai.lianbao.casefile.api.CaseDetails.Material;
import cn.weihai.lianbao.casefile.api.Commands.AcceptApplication;
import cn.weihai.lianbao.casefile.api.Commands.AttachMaterial;
import cn.weihai.lianbao.casefile.api.MaterialType;
import cn.weihai.lianbao.casefile.api.ServiceSelection;
import cn.weihai.lianbao.casefile.materials.MaterialStore;
import cn.weihai.lianbao.casefile.materials.MaterialsOnFile;
import cn.weihai.lianbao.casefile.materials.StoredFile;
import cn.weihai.lianbao.identity.StaffUserDetailsService;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.ConstructionType;
import cn.weihai.lianbao.shared.CreditCode;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.PowerCategory;
import cn.weihai.lianbao.shared.UtilityService;
import cn.weihai.lianbao.ui.PageTexts;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static cn.weihai.lianbao.casefile.TestCases.await;
import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 受理: the one form, its checks at the fields, the materials list with uploads and reuse, and the case it makes. */
class IntakeScreenTest extends UiTest {
    @Autowired
    CaseFileQueries queries;
    @Autowired
    CommandGateway commands;
    @Autowired
    CaseNumberAllocator caseNumbers;
    @Autowired
    MaterialStore store;
    @Autowired
    MaterialsOnFile onFile;
    @Autowired
    StaffUserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    private final String unique = UUID.randomUUID().toString().substring(0, 8);
    private final String applicant = "受理测试置业有限公司" + unique;
    private final String creditCode = TestCases.creditCode();

    private IntakeView openForm() {
        signIn("clerk");
        UI.getCurrent().navigate(IntakeView.class);
        return _get(IntakeView.class);
    }

    private void fill(IntakeView form, String code, String projectCode) {
        _setValue(form.applicantName, applicant);
        _setValue(form.creditCode, code);
        _setValue(form.contactName, "张经理");
        _setValue(form.phone, "13806310000");
        _setValue(form.projectName, "受理测试花园" + unique);
        _setValue(form.projectCode, projectCode);
        _setValue(form.address, "威海市环翠区海滨北路" + unique + "号");
        _setValue(form.district, District.HUANCUI);
        _setValue(form.constructionType, ConstructionType.NEW);
    }

    private static String wrongCheckCharacter(String code) {
        char wrong = code.charAt(17) == '0' ? '1' : '0';
        return code.substring(0, 17) + wrong;
    }

    private int casesOf(String applicantName) {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE payloadtype LIKE '%ApplicationAccepted'"
                + " AND convert_from(payload, 'UTF8') LIKE ?", Integer.class, "%" + applicantName + "%");
    }

    @Test
    void clerkFillsTheFormFixesWhatIsWrongAndLandsOnTheNewCaseWithItsMaterial() {
        IntakeView form = openForm();
        assertThat(form.acceptedOn.getValue()).isEqualTo(LocalDate.now(cn.weihai.lianbao.LianbaoApplication.ZONE));
        assertThat(form.channel.getValue()).isEqualTo(Channel.GOV_SERVICE_CENTER);
        assertThat(get_textRecursively(form)).contains("办理条件", "周边市政供水设施已配套", "雨污分流", "规划总平面图");
        assertThat(form.materials.get(MaterialType.WATER_USE_POINTS).isVisible()).isFalse();
        assertThat(PageTexts.rawKeys()).isEmpty();

        fill(form, wrongCheckCharacter(creditCode), "2611-371002-04-01-" + unique);
        _click(form.submit);

        assertThat(form.creditCode.isInvalid()).isTrue();
        assertThat(form.creditCode.getErrorMessage()).isEqualTo("统一社会信用代码应为18位，且校验位正确（GB 32100-2015）");
        assertThat(form.servicesError.isVisible()).isTrue();
        assertThat(form.servicesError.getText()).isEqualTo("请至少选择一项报装事项");
        assertThat(form.formError.getText()).isEqualTo("请更正标出的项目后再提交");
        assertThat(_get(IntakeView.class)).isSameAs(form); // still here, nothing lost, nothing sent
        assertThat(form.applicantName.getValue()).isEqualTo(applicant);
        assertThat(form.projectCode.getValue()).isEqualTo("2611-371002-04-01-" + unique);
        assertThat(form.applicantName.isInvalid()).isFalse();
        assertThat(casesOf(applicant)).isZero();

        _setValue(form.creditCode, creditCode.toLowerCase());
        assertThat(form.creditCode.isInvalid()).isFalse();
        assertThat(form.creditCode.getValue()).isEqualTo(creditCode); // shown as it is kept
        ServiceChoice water = form.services.get(UtilityService.WATER);
        _setValue(water.selected, true);
        _setValue(water.externalWorks, true);
        ServiceChoice power = form.services.get(UtilityService.POWER);
        _setValue(power.selected, true);
        assertThat(get_textRecursively(water)).contains("办理时限：25个工作日");
        _click(form.submit);
        assertThat(power.powerCategory.isInvalid()).isTrue();
        assertThat(power.powerCategory.getErrorMessage()).isEqualTo("必填");
        assertThat(casesOf(applicant)).isZero();
        _setValue(power.powerCategory, PowerCategory.KV10_DUAL);
        assertThat(get_textRecursively(power)).contains("办理时限：18个工作日");

        // the list follows the menu: water adds its CAD drawing, external works the approval note
        MaterialChecklistItem waterDrawing = form.materials.get(MaterialType.WATER_USE_POINTS);
        assertThat(waterDrawing.isVisible()).isTrue();
        assertThat(form.materials.get(MaterialType.DRAINAGE_SEPTIC).isVisible()).isFalse();
        assertThat(form.externalWorksNote.isVisible()).isTrue();
        assertThat(form.materials.get(MaterialType.COMMITMENT_LETTER).isVisible()).isTrue();

        UploadKt._upload(waterDrawing.upload, "用水点.pdf", "application/pdf", bytes("not a drawing"));
        assertThat(waterDrawing.error.getText()).isEqualTo("给水：所有用水点图纸须为最终版 CAD 图纸（.dwg 或 .dxf 格式）");
        assertThat(waterDrawing.chosen()).isEmpty();
        byte[] drawing = bytes("AC1027 用水点 " + unique);
        UploadKt._upload(waterDrawing.upload, "用水点" + unique + ".dwg", "image/vnd.dwg", drawing);
        assertThat(waterDrawing.error.isVisible()).isFalse();
        assertThat(get_textRecursively(waterDrawing.files)).contains("用水点" + unique + ".dwg");
        assertThat(waterDrawing.chosen()).hasSize(1);

        _click(form.submit);

        H2 number = _get(H2.class, spec -> spec.withId("case-number"));
        String caseNumber = number.getText();
        assertThat(caseNumber).startsWith("LB-");
        MaterialsPanel panel = _get(MaterialsPanel.class);
        assertThat(get_textRecursively(panel)).contains("给水：所有用水点图纸", "用水点" + unique + ".dwg",
                "政务服务中心综合窗口");
        Anchor download = _get(panel, Anchor.class);
        assertThat(download.getText()).isEqualTo("用水点" + unique + ".dwg");
        assertThat(download.getHref()).isNotBlank();
        assertThat(PageTexts.rawKeys()).isEmpty();

        CaseDetails details = queries.find(caseNumber).orElseThrow();
        assertThat(details.applicant().creditCode()).isEqualTo(creditCode);
        assertThat(details.channel()).isEqualTo(Channel.GOV_SERVICE_CENTER);
        assertThat(details.tracks()).extracting(CaseDetails.TrackDetails::service)
                .containsExactly(UtilityService.WATER, UtilityService.POWER);
        assertThat(details.track(UtilityService.WATER).orElseThrow().externalWorks()).isTrue();
        assertThat(details.track(UtilityService.POWER).orElseThrow().powerCategory()).isEqualTo(PowerCategory.KV10_DUAL);
        assertThat(details.approval()).isNotNull();
        Material material = details.materials().getFirst();
        assertThat(details.materials()).hasSize(1);
        assertThat(material.type()).isEqualTo(MaterialType.WATER_USE_POINTS);
        assertThat(material.size()).isEqualTo(drawing.length);
        assertThat(material.channel()).isEqualTo(Channel.GOV_SERVICE_CENTER);
        assertThat(material.actor().username()).isEqualTo("clerk");
        assertThat(material.attachedOn()).isEqualTo(details.acceptedOn());
        assertThat(material.reusedFromCase()).isNull();
        assertThat(store.contains(material.sha256())).isTrue();
        assertThat(casesOf(applicant)).isEqualTo(1); // the check above that nothing was sent can see a case
    }

    @Test
    void aSecondApplicationOfTheSameBuilderIsOfferedTheEarlierFileAndRecordsWhereItCameFrom() throws Exception {
        String earlier = acceptWithDrawing();
        StoredFile drawing = store.find(queries.find(earlier).orElseThrow().materials().getFirst().sha256())
                .orElseThrow();
        await("the earlier drawing on file for the builder",
                () -> !onFile.find(creditCode, null).isEmpty());

        IntakeView form = openForm();
        fill(form, creditCode, "2611-371002-04-02-" + unique); // another project of the same builder
        _setValue(form.services.get(UtilityService.WATER).selected, true);
        MaterialChecklistItem waterDrawing = form.materials.get(MaterialType.WATER_USE_POINTS);
        Checkbox offer = waterDrawing.offerFor(drawing.sha256());
        assertThat(offer).as("reuse offer").isNotNull();
        assertThat(form.reuseNote.isVisible()).isTrue();
        assertThat(offer.getLabel()).contains("早期用水点" + unique + ".dwg", earlier, "同一建设单位");
        assertThat(form.materials.get(MaterialType.BUSINESS_LICENCE).offerFor(drawing.sha256())).isNull();

        _setValue(offer, true);
        _click(form.submit);

        String caseNumber = _get(H2.class, spec -> spec.withId("case-number")).getText();
        assertThat(caseNumber).isNotEqualTo(earlier);
        Material reused = queries.find(caseNumber).orElseThrow().materials().getFirst();
        assertThat(reused.type()).isEqualTo(MaterialType.WATER_USE_POINTS);
        assertThat(reused.sha256()).isEqualTo(drawing.sha256());
        assertThat(reused.fileName()).isEqualTo("早期用水点" + unique + ".dwg");
        assertThat(reused.reusedFromCase()).isEqualTo(earlier);
        assertThat(get_textRecursively(_get(MaterialsPanel.class))).contains("复用自案件", earlier);
        assertThat(PageTexts.all()).contains("复用材料：给水：所有用水点图纸 — 早期用水点" + unique + ".dwg（来自案件 " + earlier + "）");
        assertThat(PageTexts.rawKeys()).isEmpty();
    }

    @Test
    void theServerFindingsAreShownAtTheFieldsTheyConcern() {
        IntakeView form = openForm();
        fill(form, creditCode, "2611-371002-04-03-" + unique);
        _setValue(form.services.get(UtilityService.TELECOM).selected, true);
        var selections = List.of(ServiceSelection.of(UtilityService.TELECOM));

        form.show(List.of(cn.weihai.lianbao.shared.FieldViolation.of("project.district", "validation.required"),
                cn.weihai.lianbao.shared.FieldViolation.of("services[0].externalWorks",
                        "validation.services.externalWorksNotApplicable", UtilityService.TELECOM),
                cn.weihai.lianbao.shared.FieldViolation.of("applicant", "validation.required")), selections);

        assertThat(form.district.isInvalid()).isTrue();
        assertThat(form.district.getErrorMessage()).isEqualTo("必填");
        assertThat(form.services.get(UtilityService.TELECOM).error.getText()).isEqualTo("通信报装不涉及外线工程");
        assertThat(form.formError.getText()).isEqualTo("必填");
    }

    @Test
    void utilityStaffHandInAnotherFileFromTheCasePage() throws Exception {
        String caseNumber = acceptWithDrawing();
        signIn("water");
        UI.getCurrent().navigate(CaseView.class, new com.vaadin.flow.router.RouteParameters(CaseView.CASE_NUMBER,
                caseNumber));
        MaterialsPanel panel = _get(MaterialsPanel.class);
        assertThat(get_textRecursively(panel)).contains("早期用水点" + unique + ".dwg", "共享营业厅");
        assertThat(panel.upload.isEnabled()).isFalse(); // the kind of material first

        _setValue(panel.type, MaterialType.DRAINAGE_SEPTIC);
        UploadKt._upload(panel.upload, "化粪池.pdf", "application/pdf", bytes("%PDF-1.7 not CAD " + unique));
        assertThat(panel.error.getText()).isEqualTo("排水：化粪池位置及出水口高程图纸须为最终版 CAD 图纸（.dwg 或 .dxf 格式）");

        _setValue(panel.type, MaterialType.SITE_MASTER_PLAN);
        UploadKt._upload(panel.upload, "总平面图" + unique + ".pdf", "application/pdf", bytes("%PDF-1.7 plan " + unique));

        MaterialsPanel refreshed = _get(MaterialsPanel.class);
        assertThat(get_textRecursively(refreshed)).contains("规划总平面图", "总平面图" + unique + ".pdf",
                "联合报装工作台");
        Material added = queries.find(caseNumber).orElseThrow().materials().getLast();
        assertThat(added.type()).isEqualTo(MaterialType.SITE_MASTER_PLAN);
        assertThat(added.actor().username()).isEqualTo("water");
        assertThat(added.channel()).isEqualTo(Channel.STAFF_WORKSPACE);
        assertThat(queries.find(caseNumber).orElseThrow().materials()).hasSize(2);
    }

    @Test
    void theClerkFindsTheIntakeInTheNavigation() {
        openForm();
        SideNavItem item = _get(SideNavItem.class, spec -> spec.withId("nav-intake"));
        assertThat(item.getLabel()).isEqualTo("受理");
    }

    @Test
    void utilityStaffNeitherSeeNorOpenTheIntake() {
        signIn("water");
        assertThatThrownBy(() -> UI.getCurrent().navigate(IntakeView.class))
                .isInstanceOf(com.github.mvysny.kaributesting.v10.MockAccessDeniedException.class); // Karibu's 403
        assertThat(_find(IntakeView.class)).isEmpty();
        UI.getCurrent().navigate(CaseListView.class);
        assertThat(_find(SideNavItem.class, spec -> spec.withId("nav-intake"))).isEmpty();
    }

    /** An earlier case of the same builder with a water drawing handed in. */
    private String acceptWithDrawing() throws Exception {
        LocalDate on = LocalDate.now(cn.weihai.lianbao.LianbaoApplication.ZONE).minusDays(2);
        String caseNumber = caseNumbers.allocate(on);
        AcceptApplication template = TestCases.waterAndPower(caseNumber, on, applicant, "早期项目" + unique);
        var clerk = users.find("clerk").orElseThrow().actor();
        commands.sendAndWait(new AcceptApplication(caseNumber, on, Channel.SHARED_HALL,
                new Applicant(applicant, creditCode, "张经理", "13806310001"), template.project(),
                template.services(), clerk));
        StoredFile file = store.store(new ByteArrayInputStream(bytes("AC1027 早期 " + unique)),
                "早期用水点" + unique + ".dwg", "image/vnd.dwg");
        commands.sendAndWait(new AttachMaterial(caseNumber, MaterialType.WATER_USE_POINTS,
                "早期用水点" + unique + ".dwg", file.sha256(), file.size(), null, on, clerk, Channel.SHARED_HALL));
        assertThat(CreditCode.isValid(creditCode)).isTrue();
        return caseNumber;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
