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
        Objects.requireNonNull(firstDayOff, "firstDayOff");
        festival = festival == null ? "" : festival.strip();
        lastDayOff = lastDayOff == null ? firstDayOff : lastDayOff;
        adjustedWorkingDays = adjustedWorkingDays == null ? List.of() : List.copyOf(adjustedWorkingDays);
    }

    /** The days off, inclusive; empty when the range is reversed (refused at entry). */
    public List<LocalDate> daysOff() {
        return lastDayOff.isBefore(firstDayOff) ? List.of() : firstDayOff.datesUntil(lastDayOff.plusDays(1)).toList();
    }
}
