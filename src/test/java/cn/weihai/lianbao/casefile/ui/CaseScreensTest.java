package cn.weihai.lianbao.casefile.ui;

import cn.weihai.lianbao.UiTest;
import cn.weihai.lianbao.casefile.TestCases;
import cn.weihai.lianbao.casefile.api.Commands.AcceptApplication;
import cn.weihai.lianbao.casefile.api.Commands.RecordTrackStep;
import cn.weihai.lianbao.casefile.api.TrackStep;
import cn.weihai.lianbao.identity.StaffUser;
import cn.weihai.lianbao.identity.StaffUserDetailsService;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.UtilityService;
import cn.weihai.lianbao.ui.PageTexts;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouteParameters;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import static cn.weihai.lianbao.casefile.TestCases.await;
import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** The case list and the case page in a mocked browser, on the real application and PostgreSQL. */
class CaseScreensTest extends UiTest {
    // recent enough that no limit has passed: a long-past acceptance would also bring the system's 超期 events
    static final LocalDate ACCEPTED_ON = LocalDate.now(cn.weihai.lianbao.LianbaoApplication.ZONE).minusDays(3);

    @Autowired
    CommandGateway commands;
    @Autowired
    CaseNumberAllocator caseNumbers;
    @Autowired
    StaffUserDetailsService users;

    String caseNumber;
    String applicant;

    @BeforeEach
    void acceptACaseAndSignIn() {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        applicant = "界面测试有限公司" + unique;
        caseNumber = caseNumbers.allocate(ACCEPTED_ON);
        AcceptApplication accept = TestCases.waterAndPower(caseNumber, ACCEPTED_ON, applicant, "海景花园" + unique);
        commands.sendAndWait(new AcceptApplication(accept.caseNumber(), accept.acceptedOn(), accept.channel(),
                accept.applicant(), accept.project(), accept.services(), staff("clerk").actor()));
        commands.sendAndWait(new RecordTrackStep(caseNumber, UtilityService.POWER, TrackStep.SURVEYED,
                ACCEPTED_ON.plusDays(3), "现场踏勘完成", staff("power").actor(), Channel.STAFF_WORKSPACE));
        signIn("clerk");
        UI.getCurrent().navigate(CaseListView.class);
    }

    @Test
    void theListShowsTheNewCaseAndAClickOpensIt() {
        CaseListView list = _get(CaseListView.class);
        _setValue(list.search, caseNumber);
        await("the case in the list with the power survey", () -> {
            list.refresh();
            return GridKt._size(list.grid) == 1
                    && get_textRecursively(GridKt._getCellComponent(list.grid, 0, "tracks")).contains("已踏勘");
        });
        assertThat(GridKt._getFormattedRow(list.grid, 0))
                .contains(caseNumber, ACCEPTED_ON.toString(), applicant, "环翠区", "政务中心窗口");
        assertThat(get_textRecursively(GridKt._getCellComponent(list.grid, 0, "tracks")))
                .contains("供水", "已受理", "供电", "已踏勘");
        assertThat(get_textRecursively(GridKt._getCellComponent(list.grid, 0, "status"))).isEqualTo("办理中");
        assertThat(list.grid.getColumnByKey("caseNumber").getHeaderText()).isEqualTo("案件编号");
        assertThat(PageTexts.rawKeys()).isEmpty();

        GridKt._clickItem(list.grid, 0);

        CaseView page = _get(CaseView.class);
        assertThat(_get(H2.class, spec -> spec.withId("case-number")).getText()).isEqualTo(caseNumber);
        assertThat(get_textRecursively(page)).contains(applicant, "统一社会信用代码", "王静（威海市政务服务中心）");
        TrackCard power = _get(TrackCard.class, spec -> spec.withId("track-power"));
        assertThat(power.getTitleAsText()).isEqualTo("供电");
        assertThat(get_textRecursively(power)).contains("已踏勘", "现场踏勘", "10千伏单电源", ACCEPTED_ON.plusDays(3).toString());
        TrackCard water = _get(TrackCard.class, spec -> spec.withId("track-water"));
        assertThat(water.getTitleAsText()).isEqualTo("供水");
        assertThat(get_textRecursively(water)).contains("已受理").doesNotContain("用电类别");
        assertThat(get_textRecursively(page)).contains("本案件不涉及外线工程审批");
    }

    @Test
    void theCasePageShowsEveryEventWithItsActor() {
        openCase(caseNumber);

        Grid<?> history = _get(HistoryGrid.class);
        assertThat(GridKt._size(history)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(history, 0))
                .contains("0", "受理", ACCEPTED_ON.toString(), "王静", "综合窗口人员", "威海市政务服务中心", "政务服务中心综合窗口",
                        "受理联合报装申请，报装事项：供水、供电");
        assertThat(GridKt._getFormattedRow(history, 1))
                .contains("1", "办理进度", ACCEPTED_ON.plusDays(3).toString(), "吴强", "市政公用企业人员", "国网威海供电公司", "联合报装工作台",
                        "供电：已踏勘 — 现场踏勘完成");
        assertThat(GridKt._getFormattedRow(history, 1).get(3)).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(PageTexts.rawKeys()).isEmpty();
    }

    @Test
    void englishChangesTheLabelsAndStaysForTheSession() {
        openCase(caseNumber);
        assertThat(_get(Button.class, spec -> spec.withId("logout")).getText()).isEqualTo("退出登录");

        _click(_get(Button.class, spec -> spec.withId("lang-en")));

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        assertThat(_get(Button.class, spec -> spec.withId("logout")).getText()).isEqualTo("Sign out");
        assertThat(get_textRecursively(_get(CaseView.class))).contains("History", "Surveyed", "Site survey");
        assertThat(GridKt._getFormattedRow(_get(HistoryGrid.class), 1))
                .contains("Progress", "Utility staff", "Staff workspace", "Electricity: Surveyed — 现场踏勘完成");
        assertThat(get_textRecursively(_get(Div.class, spec -> spec.withId("current-user"))))
                .contains("Window clerk");
        assertThat(PageTexts.rawKeys()).isEmpty();

        UI.getCurrent().navigate(CaseListView.class);
        assertThat(_get(CaseListView.class).grid.getColumnByKey("caseNumber").getHeaderText())
                .isEqualTo("Case number");

        _click(_get(Button.class, spec -> spec.withId("lang-zh")));
        assertThat(_get(CaseListView.class).grid.getColumnByKey("caseNumber").getHeaderText()).isEqualTo("案件编号");
    }

    @Test
    void anUnknownCaseNumberSaysSo() {
        openCase("LB-1999-999999");

        assertThat(get_textRecursively(_get(Div.class, spec -> spec.withId("case-not-found"))))
                .contains("案件不存在", "LB-1999-999999");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("案件不存在");
    }

    @Test
    void theFrameShowsWhoIsSignedIn() {
        assertThat(get_textRecursively(_get(Div.class, spec -> spec.withId("current-user"))))
                .contains("王静", "综合窗口人员", "威海市政务服务中心");
        assertThat(_get(Button.class, spec -> spec.withId("lang-zh")).getText()).isEqualTo("中文");
        assertThat(_get(Button.class, spec -> spec.withId("lang-en")).getText()).isEqualTo("English");
    }

    @Test
    void aSessionStartsInChineseWhateverTheBrowserAsksFor() {
        assumeFalse(VaadinRequest.getCurrent().getLocale().getLanguage().equals("zh"), "the fake browser asks for Chinese");
        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    private static void openCase(String number) {
        UI.getCurrent().navigate(CaseView.class, new RouteParameters(CaseView.CASE_NUMBER, number));
    }

    private StaffUser staff(String username) {
        return users.find(username).orElseThrow();
    }
}
