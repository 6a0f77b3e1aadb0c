package cn.weihai.lianbao.casefile.queue;

import cn.weihai.lianbao.calendar.WorkingDayCalendar;
import cn.weihai.lianbao.deadline.ClockReading;
import cn.weihai.lianbao.deadline.TrackClock;

import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A queue row's due date from the one counting rule ({@link TrackClock}), with the closed waits only: an open
 * wait is left out, so a waiting track shows the due date it had when the wait began.
 */
final class QueueDue {
    private QueueDue() {
    }

    /** The row with {@code dueOn} and {@code dueProvisional} read from {@code calendar}. */
    static OpenTrack compute(OpenTrack t, WorkingDayCalendar calendar, int dueSoonWorkingDays) {
        ClockReading limit = read(t, t.limitWorkingDays(), calendar, dueSoonWorkingDays);
        ClockReading planReply = t.planReplyLimitWorkingDays() == null || t.planIssued() ? null
                : read(t, t.planReplyLimitWorkingDays(), calendar, dueSoonWorkingDays);
        ClockReading earliest = Stream.of(limit, planReply).filter(java.util.Objects::nonNull)
                .min(Comparator.comparing(ClockReading::dueDate)).orElseThrow();
        return new OpenTrack(t.caseNumber(), t.service(), t.powerCategory(), t.status(), t.stage(),
                earliest.dueDate(), earliest.provisional(), t.warning(), t.acceptedOn(), t.applicantName(),
                t.projectName(), t.district(), t.channel(), t.limitWorkingDays(), t.planReplyLimitWorkingDays(),
                t.planIssued(), t.waits(), t.waitingSince(), t.lastStepOn(), t.eventCount());
    }

    private static ClockReading read(OpenTrack t, int limit, WorkingDayCalendar calendar, int dueSoonWorkingDays) {
        // "today" only matters for open waits and the warning, neither of which is read here
        return TrackClock.read(calendar, t.acceptedOn(), limit, t.waits(), null, t.acceptedOn(), dueSoonWorkingDays);
    }
}
