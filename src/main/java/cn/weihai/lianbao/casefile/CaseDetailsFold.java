package cn.weihai.lianbao.casefile;

import cn.weihai.lianbao.casefile.api.ApprovalStatus;
import cn.weihai.lianbao.casefile.api.CaseDetails;
import cn.weihai.lianbao.casefile.api.CaseDetails.ApprovalDetails;
import cn.weihai.lianbao.casefile.api.CaseDetails.Material;
import cn.weihai.lianbao.casefile.api.CaseDetails.Opinion;
import cn.weihai.lianbao.casefile.api.CaseDetails.Pause;
import cn.weihai.lianbao.casefile.api.CaseDetails.TrackDetails;
import cn.weihai.lianbao.casefile.api.CaseEvent;
import cn.weihai.lianbao.casefile.api.CaseStatus;
import cn.weihai.lianbao.casefile.api.Events.ApplicationAccepted;
import cn.weihai.lianbao.casefile.api.Events.ApplicationWithdrawn;
import cn.weihai.lianbao.casefile.api.Events.CommitmentLetterUploaded;
import cn.weihai.lianbao.casefile.api.Events.ExternalWorksMaterialsPrepared;
import cn.weihai.lianbao.casefile.api.Events.ExternalWorksOpinionGiven;
import cn.weihai.lianbao.casefile.api.Events.ExternalWorksPermitIssued;
import cn.weihai.lianbao.casefile.api.Events.ExternalWorksReturnedForPreparation;
import cn.weihai.lianbao.casefile.api.Events.ExternalWorksSubmitted;
import cn.weihai.lianbao.casefile.api.Events.MaterialAttached;
import cn.weihai.lianbao.casefile.api.Events.ServiceWithdrawn;
import cn.weihai.lianbao.casefile.api.Events.SupplementRequested;
import cn.weihai.lianbao.casefile.api.Events.SupplementSupplied;
import cn.weihai.lianbao.casefile.api.Events.TrackPaused;
import cn.weihai.lianbao.casefile.api.Events.TrackRejected;
import cn.weihai.lianbao.casefile.api.Events.TrackResumed;
import cn.weihai.lianbao.casefile.api.Events.TrackStepRecorded;
import cn.weihai.lianbao.casefile.api.MaterialsPreparer;
import cn.weihai.lianbao.casefile.api.ServiceSelection;
import cn.weihai.lianbao.casefile.api.TrackStage;
import cn.weihai.lianbao.casefile.api.TrackLimit;
import cn.weihai.lianbao.casefile.api.TrackStatus;
import cn.weihai.lianbao.calendar.WorkingDayCalendar;
import cn.weihai.lianbao.deadline.ClockReading;
import cn.weihai.lianbao.deadline.TrackClock;
import cn.weihai.lianbao.deadline.Wait;
import cn.weihai.lianbao.shared.UtilityService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Folds a case's events, oldest first, into {@link CaseDetails}. The same {@link Track} and
 * {@link ExternalWorksApproval} the aggregate decides with give the status and the allowed steps here.
 */
public final class CaseDetailsFold {
    private ApplicationAccepted accepted;
    private final Map<UtilityService, Track> tracks = new EnumMap<>(UtilityService.class);
    private final Map<UtilityService, TrackExtras> extras = new EnumMap<>(UtilityService.class);
    private ExternalWorksApproval approval;
    private ApprovalExtras approvalExtras;
    private boolean withdrawn;
    private final List<Material> materials = new ArrayList<>();
    private long version = -1;
    private final ClockContext clocks;

    /** What reading the clocks needs: the calendar in force, today, and the DUE_SOON threshold. */
    public record ClockContext(WorkingDayCalendar calendar, LocalDate today, int dueSoonWorkingDays) {
    }

    public CaseDetailsFold(ClockContext clocks) {
        this.clocks = clocks;
    }

    public static Optional<CaseDetails> fold(List<? extends CaseEvent> events, ClockContext clocks) {
        CaseDetailsFold fold = new CaseDetailsFold(clocks);
        events.forEach(fold::apply);
        return fold.result();
    }

    public void apply(CaseEvent event) {
        version++;
        switch (event) {
            case ApplicationAccepted e -> accepted(e);
            case TrackStepRecorded e -> {
                track(e.service()).reached(e.stage(), e.occurredOn());
                if (e.stage() == TrackStage.CONNECTED) {
                    extras.get(e.service()).completedOn = e.occurredOn();
                }
                if (e.stage() == TrackStage.PLAN_ISSUED) {
                    extras.get(e.service()).planIssuedOn = e.occurredOn();
                }
            }
            case TrackPaused e -> waitFor(e.service(), TrackStatus.PAUSED, e.reason(), e.occurredOn());
            case SupplementRequested e ->
                    waitFor(e.service(), TrackStatus.SUPPLEMENT_REQUESTED, e.reason(), e.occurredOn());
            case TrackResumed e -> stopWaiting(e.service(), e.occurredOn());
            case SupplementSupplied e -> stopWaiting(e.service(), e.occurredOn());
            case TrackRejected e -> end(e.service(), TrackStatus.REJECTED, e.reason(), e.occurredOn());
            case ServiceWithdrawn e -> end(e.service(), TrackStatus.WITHDRAWN, e.reason(), e.occurredOn());
            case ApplicationWithdrawn e -> {
                withdrawn = true;
                tracks.values().stream().filter(t -> !t.isFinished())
                        .forEach(t -> end(t.service(), TrackStatus.WITHDRAWN, e.reason(), e.occurredOn()));
            }
            case ExternalWorksMaterialsPrepared e -> {
                approval.materialsPrepared(e.commitmentApplies(), e.touchesHighway(), e.occurredOn());
                approvalExtras.preparedBy = e.preparedBy();
                approvalExtras.commitmentLetter = null;
            }
            case CommitmentLetterUploaded e -> {
                approval.commitmentLetterUploaded(e.occurredOn());
                approvalExtras.commitmentLetter = e.documentName();
            }
            case ExternalWorksSubmitted e -> {
                approval.submitted(e.departments(), e.occurredOn());
                approvalExtras.submittedOn = e.occurredOn();
                approvalExtras.opinions.clear();
                e.departments().forEach(d -> approvalExtras.opinions.add(
                        new Opinion(e.round(), d, null, null, null, null)));
            }
            case ExternalWorksOpinionGiven e -> {
                approval.opinionGiven(e.department(), e.agreed(), e.occurredOn());
                approvalExtras.opinions.replaceAll(o -> o.department() == e.department()
                        ? new Opinion(e.round(), e.department(), e.agreed(), e.reason(), e.occurredOn(), e.actor())
                        : o);
            }
            case ExternalWorksReturnedForPreparation e -> {
                approval.returnedForPreparation(e.occurredOn());
                approvalExtras.earlierRounds.addAll(approvalExtras.opinions);
                approvalExtras.opinions.clear();
                approvalExtras.commitmentLetter = null;
                approvalExtras.submittedOn = null;
            }
            case ExternalWorksPermitIssued e -> {
                approval.permitIssued(e.occurredOn());
                approvalExtras.permitNumber = e.permitNumber();
                approvalExtras.permitIssuedOn = e.occurredOn();
            }
            case MaterialAttached e -> materials.add(new Material(e.type(), e.fileName(), e.sha256(), e.size(),
                    e.occurredOn(), e.actor(), e.channel(), e.reusedFromCase()));
            default -> { }
        }
    }

    private void accepted(ApplicationAccepted e) {
        accepted = e;
        for (ServiceSelection s : e.services()) {
            TrackLimit limit = e.limits().stream().filter(l -> l.service() == s.service()).findFirst().orElseThrow();
            tracks.put(s.service(), new Track(s, limit.workingDays(), limit.planReplyWorkingDays(), e.occurredOn()));
            extras.put(s.service(), new TrackExtras(s, limit));
        }
        if (e.externalWorksApprovalRequired()) {
            approval = new ExternalWorksApproval(e.occurredOn());
            approvalExtras = new ApprovalExtras(e.externalWorksApprovalLimit());
        }
    }

    private Track track(UtilityService service) {
        return tracks.get(service);
    }

    private void waitFor(UtilityService service, TrackStatus kind, String reason, LocalDate on) {
        track(service).waitFor(kind, on);
        extras.get(service).pauses.add(new Pause(kind, on, null, reason));
    }

    private void stopWaiting(UtilityService service, LocalDate on) {
        track(service).stopWaiting(on);
        List<Pause> pauses = extras.get(service).pauses;
        Pause open = pauses.removeLast();
        pauses.add(new Pause(open.kind(), open.from(), on, open.reason()));
    }

    private void end(UtilityService service, TrackStatus how, String reason, LocalDate on) {
        track(service).end(how, on);
        extras.get(service).endReason = reason;
        extras.get(service).completedOn = on;
    }

    public Optional<CaseDetails> result() {
        if (accepted == null) {
            return Optional.empty();
        }
        boolean permitIssued = approval != null && approval.permitIssued();
        List<TrackDetails> trackDetails = new ArrayList<>();
        for (Track t : tracks.values()) {
            TrackExtras x = extras.get(t.service());
            TrackStatus status = t.status();
            trackDetails.add(new TrackDetails(t.service(), x.selection.externalWorks(), x.selection.powerCategory(),
                    status, t.stage(), status == TrackStatus.PAUSED || status == TrackStatus.SUPPLEMENT_REQUESTED
                    ? x.pauses.getLast().reason() : null, x.endReason, t.lastStepOn(), x.completedOn,
                    List.copyOf(x.pauses), withdrawn ? List.of() : t.allowedSteps(permitIssued),
                    x.limit.workingDays(), x.limit.planReplyWorkingDays(), x.planIssuedOn,
                    read(x.limit.workingDays(), x.pauses, x.completedOn),
                    x.limit.planReplyWorkingDays() == null ? null
                            : read(x.limit.planReplyWorkingDays(), x.pauses, planReplyStop(x))));
        }
        CaseStatus status = withdrawn ? CaseStatus.WITHDRAWN
                : tracks.values().stream().allMatch(Track::isFinished) ? CaseStatus.COMPLETED : CaseStatus.IN_PROGRESS;
        return Optional.of(new CaseDetails(accepted.caseNumber(), status, accepted.occurredOn(), accepted.channel(),
                accepted.applicant(), accepted.project(), accepted.actor(), List.copyOf(trackDetails),
                approvalDetails(), List.copyOf(materials), version));
    }

    /** The plan-reply clock stops when the plan is issued, or when the track ends before that. */
    private static LocalDate planReplyStop(TrackExtras x) {
        return x.planIssuedOn != null ? x.planIssuedOn : x.completedOn;
    }

    private ClockReading read(int limit, List<Pause> pauses, LocalDate stoppedOn) {
        List<Wait> waits = pauses.stream().map(p -> new Wait(p.from(), p.to())).toList();
        return TrackClock.read(clocks.calendar(), accepted.occurredOn(), limit, waits, stoppedOn, clocks.today(),
                clocks.dueSoonWorkingDays());
    }

    private ApprovalDetails approvalDetails() {
        if (approval == null) {
            return null;
        }
        ApprovalExtras x = approvalExtras;
        boolean prepared = approval.status() != ApprovalStatus.PREPARING;
        return new ApprovalDetails(approval.status(), approval.round(), prepared ? x.preparedBy : null,
                prepared && approval.commitmentApplies(), prepared && approval.touchesHighway(), x.commitmentLetter,
                List.copyOf(x.opinions), x.permitNumber, x.permitIssuedOn, List.copyOf(x.earlierRounds), x.limit,
                x.submittedOn, x.submittedOn == null ? null : TrackClock.read(clocks.calendar(), x.submittedOn,
                x.limit, List.of(), x.permitIssuedOn, clocks.today(), clocks.dueSoonWorkingDays()));
    }

    private static final class TrackExtras {
        final ServiceSelection selection;
        final TrackLimit limit;
        final List<Pause> pauses = new ArrayList<>();
        String endReason;
        LocalDate completedOn;
        LocalDate planIssuedOn;

        TrackExtras(ServiceSelection selection, TrackLimit limit) {
            this.selection = selection;
            this.limit = limit;
        }
    }

    private static final class ApprovalExtras {
        MaterialsPreparer preparedBy;
        String commitmentLetter;
        final List<Opinion> opinions = new ArrayList<>();
        final List<Opinion> earlierRounds = new ArrayList<>();
        String permitNumber;
        LocalDate permitIssuedOn;
        LocalDate submittedOn;
        final int limit;

        ApprovalExtras(int limit) {
            this.limit = limit;
        }
    }
}
