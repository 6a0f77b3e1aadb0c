package cn.weihai.lianbao.deadline;

import cn.weihai.lianbao.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The counting rule of DOMAIN.md as one pure function: the start day is not counted; the limit ends at the
 * close of the N-th working day after it that is not a waiting day, where a wait covers the working days d
 * with wait start &lt; d ≤ wait end (an open wait up to today). So a wait moves the due date by its working
 * days; a wait begun after the due date has passed cannot un-pass it.
 */
public final class TrackClock {
    private TrackClock() {
    }

    public static ClockReading read(WorkingDayCalendar calendar, LocalDate start, int limit, List<Wait> waits,
                                    LocalDate stoppedOn, LocalDate today, int dueSoonWorkingDays) {
        LocalDate end = stoppedOn != null ? stoppedOn : today;
        LocalDate due = countedDaysAfter(calendar, start, limit, waits, today);
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

    private static LocalDate countedDaysAfter(WorkingDayCalendar calendar, LocalDate start, int n, List<Wait> waits,
                                              LocalDate today) {
        LocalDate d = start;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (calendar.isWorkingDay(d) && !isWaiting(d, waits, today)) {
                counted++;
            }
        }
        return d;
    }

    private static boolean isWaiting(LocalDate d, List<Wait> waits, LocalDate today) {
        for (Wait w : waits) {
            LocalDate to = w.to() == null ? today : w.to();
            if (d.isAfter(w.from()) && !d.isAfter(to)) {
                return true;
            }
        }
        return false;
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
