package cn.weihai.lianbao.casefile.list;

import cn.weihai.lianbao.casefile.api.ApprovalStatus;
import cn.weihai.lianbao.casefile.api.CaseEvent;
import cn.weihai.lianbao.casefile.api.CaseStatus;
import cn.weihai.lianbao.casefile.api.Events.ApplicationAccepted;
import cn.weihai.lianbao.casefile.api.Events.ApplicationWithdrawn;
import cn.weihai.lianbao.casefile.api.Events.ExternalWorksMaterialsPrepared;
import cn.weihai.lianbao.casefile.api.Events.ExternalWorksPermitIssued;
import cn.weihai.lianbao.casefile.api.Events.ExternalWorksReturnedForPreparation;
import cn.weihai.lianbao.casefile.api.Events.ExternalWorksSubmitted;
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
import cn.weihai.lianbao.casefile.api.TrackStage;
import cn.weihai.lianbao.casefile.api.TrackStatus;
import cn.weihai.lianbao.casefile.list.CaseSummary.TrackSummary;
import cn.weihai.lianbao.deadline.Warning;
import cn.weihai.lianbao.shared.UtilityService;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The case-list row after one more event: a pure function, so the projection's rules are tested without a database.
 * A track's 临期/超期 mark comes from the system's alerts (TrackDueSoon / TrackOverdue) and is cleared when the
 * track starts or stops waiting on the applicant, or ends: the due date has moved or no longer matters, and the
 * deadline system raises a new alert for the moved due date when it applies.
 */
final class CaseSummaryFold {
    private CaseSummaryFold() {
    }

    /**
     * @param before   the row so far, null before {@link ApplicationAccepted}
     * @param sequence the event's sequence number in its case (0 for the acceptance)
     * @return the row after {@code event}, null while there is no row (an event before the acceptance)
     */
    static CaseSummary next(CaseSummary before, CaseEvent event, long sequence, Instant recordedAt) {
        if (before == null && !(event instanceof ApplicationAccepted)) {
            return null;
        }
        CaseSummary after = switch (event) {
            case ApplicationAccepted e -> accepted(e);
            case TrackStepRecorded e -> track(before, e.service(), t -> new TrackSummary(t.service(),
                    TrackStatus.valueOf(e.stage().name()), e.stage(),
                    e.stage() == TrackStage.CONNECTED ? Warning.NONE : t.warning()));
            case TrackPaused e -> status(before, e.service(), TrackStatus.PAUSED);
            case SupplementRequested e -> status(before, e.service(), TrackStatus.SUPPLEMENT_REQUESTED);
            case TrackResumed e -> backToStage(before, e.service());
            case SupplementSupplied e -> backToStage(before, e.service());
            case TrackRejected e -> status(before, e.service(), TrackStatus.REJECTED);
            case ServiceWithdrawn e -> status(before, e.service(), TrackStatus.WITHDRAWN);
            case TrackDueSoon e -> warning(before, e.service(), Warning.DUE_SOON);
            case TrackOverdue e -> warning(before, e.service(), Warning.OVERDUE);
            case TrackAlertCleared e -> warning(before, e.service(), Warning.NONE);
            case ApplicationWithdrawn e -> withdrawn(before);
            case ExternalWorksMaterialsPrepared e -> approval(before, ApprovalStatus.MATERIALS_PREPARED);
            case ExternalWorksSubmitted e -> approval(before, ApprovalStatus.UNDER_REVIEW);
            case ExternalWorksReturnedForPreparation e -> approval(before, ApprovalStatus.PREPARING);
            case ExternalWorksPermitIssued e -> approval(before, ApprovalStatus.PERMIT_ISSUED);
            default -> before; // e.g. opinions and the commitment letter: not shown in the list
        };
        return touched(after, event, sequence, recordedAt);
    }

    private static CaseSummary accepted(ApplicationAccepted e) {
        List<TrackSummary> tracks = e.services().stream()
                .map(s -> new TrackSummary(s.service(), TrackStatus.ACCEPTED, TrackStage.ACCEPTED)).toList();
        var a = e.applicant();
        var p = e.project();
        return new CaseSummary(e.caseNumber(), e.occurredOn(), e.channel(), a.name(), a.creditCode(), a.phone(),
                p.name(), p.code(), p.address(), p.district(), CaseStatus.IN_PROGRESS, tracks,
                e.externalWorksApprovalRequired() ? ApprovalStatus.PREPARING : null, null, null, 0);
    }

    /** A pause, a supplement request or an end: the mark goes (see the class comment). */
    private static CaseSummary status(CaseSummary s, UtilityService service, TrackStatus status) {
        return track(s, service, t -> new TrackSummary(t.service(), status, t.stage(), Warning.NONE));
    }

    /** The applicant is done: the due date has moved by the pause, the mark goes until raised again. */
    private static CaseSummary backToStage(CaseSummary s, UtilityService service) {
        return track(s, service, t -> new TrackSummary(t.service(), TrackStatus.valueOf(t.stage().name()), t.stage(),
                Warning.NONE));
    }

    private static CaseSummary warning(CaseSummary s, UtilityService service, Warning warning) {
        return track(s, service, t -> t.status().isFinished() ? t
                : new TrackSummary(t.service(), t.status(), t.stage(), warning));
    }

    private static CaseSummary withdrawn(CaseSummary s) {
        List<TrackSummary> tracks = s.tracks().stream()
                .map(t -> t.status().isFinished() ? t
                        : new TrackSummary(t.service(), TrackStatus.WITHDRAWN, t.stage(), Warning.NONE))
                .toList();
        return with(s, tracks, CaseStatus.WITHDRAWN, s.externalWorks());
    }

    private static CaseSummary track(CaseSummary s, UtilityService service, UnaryOperator<TrackSummary> change) {
        List<TrackSummary> tracks = s.tracks().stream().map(t -> t.service() == service ? change.apply(t) : t).toList();
        return with(s, tracks, caseStatus(s.status(), tracks), s.externalWorks());
    }

    private static CaseSummary approval(CaseSummary s, ApprovalStatus status) {
        return with(s, s.tracks(), s.status(), status);
    }

    private static CaseStatus caseStatus(CaseStatus before, List<TrackSummary> tracks) {
        if (before == CaseStatus.WITHDRAWN) {
            return before;
        }
        return tracks.stream().allMatch(t -> t.status().isFinished()) ? CaseStatus.COMPLETED : CaseStatus.IN_PROGRESS;
    }

    private static CaseSummary with(CaseSummary s, List<TrackSummary> tracks, CaseStatus status,
                                    ApprovalStatus externalWorks) {
        return new CaseSummary(s.caseNumber(), s.acceptedOn(), s.channel(), s.applicantName(), s.creditCode(),
                s.contactPhone(), s.projectName(), s.projectCode(), s.address(), s.district(), status, tracks,
                externalWorks, s.lastOccurredOn(), s.lastRecordedAt(), s.eventCount());
    }

    private static CaseSummary touched(CaseSummary s, CaseEvent event, long sequence, Instant recordedAt) {
        return new CaseSummary(s.caseNumber(), s.acceptedOn(), s.channel(), s.applicantName(), s.creditCode(),
                s.contactPhone(), s.projectName(), s.projectCode(), s.address(), s.district(), s.status(), s.tracks(),
                s.externalWorks(), event.occurredOn(), recordedAt, Math.toIntExact(sequence + 1));
    }
}
