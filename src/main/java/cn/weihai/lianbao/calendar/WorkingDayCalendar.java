package cn.weihai.lianbao.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Statutory working days (法定工作日): Monday–Friday, minus announced public holidays, plus the weekend days
 * declared working days. A year without a notice counts Monday–Friday and is reported as provisional.
 * Immutable; a new notice gives a new calendar.
 */
public final class WorkingDayCalendar {
    private final Map<Integer, List<HolidayArrangement>> years;
    private final Set<LocalDate> daysOff = new HashSet<>();
    private final Set<LocalDate> adjustedWorkingDays = new HashSet<>();

    public WorkingDayCalendar(Map<Integer, List<HolidayArrangement>> announcedYears) {
        this.years = Map.copyOf(announcedYears);
        years.values().forEach(list -> list.forEach(h -> {
            daysOff.addAll(h.daysOff());
            adjustedWorkingDays.addAll(h.adjustedWorkingDays());
        }));
    }

    /** The calendar as shipped: 2024–2026 from the State Council notices. */
    public static WorkingDayCalendar shipped() {
        return new WorkingDayCalendar(OfficialNotices.SHIPPED);
    }

    /** The shipped years plus (or replaced by) the given announced years. */
    public WorkingDayCalendar with(int year, List<HolidayArrangement> arrangements) {
        Map<Integer, List<HolidayArrangement>> next = new HashMap<>(years);
        next.put(year, List.copyOf(arrangements));
        return new WorkingDayCalendar(next);
    }

    public Map<Integer, List<HolidayArrangement>> announcedYears() {
        return years;
    }

    public boolean isAnnounced(int year) {
        return years.containsKey(year);
    }

    public boolean isWorkingDay(LocalDate date) {
        if (adjustedWorkingDays.contains(date)) {
            return true;
        }
        if (daysOff.contains(date)) {
            return false;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** The n-th working day after {@code start}; the start day itself is never counted. */
    public LocalDate workingDaysAfter(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate d = start;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    /** Working days d with {@code after} < d ≤ {@code upTo}; zero when upTo is not after {@code after}. */
    public int workingDaysBetween(LocalDate after, LocalDate upTo) {
        int count = 0;
        for (LocalDate d = after.plusDays(1); !d.isAfter(upTo); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** Whether counting from {@code from} to {@code to} relies on a year with no notice yet. */
    public boolean isProvisional(LocalDate from, LocalDate to) {
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            if (!isAnnounced(y)) {
                return true;
            }
        }
        return false;
    }
}
