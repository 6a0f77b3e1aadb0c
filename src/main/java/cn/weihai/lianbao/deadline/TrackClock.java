package cn.weihai.lianbao.deadline;

import cn.weihai.lianbao.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The counting rule of DOMAIN.md as one pure function: the start day is not counted; the limit ends at the
 * close of the N-th working day after it; each wait moves the due date by the working days d with
 * wait start &lt; d ≤ wait end (an open wait counts up to today).
 */
public final class TrackClock {
    private TrackClock() {
    }

    public static ClockReading read(WorkingDayCalendar calendar, LocalDate start, int limit, List<Wait> waits,
                                    LocalDate stoppedOn, LocalDate today, int dueSoonWorkingDays) {
        LocalDate end = stoppedOn != null ? stoppedOn : today;
        int waitedTotal = waited(calendar, waits, today);
        LocalDate due = calendar.workingDaysAfter(start, limit + waitedTotal);
        int used = Math.max(0, calendar.workingDaysBetween(start, end) - waited(calendar, waits, end));
        int remaining = limit - used;
        Warning warning = Warning.NONE;
        if (stoppedOn == null) {
            if (today.isAfter(due)) {
                warning = Warning.OVERDUE;
            } else if (remaining <= dueSoonWorkingDays) {
                warning = Warning.DUE_SOON;
            }
        }
        Boolean onTime = stoppedOn == null ? null : !stoppedOn.isAfter(due);
        return new ClockReading(limit, due, used, remaining, warning, stoppedOn, onTime,
                calendar.isProvisional(start, due));
    }

    /** Working days waited up to {@code upTo}. */
    private static int waited(WorkingDayCalendar calendar, List<Wait> waits, LocalDate upTo) {
        int days = 0;
        for (Wait w : waits) {
            LocalDate to = w.to() == null || w.to().isAfter(upTo) ? upTo : w.to();
            days += calendar.workingDaysBetween(w.from(), to);
        }
        return days;
    }
}
