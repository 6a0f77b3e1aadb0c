package cn.weihai.lianbao.deadline;

import cn.weihai.lianbao.calendar.WorkingDayCalendar;
import cn.weihai.lianbao.shared.PowerCategory;
import cn.weihai.lianbao.shared.UtilityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every row of the limits table, accepted on the days around each Spring Festival, National Day and New Year
 * of 2024–2026, on holidays and on 调休 Saturdays, with and without waits that straddle the holidays; checked
 * against an oracle walking the official reference list.
 */
class LimitsAcrossHolidaysTest {
    private static final WorkingDayCalendar CAL = WorkingDayCalendar.shipped();
    private static final TimeLimitPolicy POLICY = new TimeLimitPolicy();

    record Row(String name, UtilityService service, boolean external, PowerCategory category, int limit,
               Integer planReply) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Row> TABLE = List.of(
            new Row("供水直接接通", UtilityService.WATER, false, null, 7, null),
            new Row("供水有外线", UtilityService.WATER, true, null, 25, null),
            new Row("排水", UtilityService.DRAINAGE, false, null, 25, null),
            new Row("供电居民", UtilityService.POWER, false, PowerCategory.RESIDENTIAL, 3, null),
            new Row("供电低压三零", UtilityService.POWER, false, PowerCategory.LOW_VOLTAGE_THREE_ZERO, 7, null),
            new Row("供电10kV单电源", UtilityService.POWER, false, PowerCategory.KV10_SINGLE, 11, null),
            new Row("供电10kV双电源", UtilityService.POWER, false, PowerCategory.KV10_DUAL, 18, null),
            new Row("供电35kV单电源", UtilityService.POWER, false, PowerCategory.KV35_SINGLE, 22, 10),
            new Row("供电35kV双电源", UtilityService.POWER, false, PowerCategory.KV35_DUAL, 32, 20),
            new Row("燃气直接接通", UtilityService.GAS, false, null, 4, null),
            new Row("燃气有外线", UtilityService.GAS, true, null, 10, null),
            new Row("供暖直接接通", UtilityService.HEATING, false, null, 4, null),
            new Row("供暖有外线", UtilityService.HEATING, true, null, 25, null),
            new Row("通信", UtilityService.TELECOM, false, null, 5, null),
            new Row("广电", UtilityService.BROADCAST, false, null, 5, null));

    /** Acceptance days: before and inside each long holiday, holidays themselves, and 调休 Saturdays/Sundays. */
    static final List<LocalDate> STARTS = List.of(
            LocalDate.of(2023, 12, 29), LocalDate.of(2024, 1, 1),                       // New Year 2024 (holiday)
            LocalDate.of(2024, 2, 4), LocalDate.of(2024, 2, 8), LocalDate.of(2024, 2, 12), // Spring Festival 2024
            LocalDate.of(2024, 2, 18), LocalDate.of(2024, 9, 14), LocalDate.of(2024, 9, 29),
            LocalDate.of(2024, 10, 3), LocalDate.of(2024, 10, 12), LocalDate.of(2024, 12, 31),
            LocalDate.of(2025, 1, 26), LocalDate.of(2025, 1, 27), LocalDate.of(2025, 2, 1),  // Spring Festival 2025
            LocalDate.of(2025, 2, 8), LocalDate.of(2025, 9, 28), LocalDate.of(2025, 9, 30),
            LocalDate.of(2025, 10, 5), LocalDate.of(2025, 10, 11), LocalDate.of(2025, 12, 31),
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 4),                             // New Year 2026
            LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 20), // Spring Festival 2026
            LocalDate.of(2026, 2, 28), LocalDate.of(2026, 9, 20), LocalDate.of(2026, 9, 30),
            LocalDate.of(2026, 10, 4), LocalDate.of(2026, 10, 10));

    static Stream<Arguments> rowsAndStarts() {
        List<Arguments> all = new ArrayList<>();
        for (Row row : TABLE) {
            for (LocalDate start : STARTS) {
                all.add(Arguments.of(row, start));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} accepted {1}")
    @MethodSource("rowsAndStarts")
    void dueDateOfEveryRowAroundEveryHoliday(Row row, LocalDate start) {
        TimeLimit limit = POLICY.limitFor(row.service(), row.external(), row.category());
        assertThat(limit.workingDays()).isEqualTo(row.limit());
        assertThat(limit.planReplyWorkingDays()).isEqualTo(row.planReply());

        ClockReading grid = TrackClock.read(CAL, start, limit.workingDays(), List.of(), null, start, 1);
        assertThat(grid.dueDate()).isEqualTo(ReferenceCalendar.due(start, row.limit(), new LocalDate[0][]));
        assertThat(ReferenceCalendar.working(grid.dueDate())).as("due on a working day").isTrue();
        if (row.planReply() != null) {
            ClockReading plan = TrackClock.read(CAL, start, limit.planReplyWorkingDays(), List.of(), null, start, 1);
            assertThat(plan.dueDate()).isEqualTo(ReferenceCalendar.due(start, row.planReply(), new LocalDate[0][]));
            assertThat(plan.dueDate()).isBefore(grid.dueDate());
        }
    }

    @ParameterizedTest(name = "{0} accepted {1}, waits straddling the holiday")
    @MethodSource("rowsAndStarts")
    void waitsStraddlingHolidaysMoveTheDueDateByWorkingDaysOnly(Row row, LocalDate start) {
        // a wait from the 2nd to the 12th calendar day, and one from the 20th to the 23rd
        LocalDate[][] waits = {{start.plusDays(2), start.plusDays(12)}, {start.plusDays(20), start.plusDays(23)}};
        List<Wait> asWaits = List.of(new Wait(waits[0][0], waits[0][1]), new Wait(waits[1][0], waits[1][1]));
        ClockReading r = TrackClock.read(CAL, start, row.limit(), asWaits, null, start.plusDays(30), 1);
        assertThat(r.dueDate()).isEqualTo(ReferenceCalendar.due(start, row.limit(), waits));
    }

    @Test
    void spotChecksWorkedByHand() {
        // Spring Festival 2026: accepted Fri 02-13; 调休 Sat 02-14 counts, 02-15..23 off → 3 working days: 02-25
        assertThat(CAL.workingDaysAfter(LocalDate.of(2026, 2, 13), 3)).isEqualTo(LocalDate.of(2026, 2, 25));
        // accepted on the holiday Thu 2025-10-02: first working day after is Thu 10-09 (10-01..08 off)
        assertThat(CAL.workingDaysAfter(LocalDate.of(2025, 10, 2), 1)).isEqualTo(LocalDate.of(2025, 10, 9));
        // accepted on the 调休 Saturday 2024-02-04: the start day is not counted; 3 days: 02-05, 02-06, 02-07
        assertThat(CAL.workingDaysAfter(LocalDate.of(2024, 2, 4), 3)).isEqualTo(LocalDate.of(2024, 2, 7));
        // New Year 2026: accepted Wed 2025-12-31, 2 days: Sun 01-04 (调休), Mon 01-05
        assertThat(CAL.workingDaysAfter(LocalDate.of(2025, 12, 31), 2)).isEqualTo(LocalDate.of(2026, 1, 5));
        // a wait over National Day 2026 counts only the 调休 Saturday 10-10 it covers beside working days
        ClockReading r = TrackClock.read(CAL, LocalDate.of(2026, 9, 28), 5,
                List.of(new Wait(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 9))), null,
                LocalDate.of(2026, 10, 12), 1);
        // waited 10-08, 10-09 = 2 working days; 5 + 2 after 09-28: 09-29, 09-30, 10-08, 10-09, 10-10, 10-12, 10-13
        assertThat(r.dueDate()).isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(r.usedWorkingDays()).isEqualTo(4); // 09-29, 09-30, 10-10, 10-12
    }
}
