package cn.weihai.lianbao.casefile.queue.ui;

import cn.weihai.lianbao.LianbaoApplication;
import cn.weihai.lianbao.UiTest;
import cn.weihai.lianbao.casefile.TestCases;
import cn.weihai.lianbao.casefile.api.TrackStep;
import cn.weihai.lianbao.casefile.api.TrackStatus;
import cn.weihai.lianbao.casefile.queue.WorkQueueQueries;
import cn.weihai.lianbao.casefile.queue.QueueFilter;
import cn.weihai.lianbao.casefile.ui.CaseView;
import cn.weihai.lianbao.deadline.Warning;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.UtilityService;
import cn.weihai.lianbao.ui.PageTexts;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteParameters;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.UUID;

import static cn.weihai.lianbao.casefile.TestCases.await;
import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The work queue (待办) in a mocked browser, on the real application and PostgreSQL. */
class QueueScreensTest extends UiTest {
    static final LocalDate TODAY = LocalDate.now(LianbaoApplication.ZONE);
    // long past power's 11 working days: the system raises 超期 within seconds
    static final LocalDate LONG_AGO = TODAY.minusDays(40);

    @Autowired
    CommandGateway commands;
    @Autowired
    CaseNumberAllocator caseNumbers;
    @Autowired
    WorkQueueQueries queries;

    String unique;
    String recent;
    String overdue;
    String telecom;

    @BeforeEach
    void threeCases() {
        unique = UUID.randomUUID().toString().substring(0, 8);
        recent = caseNumbers.allocate(TODAY.minusDays(2));
        commands.sendAndWait(TestCases.waterAndPower(recent, TODAY.minusDays(2), "待办界面公司" + unique, "新近项目"));
        overdue = caseNumbers.allocate(LONG_AGO);
        commands.sendAndWait(TestCases.waterAndPower(overdue, LONG_AGO, "待办界面公司" + unique, "超期项目"));
        telecom = caseNumbers.allocate(TODAY.minusDays(2));
        commands.sendAndWait(TestCases.telecom(telecom, TODAY.minusDays(2), "待办界面公司" + unique, "通信项目"));
        await("the three cases in the queues", () -> queries.count(QueueFilter.of(UtilityService.POWER)
                .withText(unique)) == 2 && queries.count(QueueFilter.of(UtilityService.TELECOM).withText(unique)) == 1);
    }

    private QueueView openQueue(String user) {
        signIn(user);
        UI.getCurrent().navigate(QueueView.class);
        QueueView view = _get(QueueView.class);
        _setValue(view.search, unique);
        return view;
    }

    @Test
    void powerStaffSeeTheirOwnOpenTracksSoonestDueFirstWithTheWarningMark() {
        await("the system's overdue alert in the queue", () -> queries.count(QueueFilter.of(UtilityService.POWER)
                .withText(unique).withWarning(Warning.OVERDUE)) == 1);
        QueueView view = openQueue("power");

        assertThat(view.service.isVisible()).isFalse();
        assertThat(get_textRecursively(view)).contains("待办：供电");
        assertThat(GridKt._size(view.grid)).isEqualTo(2); // the telecom case is not theirs
        assertThat(get_textRecursively(GridKt._getCellComponent(view.grid, 0, "caseNumber"))).isEqualTo(overdue);
        assertThat(get_textRecursively(GridKt._getCellComponent(view.grid, 0, "warning"))).isEqualTo("超期");
        assertThat(GridKt._getCellComponent(view.grid, 0, "warning").getClassNames()).contains("lb-badge--overdue");
        assertThat(get_textRecursively(GridKt._getCellComponent(view.grid, 1, "caseNumber"))).isEqualTo(recent);
        assertThat(get_textRecursively(GridKt._getCellComponent(view.grid, 1, "warning"))).isEmpty();
        assertThat(GridKt._getFormattedRow(view.grid, 1)).contains("待办界面公司" + unique, "新近项目", "环翠区",
                TODAY.minusDays(2).toString());
        assertThat(get_textRecursively(view.count)).isEqualTo("共 2 项");
        assertThat(_find(SideNavItem.class, spec -> spec.withId("nav-queue"))).hasSize(1);
        assertThat(PageTexts.rawKeys()).isEmpty();

        _setValue(view.warning, Warning.OVERDUE);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(get_textRecursively(GridKt._getCellComponent(view.grid, 0, "caseNumber"))).isEqualTo(overdue);
        _setValue(view.warning, Warning.DUE_SOON);
        assertThat(GridKt._size(view.grid)).isZero();
        _setValue(view.warning, null);
        _setValue(view.district, District.WENDENG);
        assertThat(GridKt._size(view.grid)).isZero();
        _setValue(view.district, District.HUANCUI);
        _setValue(view.status, TrackStatus.ACCEPTED);
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        _setValue(view.search, recent);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
    }

    @Test
    void aSupervisorPicksAUtilityAndLooksOnWithoutActions() {
        QueueView view = openQueue("supervisor");
        assertThat(view.service.isVisible()).isTrue();

        _setValue(view.service, UtilityService.TELECOM);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(get_textRecursively(GridKt._getCellComponent(view.grid, 0, "caseNumber"))).isEqualTo(telecom);
        assertThat(GridKt._getCellComponent(view.grid, 0, "actions")).isNotInstanceOf(Button.class);
    }

    @Test
    void aStepRecordedFromTheQueueShowsThere() {
        QueueView view = openQueue("power");
        _setValue(view.search, recent);
        _click((Button) GridKt._getCellComponent(view.grid, 0, "actions"));

        StepDialog dialog = _get(StepDialog.class);
        assertThat(dialog.step.getListDataView().getItems()).containsExactly(TrackStep.SURVEYED, TrackStep.PAUSED,
                TrackStep.SUPPLEMENT_REQUESTED, TrackStep.REJECTED);
        _setValue(dialog.step, TrackStep.SURVEYED);
        _click(dialog.save);

        assertThat(_find(StepDialog.class)).isEmpty();
        assertThat(get_textRecursively(GridKt._getCellComponent(view.grid, 0, "status"))).isEqualTo("已踏勘");
    }

    @Test
    void theTrackCardOffersOnlyTheAllowedStepsToItsOwnUtilityAndChecksTheInput() {
        signIn("power");
        openCase(recent);
        assertThat(_find(Button.class, spec -> spec.withId("track-water-record-step"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("track-power-record-step")));

        StepDialog dialog = _get(StepDialog.class);
        assertThat(dialog.step.getListDataView().getItems()).containsExactly(TrackStep.SURVEYED, TrackStep.PAUSED,
                TrackStep.SUPPLEMENT_REQUESTED, TrackStep.REJECTED);
        assertThat(dialog.date.getValue()).isEqualTo(TODAY);

        _click(dialog.save);
        assertThat(dialog.step.isInvalid()).isTrue();
        assertThat(dialog.step.getErrorMessage()).isEqualTo("必填");

        _setValue(dialog.step, TrackStep.PAUSED);
        assertThat(dialog.note.getLabel()).isEqualTo("原因");
        _click(dialog.save);
        assertThat(dialog.note.isInvalid()).isTrue();
        assertThat(dialog.note.getErrorMessage()).isEqualTo("请填写原因");

        _setValue(dialog.note, "等待申请人确认用电容量");
        _setValue(dialog.date, TODAY.plusDays(1));
        _click(dialog.save);
        assertThat(dialog.date.getErrorMessage()).isEqualTo("日期不能晚于今天（" + TODAY + "）");
        _setValue(dialog.date, TODAY.minusDays(3));
        _click(dialog.save);
        assertThat(dialog.date.getErrorMessage())
                .isEqualTo("日期不能早于上一办理环节的日期（" + TODAY.minusDays(2) + "）");
        assertThat(_find(StepDialog.class)).hasSize(1);

        _setValue(dialog.date, null);
        _click(dialog.save);
        assertThat(dialog.date.isInvalid()).isTrue();
        assertThat(_find(StepDialog.class)).hasSize(1);

        _setValue(dialog.date, TODAY);
        _click(dialog.save);

        assertThat(_find(StepDialog.class)).isEmpty();
        Card power = _get(Card.class, spec -> spec.withId("track-power"));
        assertThat(get_textRecursively(power)).contains("暂停（等待申请人）", "等待申请人确认用电容量", "计时暂停");
        Grid<?> history = _get(_get(Section.class, spec -> spec.withId("case-history")), Grid.class);
        assertThat(GridKt._getFormattedRow(history, GridKt._size(history) - 1))
                .contains("吴强", "联合报装工作台", "供电：等待申请人，暂停计时 — 等待申请人确认用电容量");
        assertThat(PageTexts.rawKeys()).isEmpty();

        _click(_get(Button.class, spec -> spec.withId("track-power-record-step")));
        assertThat(_get(StepDialog.class).step.getListDataView().getItems())
                .containsExactly(TrackStep.RESUMED, TrackStep.REJECTED);
    }

    @Test
    void aRefusalFromTheCaseKeepsTheInputAndSaysWhy() {
        signIn("power");
        openCase(recent);
        _click(_get(Button.class, spec -> spec.withId("track-power-record-step")));
        StepDialog dialog = _get(StepDialog.class);
        _setValue(dialog.step, TrackStep.SURVEYED);
        _setValue(dialog.note, "现场踏勘完成");
        // meanwhile a colleague recorded the survey
        commands.sendAndWait(TestCases.powerSurveyed(recent, TODAY));

        _click(dialog.save);

        assertThat(_find(StepDialog.class)).hasSize(1);
        assertThat(dialog.formError.isVisible()).isTrue();
        assertThat(dialog.formError.getText()).contains("不能记录", "已踏勘");
        assertThat(dialog.step.getValue()).isEqualTo(TrackStep.SURVEYED);
        assertThat(dialog.note.getValue()).isEqualTo("现场踏勘完成");
    }

    @Test
    void othersSeeNoStepButtons() {
        signIn("clerk");
        openCase(recent);
        assertThat(_find(Button.class, spec -> spec.withId("track-power-record-step"))).isEmpty();
        assertThat(_find(SideNavItem.class, spec -> spec.withId("nav-queue"))).isEmpty();

        signIn("water");
        openCase(recent);
        assertThat(_find(Button.class, spec -> spec.withId("track-power-record-step"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("track-water-record-step"))).hasSize(1);
    }

    private void openCase(String caseNumber) {
        UI.getCurrent().navigate(CaseView.class, new RouteParameters(CaseView.CASE_NUMBER, caseNumber));
    }

}
