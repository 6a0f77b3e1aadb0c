package cn.weihai.lianbao.deadline;

import cn.weihai.lianbao.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TrackClockTest {
    private static final WorkingDayCalendar CAL = WorkingDayCalendar.shipped();
    private static final LocalDate MON_MAR_2 = LocalDate.of(2026, 3, 2);

    private static ClockReading read(LocalDate start, int limit, List<Wait> waits, LocalDate stopped, LocalDate today) {
        return TrackClock.read(CAL, start, limit, waits, stopped, today, 1);
    }

    @ParameterizedTest(name = "accepted {0}, {1} working days → due {2}")
    @CsvSource({
            "2026-03-02, 7, 2026-03-11",  // water direct: Mon + 7 → next Wed
            "2026-03-02, 3, 2026-03-05",  // residential power
            "2026-09-28, 5, 2026-10-10",  // telecom across National Day: 09-29, 09-30, 10-08, 10-09, Sat 10-10 (调休)
            "2026-02-12, 4, 2026-02-25",  // gas across Spring Festival: 02-13, Sat 02-14 (调休), 02-24, 02-25
            "2026-12-28, 7, 2027-01-06",  // into 2027: no notice yet, Monday–Friday only
    })
    void dueDateIsTheNthWorkingDayAfterAcceptance(LocalDate start, int limit, LocalDate due) {
        assertThat(read(start, limit, List.of(), null, start).dueDate()).isEqualTo(due);
    }

    @Test
    void dueDateIntoAnUnannouncedYearIsProvisional() {
        assertThat(read(LocalDate.of(2026, 12, 28), 7, List.of(), null, LocalDate.of(2026, 12, 28)).provisional())
                .isTrue();
        assertThat(read(MON_MAR_2, 7, List.of(), null, MON_MAR_2).provisional()).isFalse();
    }

    @Test
    void usedAndRemainingCountFromTheDayAfterAcceptance() {
        ClockReading r = read(MON_MAR_2, 7, List.of(), null, LocalDate.of(2026, 3, 4));
        assertThat(r.usedWorkingDays()).isEqualTo(2);
        assertThat(r.remainingWorkingDays()).isEqualTo(5);
        assertThat(r.warning()).isEqualTo(Warning.NONE);
    }

    @Test
    void dueSoonFromOneWorkingDayBeforeAndOverdueOnceTheDueDateHasClosed() {
        assertThat(read(MON_MAR_2, 7, List.of(), null, LocalDate.of(2026, 3, 9)).warning()).isEqualTo(Warning.NONE);
        assertThat(read(MON_MAR_2, 7, List.of(), null, LocalDate.of(2026, 3, 10)).warning())
                .isEqualTo(Warning.DUE_SOON);
        ClockReading onDueDate = read(MON_MAR_2, 7, List.of(), null, LocalDate.of(2026, 3, 11));
        assertThat(onDueDate.warning()).isEqualTo(Warning.DUE_SOON);
        assertThat(onDueDate.remainingWorkingDays()).isZero();
        ClockReading after = read(MON_MAR_2, 7, List.of(), null, LocalDate.of(2026, 3, 12));
        assertThat(after.warning()).isEqualTo(Warning.OVERDUE);
        assertThat(after.remainingWorkingDays()).isEqualTo(-1);
    }

    @Test
    void aWaitMovesTheDueDateByItsWorkingDaysExcludingThePauseDayIncludingTheResumeDay() {
        // paused Wed 03-04, resumed Mon 03-09: waited days are Thu, Fri, Mon = 3
        var waits = List.of(new Wait(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 9)));
        ClockReading r = read(MON_MAR_2, 7, waits, null, LocalDate.of(2026, 3, 10));
        assertThat(r.dueDate()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(r.usedWorkingDays()).isEqualTo(3); // Tue, Wed, Tue
        assertThat(r.remainingWorkingDays()).isEqualTo(4);
    }

    @Test
    void anOpenWaitKeepsMovingTheDueDateUntilToday() {
        var waits = List.of(new Wait(LocalDate.of(2026, 3, 4), null));
        ClockReading r = read(MON_MAR_2, 7, waits, null, LocalDate.of(2026, 3, 20));
        assertThat(r.dueDate()).isEqualTo(CAL.workingDaysAfter(LocalDate.of(2026, 3, 20), 5));
        assertThat(r.usedWorkingDays()).isEqualTo(2);
        assertThat(r.warning()).isEqualTo(Warning.NONE);
    }

    @Test
    void stoppedClockSaysOnTimeOrLate() {
        ClockReading onTime = read(MON_MAR_2, 7, List.of(), LocalDate.of(2026, 3, 11), LocalDate.of(2026, 4, 1));
        assertThat(onTime.onTime()).isTrue();
        assertThat(onTime.usedWorkingDays()).isEqualTo(7);
        assertThat(onTime.warning()).isEqualTo(Warning.NONE);
        ClockReading late = read(MON_MAR_2, 7, List.of(), LocalDate.of(2026, 3, 12), LocalDate.of(2026, 4, 1));
        assertThat(late.onTime()).isFalse();
        assertThat(late.usedWorkingDays()).isEqualTo(8);
    }

    @Test
    void limitsTableHasThePolicyDefaults() {
        var p = new TimeLimitPolicy();
        assertThat(p.limitFor(cn.weihai.lianbao.shared.UtilityService.WATER, false, null)).isEqualTo(TimeLimit.of(7));
        assertThat(p.limitFor(cn.weihai.lianbao.shared.UtilityService.WATER, true, null)).isEqualTo(TimeLimit.of(25));
        assertThat(p.limitFor(cn.weihai.lianbao.shared.UtilityService.POWER, false,
                cn.weihai.lianbao.shared.PowerCategory.KV35_DUAL)).isEqualTo(new TimeLimit(32, 20));
        assertThat(p.limitFor(cn.weihai.lianbao.shared.UtilityService.HEATING, true, null)).isEqualTo(TimeLimit.of(25));
        assertThat(p.limitFor(cn.weihai.lianbao.shared.UtilityService.GAS, true, null)).isEqualTo(TimeLimit.of(10));
    }
}
