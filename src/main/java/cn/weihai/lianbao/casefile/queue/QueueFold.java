package cn.weihai.lianbao.casefile.queue;

import cn.weihai.lianbao.calendar.WorkingDayCalendar;
import cn.weihai.lianbao.casefile.api.CaseEvent;
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
import cn.weihai.lianbao.deadline.Wait;
import cn.weihai.lianbao.deadline.Warning;
import cn.weihai.lianbao.shared.UtilityService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The queue rows of one case after one more event: a pure function. The 临期/超期 mark follows the case list's rule
 * (CaseSummaryFold): set by the system's alerts, cleared by TrackAlertCleared, when the track starts or stops
 * waiting, and when it ends. Every row's due date is computed again from the calendar given, so the rows follow
 * pauses, resumes and (through the alert events a calendar correction brings) corrected calendars.
 */
final class QueueFold {
    private QueueFold() {
    }

    /**
     * @param before   the case's rows so far (empty before {@link ApplicationAccepted})
     * @param sequence the event's sequence number in its case
     * @return all rows of the case after {@code event}, each with {@code eventCount = sequence + 1}; empty while
     * the case has no rows (an event before the acceptance)
     */
    static List<OpenTrack> next(List<OpenTrack> before, CaseEvent event, long sequence, WorkingDayCalendar calendar,
                                int dueSoonWorkingDays) {
        if (before.isEmpty() && !(event instanceof ApplicationAccepted)) {
            return List.of();
        }
        int count = Math.toIntExact(sequence + 1);
        List<OpenTrack> rows = event instanceof ApplicationAccepted e ? accepted(e, count)
                : before.stream().map(row -> apply(row, event, count)).toList();
        return rows.stream().map(r -> QueueDue.compute(r, calendar, dueSoonWorkingDays)).toList();
    }

    private static List<OpenTrack> accepted(ApplicationAccepted e, int count) {
        List<OpenTrack> rows = new ArrayList<>();
        for (ServiceSelection s : e.services()) {
            TrackLimit limit = e.limits().stream().filter(l -> l.service() == s.service()).findFirst().orElseThrow();
            rows.add(new OpenTrack(e.caseNumber(), s.service(), s.powerCategory(), TrackStatus.ACCEPTED,
                    TrackStage.ACCEPTED, e.occurredOn(), false, Warning.NONE, e.occurredOn(), e.applicant().name(),
                    e.project().name(), e.project().district(), e.channel(), limit.workingDays(),
                    limit.planReplyWorkingDays(), false, List.of(), null, e.occurredOn(), count));
        }
        return rows;
    }

    private static OpenTrack apply(OpenTrack row, CaseEvent event, int count) {
        OpenTrack r = counted(row, count);
        if (event instanceof ApplicationWithdrawn e) {
            return r.isOpen() ? change(r).status(TrackStatus.WITHDRAWN).warning(Warning.NONE).on(e.occurredOn())
                    .build() : r;
        }
        if (!(event instanceof cn.weihai.lianbao.casefile.api.TrackEvent te) || te.service() != r.service()) {
            return r;
        }
        LocalDate on = event.occurredOn();
        return switch (event) {
            case TrackStepRecorded e -> change(r).stage(e.stage()).status(TrackStatus.valueOf(e.stage().name()))
                    .planIssued(r.planIssued() || e.stage() == TrackStage.PLAN_ISSUED)
                    .warning(e.stage() == TrackStage.CONNECTED ? Warning.NONE : r.warning()).on(on).build();
            case TrackPaused e -> startWaiting(r, TrackStatus.PAUSED, on);
            case SupplementRequested e -> startWaiting(r, TrackStatus.SUPPLEMENT_REQUESTED, on);
            case TrackResumed e -> stopWaiting(r, on);
            case SupplementSupplied e -> stopWaiting(r, on);
            case TrackRejected e -> change(r).status(TrackStatus.REJECTED).warning(Warning.NONE).on(on).build();
            case ServiceWithdrawn e -> change(r).status(TrackStatus.WITHDRAWN).warning(Warning.NONE).on(on).build();
            case TrackDueSoon e -> alert(r, Warning.DUE_SOON);
            case TrackOverdue e -> alert(r, Warning.OVERDUE);
            case TrackAlertCleared e -> alert(r, Warning.NONE);
            default -> r;
        };
    }

    private static OpenTrack startWaiting(OpenTrack r, TrackStatus why, LocalDate on) {
        return change(r).status(why).waitingSince(on).warning(Warning.NONE).on(on).build();
    }

    private static OpenTrack stopWaiting(OpenTrack r, LocalDate on) {
        List<Wait> waits = new ArrayList<>(r.waits());
        if (r.waitingSince() != null) {
            waits.add(new Wait(r.waitingSince(), on));
        }
        return change(r).status(TrackStatus.valueOf(r.stage().name())).waits(List.copyOf(waits)).waitingSince(null)
                .warning(Warning.NONE).on(on).build();
    }

    private static OpenTrack alert(OpenTrack r, Warning warning) {
        return r.isOpen() ? change(r).warning(warning).build() : r;
    }

    private static OpenTrack counted(OpenTrack r, int count) {
        return change(r).eventCount(count).build();
    }

    private static Change change(OpenTrack r) {
        return new Change(r);
    }

    /** A copy of a row with some fields changed. */
    private static final class Change {
        private final OpenTrack r;
        private TrackStatus status;
        private TrackStage stage;
        private Warning warning;
        private boolean planIssued;
        private List<Wait> waits;
        private LocalDate waitingSince;
        private LocalDate lastStepOn;
        private int eventCount;

        Change(OpenTrack r) {
            this.r = r;
            status = r.status();
            stage = r.stage();
            warning = r.warning();
            planIssued = r.planIssued();
            waits = r.waits();
            waitingSince = r.waitingSince();
            lastStepOn = r.lastStepOn();
            eventCount = r.eventCount();
        }

        Change status(TrackStatus v) {
            status = v;
            return this;
        }

        Change stage(TrackStage v) {
            stage = v;
            return this;
        }

        Change warning(Warning v) {
            warning = v;
            return this;
        }

        Change planIssued(boolean v) {
            planIssued = v;
            return this;
        }

        Change waits(List<Wait> v) {
            waits = v;
            return this;
        }

        Change waitingSince(LocalDate v) {
            waitingSince = v;
            return this;
        }

        Change on(LocalDate v) {
            lastStepOn = v;
            return this;
        }

        Change eventCount(int v) {
            eventCount = v;
            return this;
        }

        OpenTrack build() {
            return new OpenTrack(r.caseNumber(), r.service(), r.powerCategory(), status, stage, r.dueOn(),
                    r.dueProvisional(), warning, r.acceptedOn(), r.applicantName(), r.projectName(), r.district(),
                    r.channel(), r.limitWorkingDays(), r.planReplyLimitWorkingDays(), planIssued, waits,
                    waitingSince, lastStepOn, eventCount);
        }
    }
}
