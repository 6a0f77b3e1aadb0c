package cn.weihai.lianbao.supervision;

import cn.weihai.lianbao.calendar.WorkingDayCalendar;
import cn.weihai.lianbao.casefile.api.CaseEvent;
import cn.weihai.lianbao.casefile.api.ClockKind;
import cn.weihai.lianbao.casefile.api.Events.ApplicationAccepted;
import cn.weihai.lianbao.casefile.api.Events.ApplicationWithdrawn;
import cn.weihai.lianbao.casefile.api.Events.ServiceWithdrawn;
import cn.weihai.lianbao.casefile.api.Events.SupplementRequested;
import cn.weihai.lianbao.casefile.api.Events.SupplementSupplied;
import cn.weihai.lianbao.casefile.api.Events.TrackAlertCleared;
import cn.weihai.lianbao.casefile.api.Events.TrackDueSoon;
import cn.weihai.lianbao.casefile.api.Events.TrackOverdue;
import cn.weihai.lianbao.casefile.api.Events.TrackPaused;
import cn.weihai.lianbao.casefile.api.Events.TrackRejected;
import cn.weihai.lianbao.casefile.api.Events.TrackResumed;
import cn.weihai.lianbao.casefile.api.Events.TrackStepRecorded;
import cn.weihai.lianbao.casefile.api.ServiceSelection;
import cn.weihai.lianbao.casefile.api.TrackLimit;
import cn.weihai.lianbao.casefile.api.TrackStage;
import cn.weihai.lianbao.casefile.api.TrackStatus;
import cn.weihai.lianbao.deadline.ClockReading;
import cn.weihai.lianbao.deadline.TrackClock;
import cn.weihai.lianbao.deadline.Wait;
import cn.weihai.lianbao.deadline.Warning;
import cn.weihai.lianbao.shared.UtilityService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The supervision rows of a case after one more event: a pure function, tested without a database. The clock
 * figures come from {@link TrackClock}, the aggregate's own counting rule, read on the event's business date;
 * the 临期/超期 mark follows the system's alerts and goes when the track pauses, resumes or ends (as in the
 * case list), and an alert on the time limit also carries the aggregate's due date.
 */
final class SupervisionFold {
    private SupervisionFold() {
    }

    /**
     * @param before the case's rows so far, empty before {@link ApplicationAccepted}
     * @return the rows after {@code event}, or {@code before} itself when the event changes nothing shown here
     */
    static List<SupervisedTrack> next(List<SupervisedTrack> before, CaseEvent event, long sequence,
                                      WorkingDayCalendar calendar, int dueSoonDays) {
        if (before.isEmpty() && !(event instanceof ApplicationAccepted)) {
            return before;
        }
        int count = Math.toIntExact(sequence + 1);
        Clock clock = new Clock(calendar, dueSoonDays);
        return switch (event) {
            case ApplicationAccepted e -> accepted(e, clock);
            case TrackStepRecorded e -> change(before, e.service(), count, t -> clock.reread(
                    with(t, TrackStatus.valueOf(e.stage().name()), e.stage(), t.waits(),
                            e.stage() == TrackStage.CONNECTED ? Warning.NONE : t.warning(),
                            e.stage() == TrackStage.CONNECTED ? e.occurredOn() : null), e.occurredOn()));
            case TrackPaused e -> change(before, e.service(), count, t -> waitFrom(t, TrackStatus.PAUSED,
                    e.occurredOn(), clock));
            case SupplementRequested e -> change(before, e.service(), count, t -> waitFrom(t,
                    TrackStatus.SUPPLEMENT_REQUESTED, e.occurredOn(), clock));
            case TrackResumed e -> change(before, e.service(), count, t -> waitOver(t, e.occurredOn(), clock));
            case SupplementSupplied e -> change(before, e.service(), count, t -> waitOver(t, e.occurredOn(), clock));
            case TrackRejected e -> change(before, e.service(), count, t -> end(t, TrackStatus.REJECTED,
                    e.occurredOn(), clock));
            case ServiceWithdrawn e -> change(before, e.service(), count, t -> end(t, TrackStatus.WITHDRAWN,
                    e.occurredOn(), clock));
            case ApplicationWithdrawn e -> before.stream().map(t -> t.isOpen()
                    ? counted(end(t, TrackStatus.WITHDRAWN, e.occurredOn(), clock), count) : counted(t, count))
                    .toList();
            case TrackDueSoon e -> change(before, e.service(), count, t -> alert(t, Warning.DUE_SOON, e.clock(),
                    e.dueDate()));
            case TrackOverdue e -> change(before, e.service(), count, t -> alert(t, Warning.OVERDUE, e.clock(),
                    e.dueDate()));
            case TrackAlertCleared e -> change(before, e.service(), count, t -> alert(t, Warning.NONE, e.clock(),
                    e.dueDate()));
            default -> before;
        };
    }

    private static List<SupervisedTrack> accepted(ApplicationAccepted e, Clock clock) {
        List<SupervisedTrack> rows = new ArrayList<>();
        for (ServiceSelection s : e.services()) {
            int limit = e.limits().stream().filter(l -> l.service() == s.service()).mapToInt(TrackLimit::workingDays)
                    .findFirst().orElseThrow();
            var p = e.project();
            SupervisedTrack row = new SupervisedTrack(e.caseNumber(), s.service(), s.powerCategory(), e.occurredOn(),
                    e.channel(), p.district(), e.applicant().name(), p.name(), p.code(), TrackStatus.ACCEPTED,
                    TrackStage.ACCEPTED, limit, List.of(), e.occurredOn(), false, limit, Warning.NONE, null, null, 0,
                    1);
            rows.add(clock.reread(row, e.occurredOn()));
        }
        return rows;
    }

    private static SupervisedTrack waitFrom(SupervisedTrack t, TrackStatus why, LocalDate on, Clock clock) {
        List<Wait> waits = new ArrayList<>(t.waits());
        waits.add(new Wait(on, null));
        return clock.reread(with(t, why, t.stage(), waits, Warning.NONE, null), on);
    }

    private static SupervisedTrack waitOver(SupervisedTrack t, LocalDate on, Clock clock) {
        List<Wait> waits = new ArrayList<>(t.waits());
        if (!waits.isEmpty() && waits.getLast().to() == null) {
            waits.add(new Wait(waits.removeLast().from(), on));
        }
        return clock.reread(with(t, TrackStatus.valueOf(t.stage().name()), t.stage(), waits, Warning.NONE, null),
                on);
    }

    private static SupervisedTrack end(SupervisedTrack t, TrackStatus how, LocalDate on, Clock clock) {
        return clock.reread(with(t, how, t.stage(), t.waits(), Warning.NONE, on), on);
    }

    private static SupervisedTrack alert(SupervisedTrack t, Warning warning, ClockKind kind, LocalDate dueDate) {
        if (!t.isOpen()) {
            return t;
        }
        LocalDate due = kind == ClockKind.LIMIT ? dueDate : t.dueOn();
        return new SupervisedTrack(t.caseNumber(), t.service(), t.powerCategory(), t.acceptedOn(), t.channel(),
                t.district(), t.applicantName(), t.projectName(), t.projectCode(), t.status(), t.stage(),
                t.limitDays(), t.waits(), due, t.provisional(), t.remainingDays(), warning, t.endedOn(), t.onTime(),
                t.usedDays(), t.eventCount());
    }

    private static SupervisedTrack with(SupervisedTrack t, TrackStatus status, TrackStage stage, List<Wait> waits,
                                        Warning warning, LocalDate endedOn) {
        return new SupervisedTrack(t.caseNumber(), t.service(), t.powerCategory(), t.acceptedOn(), t.channel(),
                t.district(), t.applicantName(), t.projectName(), t.projectCode(), status, stage, t.limitDays(),
                waits, t.dueOn(), t.provisional(), t.remainingDays(), warning, endedOn, t.onTime(), t.usedDays(),
                t.eventCount());
    }

    private static SupervisedTrack counted(SupervisedTrack t, int eventCount) {
        return new SupervisedTrack(t.caseNumber(), t.service(), t.powerCategory(), t.acceptedOn(), t.channel(),
                t.district(), t.applicantName(), t.projectName(), t.projectCode(), t.status(), t.stage(),
                t.limitDays(), t.waits(), t.dueOn(), t.provisional(), t.remainingDays(), t.warning(), t.endedOn(),
                t.onTime(), t.usedDays(), eventCount);
    }

    /** Applies {@code change} to the service's track; every row of the case takes the new event count. */
    private static List<SupervisedTrack> change(List<SupervisedTrack> rows, UtilityService service, int eventCount,
                                                UnaryOperator<SupervisedTrack> change) {
        return rows.stream().map(t -> counted(t.service() == service ? change.apply(t) : t, eventCount)).toList();
    }

    /** Reads a track's time limit with the aggregate's pure clock function. */
    private record Clock(WorkingDayCalendar calendar, int dueSoonDays) {
        SupervisedTrack reread(SupervisedTrack t, LocalDate on) {
            ClockReading r = TrackClock.read(calendar, t.acceptedOn(), t.limitDays(), t.waits(), t.endedOn(), on,
                    dueSoonDays);
            Boolean onTime = t.status() == TrackStatus.CONNECTED ? r.onTime() : null;
            return new SupervisedTrack(t.caseNumber(), t.service(), t.powerCategory(), t.acceptedOn(), t.channel(),
                    t.district(), t.applicantName(), t.projectName(), t.projectCode(), t.status(), t.stage(),
                    t.limitDays(), t.waits(), r.dueDate(), r.provisional(), r.remainingWorkingDays(), t.warning(),
                    t.endedOn(), onTime, r.usedWorkingDays(), t.eventCount());
        }
    }
}
