package cn.weihai.lianbao.casefile;

import cn.weihai.lianbao.calendar.CalendarService;
import cn.weihai.lianbao.casefile.api.ClockKind;
import cn.weihai.lianbao.deadline.ClockReading;
import cn.weihai.lianbao.deadline.TimeLimitPolicy;
import cn.weihai.lianbao.deadline.TrackClock;
import cn.weihai.lianbao.deadline.Warning;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** What the aggregate needs to read its tracks' clocks: today, the calendar in force, the DUE_SOON threshold. */
@Component
public class TrackClocks {
    private final Clock clock;
    private final CalendarService calendar;
    private final int dueSoonWorkingDays;

    public TrackClocks(Clock clock, CalendarService calendar, TimeLimitPolicy limits) {
        this.clock = clock;
        this.calendar = calendar;
        this.dueSoonWorkingDays = limits.getDueSoonWorkingDays();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    /** The n-th working day after {@code start} (not counted), as a track's due date is counted. */
    LocalDate workingDaysAfter(LocalDate start, int workingDays) {
        return calendar.current().workingDaysAfter(start, workingDays);
    }

    ClockReading read(Track track, ClockKind clock, LocalDate acceptedOn, LocalDate today) {
        return TrackClock.read(calendar.current(), acceptedOn, track.limit(clock), track.waits(),
                track.stoppedOn(clock), today, dueSoonWorkingDays);
    }

    /** Whether this clock can still raise an alert: it runs, and the track does not wait on the applicant. */
    boolean isTicking(Track track, ClockKind clock) {
        return track.stoppedOn(clock) == null && !track.isWaiting();
    }

    /**
     * The day this clock's warning next changes, or null when nothing is ahead: while the track waits on the
     * applicant the due date floats, and a stopped clock raises nothing.
     */
    LocalDate nextCheck(Track track, ClockKind clock, LocalDate acceptedOn, LocalDate today) {
        if (!isTicking(track, clock)) {
            return null;
        }
        ClockReading r = read(track, clock, acceptedOn, today);
        LocalDate due = r.dueDate();
        if (r.warning() == Warning.OVERDUE) {
            return track.overdueRaisedFor(clock, due) ? null : today;
        }
        if (r.warning() == Warning.DUE_SOON) {
            return track.dueSoonRaisedFor(clock, due) ? due.plusDays(1) : today;
        }
        // no open wait, so every working day from tomorrow on counts
        return calendar.current().workingDaysAfter(today, r.remainingWorkingDays() - dueSoonWorkingDays);
    }
}
