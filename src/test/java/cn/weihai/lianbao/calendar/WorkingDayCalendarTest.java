package cn.weihai.lianbao.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDayCalendarTest {
    private final WorkingDayCalendar calendar = WorkingDayCalendar.shipped();

    /** Every day of 2024–2026 against the reference list of official holidays and 调休 working days. */
    @Test
    void shippedYearsMatchTheOfficialReferenceDayByDay() throws Exception {
        Map<LocalDate, String> reference = new HashMap<>();
        try (var in = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/reference/cn-official-days-2024-2026.csv"), StandardCharsets.UTF_8))) {
            in.lines().skip(1).filter(l -> !l.isBlank()).forEach(l -> {
                String[] f = l.split(",");
                reference.put(LocalDate.parse(f[0]), f[1]);
            });
        }
        assertThat(reference).hasSizeGreaterThan(100);
        for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() <= 2026; d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            String kind = reference.get(d);
            boolean expected = kind == null ? !weekend : kind.equals("workday");
            assertThat(calendar.isWorkingDay(d)).as(d.toString()).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{1} working days after {0} is {2}")
    @CsvSource({
            // the start day is not counted
            "2026-03-02, 7, 2026-03-11",
            "2026-03-06, 1, 2026-03-09",   // Friday → Monday
            "2026-03-07, 1, 2026-03-09",   // Saturday start → Monday
            "2026-09-30, 1, 2026-10-08",   // National Day: 10-01..07 off
            "2026-10-08, 2, 2026-10-10",   // Saturday 10-10 is a 调休 working day
            "2026-02-13, 1, 2026-02-14",   // Saturday 02-14 is a 调休 working day
            "2026-02-14, 1, 2026-02-24",   // Spring Festival 02-15..23
            "2025-12-31, 1, 2026-01-04",   // New Year 01-01..03 off, Sunday 01-04 works
            "2026-03-02, 0, 2026-03-02",
    })
    void workingDaysAfter(LocalDate start, int n, LocalDate expected) {
        assertThat(calendar.workingDaysAfter(start, n)).isEqualTo(expected);
    }

    @Test
    void workingDaysBetweenCountsAfterExclusiveUpToInclusive() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 11))).isEqualTo(7);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2))).isZero();
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 2))).isZero();
    }

    @Test
    void yearWithoutNoticeCountsMondayToFridayAndIsProvisional() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isTrue(); // a Friday, no notice yet
        assertThat(calendar.isProvisional(LocalDate.of(2026, 12, 20), LocalDate.of(2027, 1, 5))).isTrue();
        assertThat(calendar.isProvisional(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 11))).isFalse();

        var with2027 = calendar.with(2027, List.of(new HolidayArrangement("元旦", LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 1, 3), List.of())));
        assertThat(with2027.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(with2027.isProvisional(LocalDate.of(2026, 12, 20), LocalDate.of(2027, 1, 5))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).as("immutable").isTrue();
    }
}
