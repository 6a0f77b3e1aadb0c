package cn.weihai.lianbao.deadline;

import java.time.LocalDate;

/**
 * A clock read on a given day. {@code provisional}: the due date relies on a year whose holidays are not yet
 * announced. {@code onTime} is null until the clock stops.
 */
public record ClockReading(int limitWorkingDays, LocalDate dueDate, int usedWorkingDays, int remainingWorkingDays,
                           Warning warning, LocalDate stoppedOn, Boolean onTime, boolean provisional) {
}
