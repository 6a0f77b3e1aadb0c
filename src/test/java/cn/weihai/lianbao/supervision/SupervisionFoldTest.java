package cn.weihai.lianbao.supervision;

import cn.weihai.lianbao.calendar.WorkingDayCalendar;
import cn.weihai.lianbao.casefile.TestCases;
import cn.weihai.lianbao.casefile.api.CaseEvent;
import cn.weihai.lianbao.casefile.api.ClockKind;
import cn.weihai.lianbao.casefile.api.Events.ApplicationAccepted;
import cn.weihai.lianbao.casefile.api.Events.ApplicationWithdrawn;
import cn.weihai.lianbao.casefile.api.Events.MaterialAttached;
import cn.weihai.lianbao.casefile.api.Events.TrackDueSoon;
import cn.weihai.lianbao.casefile.api.Events.TrackOverdue;
import cn.weihai.lianbao.casefile.api.Events.TrackPaused;
import cn.weihai.lianbao.casefile.api.Events.TrackResumed;
import cn.weihai.lianbao.casefile.api.Events.TrackStepRecorded;
import cn.weihai.lianbao.casefile.api.MaterialType;
import cn.weihai.lianbao.casefile.api.TrackLimit;
import cn.weihai.lianbao.casefile.api.TrackStage;
import cn.weihai.lianbao.casefile.api.TrackStatus;
import cn.weihai.lianbao.deadline.Wait;
import cn.weihai.lianbao.deadline.Warning;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.UtilityService;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

import static cn.weihai.lianbao.shared.UtilityService.POWER;
import static cn.weihai.lianbao.shared.UtilityService.WATER;
import static org.assertj.core.api.Assertions.assertThat;

/** The supervision rows event by event, with the shipped calendar (1–7 Oct 2026 off, Saturday 10 Oct worked). */
class SupervisionFoldTest {
    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.shipped();
    static final String CN = "LB-FOLD-1";
    static final LocalDate ACCEPTED = LocalDate.of(2026, 9, 28); // a Monday
    static final Actor STAFF = TestCases.POWER_STAFF;

    private List<SupervisedTrack> rows = List.of();
    private long sequence;

    private void apply(CaseEvent event) {
        rows = SupervisionFold.next(rows, event, sequence++, CALENDAR, 1);
    }

    private SupervisedTrack track(UtilityService service) {
        return rows.stream().filter(t -> t.service() == service).findFirst().orElseThrow();
    }

    private void accept() {
        var cmd = TestCases.waterAndPower(CN, ACCEPTED, "折叠测试公司", "折叠测试项目");
        apply(new ApplicationAccepted(CN, ACCEPTED, cmd.channel(), cmd.applicant(), cmd.project(), cmd.services(),
                false, List.of(new TrackLimit(WATER, 7, null), new TrackLimit(POWER, 11, null)), 0, TestCases.CLERK));
    }

    private TrackStepRecorded step(UtilityService s, TrackStage stage, LocalDate on) {
        return new TrackStepRecorded(CN, s, stage, null, on, STAFF, Channel.STAFF_WORKSPACE);
    }

    @Test
    void acceptanceOpensOneRowPerTrackWithTheDueDateOfTheWorkingDayCalendar() {
        accept();
        assertThat(rows).hasSize(2);
        SupervisedTrack water = track(WATER);
        // 29, 30 Sep, 8, 9, 10 (调休), 12, 13 Oct: the 7th working day is 13 Oct
        assertThat(water.dueOn()).isEqualTo(LocalDate.of(2026, 10, 13))
                .isEqualTo(CALENDAR.workingDaysAfter(ACCEPTED, 7));
        assertThat(water.status()).isEqualTo(TrackStatus.ACCEPTED);
        assertThat(water.remainingDays()).isEqualTo(7);
        assertThat(water.usedDays()).isZero();
        assertThat(water.district()).isNotNull();
        assertThat(water.eventCount()).isEqualTo(1);
        assertThat(track(POWER).dueOn()).isEqualTo(CALENDAR.workingDaysAfter(ACCEPTED, 11));
        assertThat(track(POWER).powerCategory()).isNotNull();
    }

    @Test
    void aPauseMovesTheDueDateByItsWorkingDaysAndFreezesTheTimeLeft() {
        accept();
        LocalDate pausedOn = LocalDate.of(2026, 9, 29);
        apply(new TrackPaused(CN, WATER, "等待", pausedOn, STAFF, Channel.STAFF_WORKSPACE));
        SupervisedTrack paused = track(WATER);
        assertThat(paused.status()).isEqualTo(TrackStatus.PAUSED);
        assertThat(paused.remainingDays()).isEqualTo(6);
        assertThat(paused.waits()).containsExactly(new Wait(pausedOn, null));
        assertThat(SupervisionQueries.timeLeft(paused, LocalDate.of(2026, 11, 30), CALENDAR)).hasValue(6);

        LocalDate resumedOn = LocalDate.of(2026, 10, 14); // 30 Sep, 8, 9, 10, 12, 13, 14 Oct waited: 7 days
        apply(new TrackResumed(CN, WATER, null, resumedOn, STAFF, Channel.STAFF_WORKSPACE));
        SupervisedTrack resumed = track(WATER);
        assertThat(resumed.status()).isEqualTo(TrackStatus.ACCEPTED);
        assertThat(resumed.dueOn()).isEqualTo(CALENDAR.workingDaysAfter(ACCEPTED, 7 + 7))
                .isEqualTo(LocalDate.of(2026, 10, 22));
        assertThat(resumed.eventCount()).isEqualTo(3);
        assertThat(track(POWER).eventCount()).isEqualTo(3);
    }

    @Test
    void connectionByTheDueDateIsOnTimeAndAfterItLateWithTheWorkingDaysUsed() {
        accept();
        apply(step(WATER, TrackStage.CONNECTED, LocalDate.of(2026, 10, 13)));
        apply(step(POWER, TrackStage.CONNECTED, LocalDate.of(2026, 10, 30)));
        SupervisedTrack water = track(WATER);
        assertThat(water.status()).isEqualTo(TrackStatus.CONNECTED);
        assertThat(water.onTime()).isTrue();
        assertThat(water.usedDays()).isEqualTo(7);
        assertThat(water.endedOn()).isEqualTo(LocalDate.of(2026, 10, 13));
        SupervisedTrack power = track(POWER);
        assertThat(power.onTime()).isFalse();
        assertThat(power.usedDays()).isEqualTo(CALENDAR.workingDaysBetween(ACCEPTED, LocalDate.of(2026, 10, 30)));
        assertThat(SupervisionQueries.timeLeft(power, LocalDate.of(2026, 11, 30), CALENDAR)).isEmpty();
    }

    @Test
    void theSystemsAlertsMarkAnOpenTrackUntilItEnds() {
        accept();
        LocalDate due = track(WATER).dueOn();
        apply(new TrackDueSoon(CN, WATER, ClockKind.LIMIT, due, 1, due.minusDays(1), Actor.system(), Channel.SYSTEM));
        assertThat(track(WATER).warning()).isEqualTo(Warning.DUE_SOON);
        apply(new TrackOverdue(CN, WATER, ClockKind.LIMIT, due, due.plusDays(1), Actor.system(), Channel.SYSTEM));
        assertThat(track(WATER).warning()).isEqualTo(Warning.OVERDUE);
        assertThat(SupervisionQueries.timeLeft(track(WATER), LocalDate.of(2026, 10, 16), CALENDAR))
                .isEqualTo(OptionalInt.of(-3));
        apply(step(WATER, TrackStage.SURVEYED, due.plusDays(1)));
        assertThat(track(WATER).warning()).as("a step does not meet the limit").isEqualTo(Warning.OVERDUE);
        apply(step(WATER, TrackStage.CONNECTED, due.plusDays(2)));
        assertThat(track(WATER).warning()).isEqualTo(Warning.NONE);
        apply(new TrackOverdue(CN, WATER, ClockKind.LIMIT, due, due.plusDays(3), Actor.system(), Channel.SYSTEM));
        assertThat(track(WATER).warning()).as("no mark on an ended track").isEqualTo(Warning.NONE);
        assertThat(track(POWER).warning()).isEqualTo(Warning.NONE);
    }

    @Test
    void aWithdrawnApplicationEndsTheOpenTracksOnly() {
        accept();
        apply(step(WATER, TrackStage.CONNECTED, LocalDate.of(2026, 10, 9)));
        apply(new ApplicationWithdrawn(CN, "项目暂缓", LocalDate.of(2026, 10, 12), TestCases.CLERK,
                Channel.GOV_SERVICE_CENTER));
        assertThat(track(WATER).status()).isEqualTo(TrackStatus.CONNECTED);
        assertThat(track(POWER).status()).isEqualTo(TrackStatus.WITHDRAWN);
        assertThat(track(POWER).endedOn()).isEqualTo(LocalDate.of(2026, 10, 12));
        assertThat(track(POWER).onTime()).isNull();
        assertThat(rows).allMatch(t -> t.eventCount() == 3);
    }

    @Test
    void eventsBeforeTheAcceptanceOrNotAboutTracksChangeNothing() {
        apply(step(WATER, TrackStage.SURVEYED, ACCEPTED));
        assertThat(rows).isEmpty();
        sequence = 0;
        accept();
        List<SupervisedTrack> before = rows;
        apply(new MaterialAttached(CN, MaterialType.BUSINESS_LICENCE, "a.pdf", "0".repeat(64), 10, null, ACCEPTED,
                TestCases.CLERK, Channel.GOV_SERVICE_CENTER));
        assertThat(rows).isSameAs(before);
    }
}
