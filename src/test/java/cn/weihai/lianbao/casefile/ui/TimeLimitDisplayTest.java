package cn.weihai.lianbao.casefile.ui;

import cn.weihai.lianbao.UiTest;
import cn.weihai.lianbao.casefile.api.ApprovalStatus;
import cn.weihai.lianbao.casefile.api.CaseDetails.ApprovalDetails;
import cn.weihai.lianbao.casefile.api.CaseDetails.Pause;
import cn.weihai.lianbao.casefile.api.CaseDetails.TrackDetails;
import cn.weihai.lianbao.casefile.api.MaterialsPreparer;
import cn.weihai.lianbao.casefile.api.TrackStage;
import cn.weihai.lianbao.casefile.api.TrackStatus;
import cn.weihai.lianbao.deadline.ClockReading;
import cn.weihai.lianbao.deadline.Warning;
import cn.weihai.lianbao.shared.PowerCategory;
import cn.weihai.lianbao.shared.UtilityService;
import cn.weihai.lianbao.ui.Badge;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/** How the case page shows a time limit in each state, from clock readings made up for the purpose. */
class TimeLimitDisplayTest extends UiTest {
    static final LocalDate ACCEPTED = LocalDate.of(2026, 12, 28);
    static final LocalDate DUE = LocalDate.of(2027, 1, 6);

    static ClockReading running(int used, Warning warning, boolean provisional) {
        return new ClockReading(7, DUE, used, 7 - used, warning, null, null, provisional);
    }

    static ClockReading stopped(LocalDate on, boolean onTime) {
        return new ClockReading(7, DUE, onTime ? 6 : 9, onTime ? 1 : -2, Warning.NONE, on, onTime, false);
    }

    static TrackDetails water(TrackStatus status, List<Pause> pauses, ClockReading clock) {
        TrackStage stage = status == TrackStatus.CONNECTED ? TrackStage.CONNECTED : TrackStage.SURVEYED;
        return new TrackDetails(UtilityService.WATER, false, null, status, stage,
                status == TrackStatus.PAUSED ? "等待申请人完成室内管道" : null, null, ACCEPTED.plusDays(2),
                clock.stoppedOn(), pauses, List.of(), 7, null, null, clock, null);
    }

    static List<String> marks(Component c) {
        return _find(c, Badge.class).stream().map(Badge::getText).toList();
    }

    @Test
    void aRunningClockShowsLimitDueDateDaysAndDueSoon() {
        TrackCard card = new TrackCard(water(TrackStatus.SURVEYED, List.of(), running(6, Warning.DUE_SOON, false)));

        assertThat(get_textRecursively(card)).contains("办理时限", "7 个工作日", "截止日期", "2027-01-06",
                "已用工作日", "6 个工作日", "剩余工作日", "1 个工作日").doesNotContain("暂按");
        assertThat(marks(card)).containsExactly("已踏勘", "临期");
        assertThat(_find(card, Badge.class).get(1).getClassNames()).contains("lb-badge--due-soon");
    }

    @Test
    void anOverdueClockSaysByHowMuch() {
        TrackCard card = new TrackCard(water(TrackStatus.SURVEYED, List.of(), running(10, Warning.OVERDUE, false)));

        assertThat(get_textRecursively(card)).contains("已超出 3 个工作日");
        assertThat(marks(card)).containsExactly("已踏勘", "超期");
        assertThat(_find(card, Badge.class).get(1).getClassNames()).contains("lb-badge--overdue");
    }

    @Test
    void inEnglishOneWorkingDayIsSingular() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        TrackCard card = new TrackCard(water(TrackStatus.SURVEYED, List.of(), running(6, Warning.DUE_SOON, true)));

        assertThat(get_textRecursively(card)).contains("7 working days", "6 working days", "1 working day",
                "(provisional: counted Monday to Friday");
        assertThat(marks(card)).containsExactly("Surveyed", "Due soon");
        assertThat(get_textRecursively(new TrackCard(water(TrackStatus.SURVEYED, List.of(),
                running(8, Warning.OVERDUE, false))))).contains("1 working day over");
    }

    @Test
    void nothingIsMarkedWhileAllIsWell() {
        TrackCard card = new TrackCard(water(TrackStatus.SURVEYED, List.of(), running(2, Warning.NONE, false)));

        assertThat(marks(card)).containsExactly("已踏勘");
    }

    @Test
    void aDueDateInAYearWithoutNoticeIsMarkedProvisional() {
        TrackCard card = new TrackCard(water(TrackStatus.SURVEYED, List.of(), running(2, Warning.NONE, true)));

        assertThat(get_textRecursively(card)).contains("2027-01-06（暂按周一至周五计算，待国务院公布放假安排）");
    }

    @Test
    void whileTheApplicantIsAwaitedTheClockIsPausedNotOverdue() {
        var pause = new Pause(TrackStatus.PAUSED, ACCEPTED.plusDays(3), null, "等待申请人完成室内管道");
        TrackCard card = new TrackCard(water(TrackStatus.PAUSED, List.of(pause), running(8, Warning.OVERDUE, false)));

        assertThat(marks(card)).containsExactly("暂停（等待申请人）", "计时暂停");
        assertThat(get_textRecursively(card)).doesNotContain("超期");
    }

    @Test
    void aFinishedTrackShowsWhenAndWhetherOnTime() {
        TrackCard onTime = new TrackCard(water(TrackStatus.CONNECTED, List.of(), stopped(DUE.minusDays(1), true)));
        assertThat(get_textRecursively(onTime)).contains("办结日期", "2027-01-05").doesNotContain("剩余工作日");
        assertThat(marks(onTime)).containsExactly("已接通", "按期");
        assertThat(_find(onTime, Badge.class).get(1).getClassNames()).contains("lb-badge--on-time");

        TrackCard late = new TrackCard(water(TrackStatus.CONNECTED, List.of(), stopped(DUE.plusDays(3), false)));
        assertThat(marks(late)).containsExactly("已接通", "逾期");
        assertThat(_find(late, Badge.class).get(1).getClassNames()).contains("lb-badge--late");
    }

    @Test
    void thirtyFiveKvShowsTheSupplyPlanReplyClockToo() {
        ClockReading grid = new ClockReading(22, LocalDate.of(2026, 4, 1), 9, 13, Warning.NONE, null, null, false);
        ClockReading planRunning = new ClockReading(10, LocalDate.of(2026, 3, 16), 9, 1, Warning.DUE_SOON, null,
                null, false);
        TrackCard card = new TrackCard(power(grid, planRunning));
        assertThat(get_textRecursively(card)).contains("供电方案答复时限", "10 个工作日，截止 2026-03-16", "22 个工作日");
        assertThat(marks(card)).containsExactly("已踏勘", "临期");

        ClockReading planReplied = new ClockReading(10, LocalDate.of(2026, 3, 16), 8, 2, Warning.NONE,
                LocalDate.of(2026, 3, 12), true, false);
        TrackCard replied = new TrackCard(power(grid, planReplied));
        assertThat(get_textRecursively(replied)).contains("10 个工作日，截止 2026-03-16；2026-03-12 已答复");
        assertThat(marks(replied)).containsExactly("已踏勘", "按期");
    }

    static TrackDetails power(ClockReading grid, ClockReading planReply) {
        return new TrackDetails(UtilityService.POWER, false, PowerCategory.KV35_SINGLE, TrackStatus.SURVEYED,
                TrackStage.SURVEYED, null, null, LocalDate.of(2026, 3, 4), null, List.of(), List.of(), 22, 10,
                planReply.stoppedOn(), grid, planReply);
    }

    @Test
    void theApprovalShowsItsOwnLimitOnceSubmitted() {
        ApprovalPanel waiting = new ApprovalPanel(approval(ApprovalStatus.PREPARING, null, null));
        assertThat(get_textRecursively(waiting)).contains("审批时限", "5 个工作日", "提交联合审批后开始计时");
        assertThat(marks(waiting)).containsExactly("准备审批材料");

        LocalDate submitted = LocalDate.of(2026, 3, 2);
        ClockReading overdue = new ClockReading(5, LocalDate.of(2026, 3, 9), 7, -2, Warning.OVERDUE, null, null,
                false);
        ApprovalPanel late = new ApprovalPanel(approval(ApprovalStatus.UNDER_REVIEW, submitted, overdue));
        assertThat(get_textRecursively(late)).contains("提交审批日期", "2026-03-02", "截止日期", "2026-03-09",
                "已超出 2 个工作日");
        assertThat(marks(late)).containsExactly("联合审批中", "超期");
    }

    static ApprovalDetails approval(ApprovalStatus status, LocalDate submittedOn, ClockReading clock) {
        return new ApprovalDetails(status, 1, status == ApprovalStatus.PREPARING ? null : MaterialsPreparer.UTILITY,
                false, false, null, List.of(), null, null, List.of(), 5, submittedOn, clock);
    }
}
