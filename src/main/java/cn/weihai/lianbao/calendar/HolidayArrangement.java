package cn.weihai.lianbao.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One festival of a State Council notice (国务院办公厅关于…部分节假日安排的通知): the days off, inclusive,
 * and the weekend days declared working days (调休上班).
 */
public record HolidayArrangement(String festival, LocalDate firstDayOff, LocalDate lastDayOff,
                                 List<LocalDate> adjustedWorkingDays) {
    public HolidayArrangement {
        Objects.requireNonNull(festival, "festival");
        Objects.requireNonNull(firstDayOff, "firstDayOff");
        lastDayOff = lastDayOff == null ? firstDayOff : lastDayOff;
        if (lastDayOff.isBefore(firstDayOff)) {
            throw new IllegalArgumentException("holiday of " + festival + " ends before it starts");
        }
        adjustedWorkingDays = adjustedWorkingDays == null ? List.of() : List.copyOf(adjustedWorkingDays);
    }

    public List<LocalDate> daysOff() {
        return firstDayOff.datesUntil(lastDayOff.plusDays(1)).toList();
    }
}
