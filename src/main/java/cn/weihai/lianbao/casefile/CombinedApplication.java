package cn.weihai.lianbao.casefile;

import cn.weihai.lianbao.casefile.api.ApprovalStatus;
import cn.weihai.lianbao.casefile.api.ClockKind;
import cn.weihai.lianbao.casefile.api.Commands.AcceptApplication;
import cn.weihai.lianbao.casefile.api.Commands.AttachMaterial;
import cn.weihai.lianbao.casefile.api.Commands.GiveExternalWorksOpinion;
import cn.weihai.lianbao.casefile.api.Commands.IssueExternalWorksPermit;
import cn.weihai.lianbao.casefile.api.Commands.PrepareExternalWorksMaterials;
import cn.weihai.lianbao.casefile.api.Commands.RecordTrackStep;
import cn.weihai.lianbao.casefile.api.Commands.SubmitExternalWorks;
import cn.weihai.lianbao.casefile.api.Commands.UploadCommitmentLetter;
import cn.weihai.lianbao.casefile.api.Commands.WithdrawApplication;
import cn.weihai.lianbao.casefile.api.Commands.WithdrawService;
import cn.weihai.lianbao.casefile.api.Department;
import cn.weihai.lianbao.casefile.api.MaterialType;
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
import cn.weihai.lianbao.casefile.api.ServiceSelection;
import cn.weihai.lianbao.casefile.api.TrackStatus;
import cn.weihai.lianbao.casefile.api.TrackLimit;
import cn.weihai.lianbao.casefile.api.TrackStep;
import cn.weihai.lianbao.deadline.TimeLimitPolicy;
import cn.weihai.lianbao.platform.CachedCommandTargetResolver;
import cn.weihai.lianbao.shared.FieldViolation;
import cn.weihai.lianbao.shared.InvalidInputException;
import cn.weihai.lianbao.shared.RuleViolationException;
import cn.weihai.lianbao.shared.UtilityService;
import cn.weihai.lianbao.casefile.api.Commands.RecheckClocks;
import cn.weihai.lianbao.casefile.api.Events.TrackAlertCleared;
import cn.weihai.lianbao.casefile.api.Events.TrackDueSoon;
import cn.weihai.lianbao.casefile.api.Events.TrackOverdue;
import cn.weihai.lianbao.deadline.ClockReading;
import cn.weihai.lianbao.deadline.Warning;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import cn.weihai.lianbao.platform.AggregateCacheConfiguration;
import cn.weihai.lianbao.platform.SnapshotConfiguration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.weihai.lianbao.casefile.api.Commands.AnswerSupervisionOrder;
import cn.weihai.lianbao.casefile.api.Commands.CloseSupervisionOrder;
import cn.weihai.lianbao.casefile.api.Commands.IssueSupervisionOrder;
import cn.weihai.lianbao.casefile.api.Commands.SendBackSupervisionOrder;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderAnswered;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderClosed;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderDueDateMoved;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderIssued;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderOverdue;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderSentBack;
import cn.weihai.lianbao.shared.Role;
import cn.weihai.lianbao.casefile.api.Commands.RevealPersonalData;
import cn.weihai.lianbao.casefile.api.Events.PersonalDataRevealed;

import cn.weihai.lianbao.casefile.api.Commands.RateService;
import cn.weihai.lianbao.casefile.api.Commands.RequestConnection;
import cn.weihai.lianbao.casefile.api.Events.ConnectionRequested;
import cn.weihai.lianbao.casefile.api.Events.ServiceRated;
import cn.weihai.lianbao.casefile.api.TrackStage;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * 联合报装申请: one combined application, one track per selected utility service and, when any service
 * needs external works, the external-works joint approval.
 * <p>
 * Loaded from snapshots (see {@link CaseSnapshotModule}): change the revision when a field changes its meaning.
 */
@Aggregate(snapshotTriggerDefinition = SnapshotConfiguration.CASE_TRIGGER,
        snapshotFilter = SnapshotConfiguration.CASE_FILTER, cache = AggregateCacheConfiguration.CASE_CACHE,
        commandTargetResolver = CachedCommandTargetResolver.BEAN)
@Revision("1")
public class CombinedApplication {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    public static final String CLOCK_CHECK = "case-clock";
    static final int MAX_ORDER_TEXT = 1000;
    private static final java.util.Set<Role> REVEALING_ROLES = java.util.Set.of(Role.HOTLINE, Role.SUPERVISOR,
            Role.ADMIN);

    @AggregateIdentifier
    private String caseNumber;
    private LocalDate acceptedOn;
    private final Map<UtilityService, Track> tracks = new EnumMap<>(UtilityService.class);
    private ExternalWorksApproval approval;
    private boolean withdrawn;
    /** "TYPE:sha256" of every material on the case: the same file is not attached twice as the same material. */
    private final Set<String> materials = new HashSet<>();
    /** 督办 by number, 1, 2, … in the order issued. */
    private final Map<Integer, SupervisionOrder> orders = new java.util.LinkedHashMap<>();
    /** Tracks whose applicant asked for connection (自主提出接通申请), and those already rated (好差评). */
    private final Set<UtilityService> connectionRequested = java.util.EnumSet.noneOf(UtilityService.class);
    private final Set<UtilityService> rated = java.util.EnumSet.noneOf(UtilityService.class);

    protected CombinedApplication() {
    }

    @CommandHandler
    public CombinedApplication(AcceptApplication cmd, TrackClocks clocks, TimeLimitPolicy limits,
                               DeadlineManager deadlines) {
        LocalDate today = clocks.today();
        var violations = IntakeValidator.validate(cmd, today);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        List<ServiceSelection> services = cmd.services();
        boolean externalWorks = services.stream().anyMatch(ServiceSelection::externalWorks);
        apply(new ApplicationAccepted(cmd.caseNumber(), cmd.acceptedOn() == null ? today : cmd.acceptedOn(),
                cmd.channel(), Normalize.applicant(cmd.applicant()), Normalize.project(cmd.project()),
                List.copyOf(services), externalWorks, limitsOf(services, limits),
                externalWorks ? limits.getExternalWorksApproval() : 0, cmd.actor()))
                // in a constructor the event is applied only after construction
                .andThen(() -> scheduleClockCheck(deadlines, clocks, today));
    }

    private static List<TrackLimit> limitsOf(List<ServiceSelection> services, TimeLimitPolicy policy) {
        return services.stream().map(s -> {
            var limit = policy.limitFor(s.service(), s.externalWorks(), s.powerCategory());
            return new TrackLimit(s.service(), limit.workingDays(), limit.planReplyWorkingDays());
        }).toList();
    }

    @CommandHandler
    public void handle(RecordTrackStep cmd, TrackClocks clocks, DeadlineManager deadlines) {
        requireOpen();
        Track track = track(cmd.service());
        if (cmd.step() == null) {
            throw InvalidInputException.of("step", "validation.required");
        }
        String note = Normalize.text(cmd.note());
        if (cmd.step().requiresNote() && note == null) {
            throw InvalidInputException.of("note", "validation.reasonRequired");
        }
        boolean permitIssued = approval != null && approval.permitIssued();
        List<TrackStep> allowed = track.allowedSteps(permitIssued);
        if (!allowed.contains(cmd.step())) {
            if (track.status() != TrackStatus.PAUSED && track.status() != TrackStatus.SUPPLEMENT_REQUESTED
                    && track.blockedByPermit(cmd.step(), permitIssued)) {
                throw new RuleViolationException("rule.track.permitRequired", cmd.service(),
                        approval.status());
            }
            throw new RuleViolationException("rule.track.stepNotAllowed", cmd.service(), cmd.step(),
                    track.status(), allowed);
        }
        LocalDate on = BusinessDate.resolve(cmd.occurredOn(), clocks.today(), track.lastStepOn());
        String cn = caseNumber;
        UtilityService s = cmd.service();
        switch (cmd.step()) {
            case PAUSED -> apply(new TrackPaused(cn, s, note, on, cmd.actor(), cmd.channel()));
            case RESUMED -> apply(new TrackResumed(cn, s, note, on, cmd.actor(), cmd.channel()));
            case SUPPLEMENT_REQUESTED -> apply(new SupplementRequested(cn, s, note, on, cmd.actor(), cmd.channel()));
            case SUPPLEMENT_SUPPLIED -> apply(new SupplementSupplied(cn, s, note, on, cmd.actor(), cmd.channel()));
            case REJECTED -> apply(new TrackRejected(cn, s, note, on, cmd.actor(), cmd.channel()));
            default -> apply(new TrackStepRecorded(cn, s, cmd.step().reachedStage(), note, on, cmd.actor(),
                    cmd.channel()));
        }
        scheduleClockCheck(deadlines, clocks, clocks.today());
    }

    @CommandHandler
    public void handle(WithdrawService cmd, TrackClocks clocks, DeadlineManager deadlines) {
        requireOpen();
        Track track = track(cmd.service());
        if (track.isFinished()) {
            throw new RuleViolationException("rule.track.finished", cmd.service(), track.status());
        }
        LocalDate on = BusinessDate.resolve(cmd.occurredOn(), clocks.today(), track.lastStepOn());
        apply(new ServiceWithdrawn(caseNumber, cmd.service(), Normalize.text(cmd.reason()), on, cmd.actor(),
                cmd.channel()));
        scheduleClockCheck(deadlines, clocks, clocks.today());
    }

    @CommandHandler
    public void handle(WithdrawApplication cmd, TrackClocks clocks, DeadlineManager deadlines) {
        requireOpen();
        if (tracks.values().stream().allMatch(Track::isFinished)) {
            throw new RuleViolationException("rule.case.completed", caseNumber);
        }
        LocalDate latest = tracks.values().stream().map(Track::lastStepOn).max(LocalDate::compareTo).orElseThrow();
        LocalDate on = BusinessDate.resolve(cmd.occurredOn(), clocks.today(), latest);
        apply(new ApplicationWithdrawn(caseNumber, Normalize.text(cmd.reason()), on, cmd.actor(), cmd.channel()));
        scheduleClockCheck(deadlines, clocks, clocks.today());
    }

    @CommandHandler
    public void handle(PrepareExternalWorksMaterials cmd, TrackClocks clocks) {
        ExternalWorksApproval a = openApproval();
        if (a.status() != ApprovalStatus.PREPARING && a.status() != ApprovalStatus.MATERIALS_PREPARED) {
            throw new RuleViolationException("rule.approval.notPreparing", a.status());
        }
        if (cmd.preparedBy() == null) {
            throw InvalidInputException.of("preparedBy", "validation.required");
        }
        LocalDate on = BusinessDate.resolve(cmd.occurredOn(), clocks.today(), a.lastStepOn());
        apply(new ExternalWorksMaterialsPrepared(caseNumber, a.round(), cmd.preparedBy(), cmd.commitmentApplies(),
                cmd.touchesHighway(), Normalize.text(cmd.note()), on, cmd.actor(), cmd.channel()));
    }

    @CommandHandler
    public void handle(UploadCommitmentLetter cmd, TrackClocks clocks) {
        ExternalWorksApproval a = openApproval();
        if (a.status() != ApprovalStatus.MATERIALS_PREPARED) {
            throw new RuleViolationException("rule.approval.materialsFirst", a.status());
        }
        if (!a.commitmentApplies()) {
            throw new RuleViolationException("rule.approval.commitmentNotApplicable");
        }
        List<cn.weihai.lianbao.shared.FieldViolation> v = new ArrayList<>();
        if (Normalize.text(cmd.documentName()) == null) {
            v.add(cn.weihai.lianbao.shared.FieldViolation.of("documentName", "validation.required"));
        }
        if (cmd.sha256() != null && !SHA256.matcher(cmd.sha256()).matches()) {
            v.add(cn.weihai.lianbao.shared.FieldViolation.of("sha256", "validation.sha256.invalid"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        LocalDate on = BusinessDate.resolve(cmd.occurredOn(), clocks.today(), a.lastStepOn());
        apply(new CommitmentLetterUploaded(caseNumber, a.round(), cmd.documentName().strip(),
                cmd.sha256() == null ? null : cmd.sha256().toLowerCase(), on, cmd.actor(), cmd.channel()));
    }

    @CommandHandler
    public void handle(SubmitExternalWorks cmd, TrackClocks clocks) {
        ExternalWorksApproval a = openApproval();
        if (a.status() != ApprovalStatus.MATERIALS_PREPARED) {
            throw new RuleViolationException("rule.approval.materialsFirst", a.status());
        }
        if (a.commitmentApplies() && !a.commitmentLetterUploaded()) {
            throw new RuleViolationException("rule.approval.commitmentLetterMissing");
        }
        if (cmd.departments() == null || cmd.departments().isEmpty()) {
            throw InvalidInputException.of("departments", "validation.departments.none");
        }
        List<Department> to = new ArrayList<>(cmd.departments().stream().sorted().toList());
        if (a.touchesHighway() && !to.contains(Department.HIGHWAY)) {
            to.add(Department.HIGHWAY);
        }
        LocalDate on = BusinessDate.resolve(cmd.occurredOn(), clocks.today(), a.lastStepOn());
        apply(new ExternalWorksSubmitted(caseNumber, a.round(), List.copyOf(to), on, cmd.actor(), cmd.channel()));
    }

    @CommandHandler
    public void handle(GiveExternalWorksOpinion cmd, TrackClocks clocks) {
        ExternalWorksApproval a = openApproval();
        if (a.status() != ApprovalStatus.UNDER_REVIEW) {
            throw new RuleViolationException("rule.approval.notUnderReview", a.status());
        }
        if (cmd.department() == null) {
            throw InvalidInputException.of("department", "validation.required");
        }
        if (!a.isConcerned(cmd.department())) {
            throw new RuleViolationException("rule.approval.departmentNotConcerned", cmd.department());
        }
        if (a.hasOpinionFrom(cmd.department())) {
            throw new RuleViolationException("rule.approval.opinionAlreadyGiven", cmd.department());
        }
        String reason = Normalize.text(cmd.reason());
        if (!cmd.agreed() && reason == null) {
            throw InvalidInputException.of("reason", "validation.reasonRequired");
        }
        LocalDate on = BusinessDate.resolve(cmd.occurredOn(), clocks.today(), a.lastStepOn());
        apply(new ExternalWorksOpinionGiven(caseNumber, a.round(), cmd.department(), cmd.agreed(), reason, on,
                cmd.actor(), cmd.channel()));
        if (!cmd.agreed()) {
            apply(new ExternalWorksReturnedForPreparation(caseNumber, a.round(), cmd.department(), reason, on,
                    cmd.actor(), cmd.channel()));
        }
    }

    @CommandHandler
    public void handle(IssueExternalWorksPermit cmd, TrackClocks clocks) {
        ExternalWorksApproval a = openApproval();
        if (a.status() != ApprovalStatus.UNDER_REVIEW) {
            throw new RuleViolationException("rule.approval.notUnderReview", a.status());
        }
        List<Department> pending = a.notYetAgreed();
        if (!pending.isEmpty()) {
            throw new RuleViolationException("rule.approval.opinionsPending", pending);
        }
        String permitNumber = Normalize.text(cmd.permitNumber());
        if (permitNumber == null) {
            throw InvalidInputException.of("permitNumber", "validation.required");
        }
        LocalDate on = BusinessDate.resolve(cmd.occurredOn(), clocks.today(), a.lastStepOn());
        apply(new ExternalWorksPermitIssued(caseNumber, a.round(), permitNumber, on, cmd.actor(), cmd.channel()));
    }

    /** 材料: any staff member may hand in a material; it is visible to every utility on the case. */
    @CommandHandler
    public void handle(AttachMaterial cmd, TrackClocks clocks) {
        requireOpen();
        List<FieldViolation> v = new ArrayList<>();
        if (cmd.type() == null) {
            v.add(FieldViolation.of("type", "validation.required"));
        }
        String fileName = Normalize.text(cmd.fileName());
        if (fileName == null) {
            v.add(FieldViolation.of("fileName", "validation.required"));
        } else if (fileName.length() > IntakeValidator.MAX_TEXT) {
            v.add(FieldViolation.of("fileName", "validation.tooLong", IntakeValidator.MAX_TEXT));
        } else if (cmd.type() != null && !cmd.type().accepts(fileName)) {
            v.add(FieldViolation.of("fileName", "validation.material.cadRequired", cmd.type()));
        }
        if (cmd.sha256() == null || !SHA256.matcher(cmd.sha256()).matches()) {
            v.add(FieldViolation.of("sha256", "validation.sha256.invalid"));
        }
        if (cmd.size() <= 0) {
            v.add(FieldViolation.of("size", "validation.material.empty"));
        }
        String reusedFrom = Normalize.text(cmd.reusedFromCase());
        if (caseNumber.equals(reusedFrom)) {
            v.add(FieldViolation.of("reusedFromCase", "validation.material.reusedFromItself"));
        }
        if (cmd.channel() == null) {
            v.add(FieldViolation.of("channel", "validation.required"));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        String sha256 = cmd.sha256().toLowerCase(Locale.ROOT);
        if (materials.contains(materialKey(cmd.type(), sha256))) {
            throw new RuleViolationException("rule.material.alreadyAttached", cmd.type(), fileName);
        }
        LocalDate on = BusinessDate.resolve(cmd.occurredOn(), clocks.today(), acceptedOn);
        apply(new MaterialAttached(caseNumber, cmd.type(), fileName, sha256, cmd.size(), reusedFrom, on, cmd.actor(),
                cmd.channel()));
    }

    private static String materialKey(MaterialType type, String sha256) {
        return type.name() + ":" + sha256;
    }

    /** 督办: a supervisor orders rectification by a number of working days from today; answers the order's number. */
    @CommandHandler
    public int handle(IssueSupervisionOrder cmd, TrackClocks clocks, DeadlineManager deadlines) {
        requireOpen();
        requireSupervisor(cmd.actor());
        if (cmd.service() != null) {
            track(cmd.service());
        }
        List<FieldViolation> v = new ArrayList<>();
        String reason = Normalize.text(cmd.reason());
        if (reason == null) {
            v.add(FieldViolation.of("reason", "validation.reasonRequired"));
        } else if (reason.length() > MAX_ORDER_TEXT) {
            v.add(FieldViolation.of("reason", "validation.tooLong", MAX_ORDER_TEXT));
        }
        if (cmd.workingDays() < 1 || cmd.workingDays() > IssueSupervisionOrder.MAX_WORKING_DAYS) {
            v.add(FieldViolation.of("workingDays", "validation.order.workingDays",
                    IssueSupervisionOrder.MAX_WORKING_DAYS));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        LocalDate today = clocks.today();
        int number = orders.size() + 1;
        apply(new SupervisionOrderIssued(caseNumber, number, cmd.service(), reason, cmd.workingDays(),
                clocks.workingDaysAfter(today, cmd.workingDays()), today, cmd.actor(), cmd.channel()));
        scheduleClockCheck(deadlines, clocks, today);
        return number;
    }

    @CommandHandler
    public void handle(AnswerSupervisionOrder cmd, TrackClocks clocks, DeadlineManager deadlines) {
        requireOpen();
        SupervisionOrder order = order(cmd.orderNumber());
        order.requireAnswerable(cmd.actor().role(), cmd.answeringFor());
        String answer = requiredText("answer", cmd.answer(), "validation.required");
        apply(new SupervisionOrderAnswered(caseNumber, order.number(), answer, clocks.today(), cmd.actor(),
                cmd.channel()));
        scheduleClockCheck(deadlines, clocks, clocks.today());
    }

    @CommandHandler
    public void handle(SendBackSupervisionOrder cmd, TrackClocks clocks, DeadlineManager deadlines) {
        requireOpen();
        requireSupervisor(cmd.actor());
        SupervisionOrder order = order(cmd.orderNumber());
        order.requireAnswered();
        String reason = requiredText("reason", cmd.reason(), "validation.reasonRequired");
        apply(new SupervisionOrderSentBack(caseNumber, order.number(), reason, clocks.today(), cmd.actor(),
                cmd.channel()));
        scheduleClockCheck(deadlines, clocks, clocks.today());
    }

    /** Closing needs no open case: a supervisor may still settle an order after the application was withdrawn. */
    @CommandHandler
    public void handle(CloseSupervisionOrder cmd, TrackClocks clocks, DeadlineManager deadlines) {
        requireSupervisor(cmd.actor());
        SupervisionOrder order = order(cmd.orderNumber());
        order.requireAnswered();
        apply(new SupervisionOrderClosed(caseNumber, order.number(), Normalize.text(cmd.note()), clocks.today(),
                cmd.actor(), cmd.channel()));
        scheduleClockCheck(deadlines, clocks, clocks.today());
    }

    private static void requireSupervisor(Actor actor) {
        if (actor == null || actor.role() != Role.SUPERVISOR) {
            throw new RuleViolationException("rule.order.supervisorOnly");
        }
    }

    private SupervisionOrder order(int number) {
        SupervisionOrder order = orders.get(number);
        if (order == null) {
            throw new RuleViolationException("rule.order.unknown", number, caseNumber);
        }
        return order;
    }

    private static String requiredText(String field, String value, String missingKey) {
        String text = Normalize.text(value);
        if (text == null) {
            throw InvalidInputException.of(field, missingKey);
        }
        if (text.length() > MAX_ORDER_TEXT) {
            throw InvalidInputException.of(field, "validation.tooLong", MAX_ORDER_TEXT);
        }
        return text;
    }

    /** Allowed on open and closed cases alike: a complaint may come after the connection. */
    @CommandHandler
    public void handle(RevealPersonalData cmd, TrackClocks clocks) {
        if (cmd.actor() == null || !REVEALING_ROLES.contains(cmd.actor().role())) {
            throw new RuleViolationException("rule.reveal.hotlineOnly");
        }
        String ticket = requiredText("ticketNumber", cmd.ticketNumber(), "validation.required");
        String reason = requiredText("reason", cmd.reason(), "validation.reasonRequired");
        apply(new PersonalDataRevealed(caseNumber, ticket, reason, clocks.today(), cmd.actor(), cmd.channel()));
    }

    /** After a calendar correction an order's due date is counted again, as a track's is. */
    private void moveOrderDueDates(TrackClocks clocks, LocalDate today) {
        if (withdrawn) {
            return;
        }
        for (SupervisionOrder o : List.copyOf(orders.values())) {
            LocalDate corrected = o.correctedDueDate(clocks);
            if (corrected != null) {
                apply(new SupervisionOrderDueDateMoved(caseNumber, o.number(), corrected, today, Actor.system(),
                        Channel.SYSTEM));
            }
        }
    }

    private void raiseOrdersOverdue(LocalDate today) {
        if (withdrawn) {
            return;
        }
        for (SupervisionOrder o : List.copyOf(orders.values())) {
            if (o.becomesOverdue(today)) {
                apply(new SupervisionOrderOverdue(caseNumber, o.number(), o.dueDate(), today, Actor.system(),
                        Channel.SYSTEM));
            }
        }
    }

    /** Re-reads the clocks now, e.g. after the working-day calendar changed. */
    @CommandHandler
    public void handle(RecheckClocks cmd, TrackClocks clocks, DeadlineManager deadlines) {
        LocalDate today = clocks.today();
        raiseWarnings(clocks, today);
        scheduleClockCheck(deadlines, clocks, today);
    }

    @DeadlineHandler(deadlineName = CLOCK_CHECK)
    void on(ClockCheckDue due, TrackClocks clocks, DeadlineManager deadlines) {
        // a deadline never fires early; after downtime "today" is later than planned and still right
        LocalDate today = clocks.today().isAfter(due.day()) ? clocks.today() : due.day();
        raiseWarnings(clocks, today);
        scheduleClockCheck(deadlines, clocks, today);
    }

    private void raiseWarnings(TrackClocks clocks, LocalDate today) {
        moveOrderDueDates(clocks, today);
        raiseOrdersOverdue(today);
        for (Track t : List.copyOf(tracks.values())) {
            for (ClockKind clock : t.clocks()) {
                if (!clocks.isTicking(t, clock)) {
                    continue;
                }
                ClockReading r = clocks.read(t, clock, acceptedOn, today);
                if (r.warning() == Warning.OVERDUE && !t.overdueRaisedFor(clock, r.dueDate())) {
                    apply(new TrackOverdue(caseNumber, t.service(), clock, r.dueDate(), today, Actor.system(),
                            Channel.SYSTEM));
                } else if (r.warning() == Warning.DUE_SOON && !t.dueSoonRaisedFor(clock, r.dueDate())) {
                    apply(new TrackDueSoon(caseNumber, t.service(), clock, r.dueDate(), r.remainingWorkingDays(),
                            today, Actor.system(), Channel.SYSTEM));
                } else if (r.warning() == Warning.NONE && t.hasStandingAlert(clock)) {
                    apply(new TrackAlertCleared(caseNumber, t.service(), clock, r.dueDate(), today, Actor.system(),
                            Channel.SYSTEM));
                }
            }
        }
    }

    /** One deadline per case, at the start of the earliest day any of its tracks' warnings changes. */
    private void scheduleClockCheck(DeadlineManager deadlines, TrackClocks clocks, LocalDate today) {
        // an order is checked by the same deadline: the day after its due date
        Stream<LocalDate> trackDays = tracks.values().stream()
                .flatMap(t -> t.clocks().stream().map(clock -> clocks.nextCheck(t, clock, acceptedOn, today)));
        Stream<LocalDate> orderDays = withdrawn ? Stream.empty() : orders.values().stream().map(o -> o.nextCheck(today));
        Optional<LocalDate> next = Stream.concat(trackDays, orderDays).filter(Objects::nonNull)
                .min(LocalDate::compareTo);
        PlannedCheck.replan(deadlines, CLOCK_CHECK, next.map(clocks::startOf).orElse(null),
                next.map(day -> new ClockCheckDue(caseNumber, day)).orElse(null));
    }

    private void requireOpen() {
        if (withdrawn) {
            throw new RuleViolationException("rule.case.withdrawn", caseNumber);
        }
    }

    private Track track(UtilityService service) {
        if (service == null) {
            throw InvalidInputException.of("service", "validation.required");
        }
        Track track = tracks.get(service);
        if (track == null) {
            throw new RuleViolationException("rule.track.notSelected", service, List.copyOf(tracks.keySet()));
        }
        return track;
    }

    private ExternalWorksApproval openApproval() {
        requireOpen();
        if (approval == null) {
            throw new RuleViolationException("rule.approval.notRequired", caseNumber);
        }
        if (approval.permitIssued()) {
            throw new RuleViolationException("rule.approval.permitAlreadyIssued");
        }
        return approval;
    }

    @EventSourcingHandler
    void on(ApplicationAccepted e) {
        caseNumber = e.caseNumber();
        acceptedOn = e.occurredOn();
        for (ServiceSelection s : e.services()) {
            TrackLimit limit = e.limits().stream().filter(l -> l.service() == s.service()).findFirst().orElseThrow();
            tracks.put(s.service(), new Track(s, limit.workingDays(), limit.planReplyWorkingDays(), e.occurredOn()));
        }
        if (e.externalWorksApprovalRequired()) {
            approval = new ExternalWorksApproval(e.occurredOn());
        }
    }

    @EventSourcingHandler
    void on(TrackStepRecorded e) {
        tracks.get(e.service()).reached(e.stage(), e.occurredOn());
    }

    @EventSourcingHandler
    void on(TrackPaused e) {
        tracks.get(e.service()).waitFor(TrackStatus.PAUSED, e.occurredOn());
    }

    @EventSourcingHandler
    void on(SupplementRequested e) {
        tracks.get(e.service()).waitFor(TrackStatus.SUPPLEMENT_REQUESTED, e.occurredOn());
    }

    @EventSourcingHandler
    void on(TrackResumed e) {
        tracks.get(e.service()).stopWaiting(e.occurredOn());
    }

    @EventSourcingHandler
    void on(SupplementSupplied e) {
        tracks.get(e.service()).stopWaiting(e.occurredOn());
    }

    @EventSourcingHandler
    void on(TrackRejected e) {
        tracks.get(e.service()).end(TrackStatus.REJECTED, e.occurredOn());
    }

    @EventSourcingHandler
    void on(ServiceWithdrawn e) {
        tracks.get(e.service()).end(TrackStatus.WITHDRAWN, e.occurredOn());
    }

    @EventSourcingHandler
    void on(ApplicationWithdrawn e) {
        withdrawn = true;
        tracks.values().stream().filter(t -> !t.isFinished()).forEach(t -> t.end(TrackStatus.WITHDRAWN, e.occurredOn()));
    }

    @EventSourcingHandler
    void on(MaterialAttached e) {
        materials.add(materialKey(e.type(), e.sha256()));
    }

    @EventSourcingHandler
    void on(TrackDueSoon e) {
        tracks.get(e.service()).dueSoonRaised(e.clock(), e.dueDate());
    }

    @EventSourcingHandler
    void on(TrackOverdue e) {
        tracks.get(e.service()).overdueRaised(e.clock(), e.dueDate());
    }

    @EventSourcingHandler
    void on(TrackAlertCleared e) {
        tracks.get(e.service()).alertCleared(e.clock());
    }

    @EventSourcingHandler
    void on(ExternalWorksMaterialsPrepared e) {
        approval.materialsPrepared(e.commitmentApplies(), e.touchesHighway(), e.occurredOn());
    }

    @EventSourcingHandler
    void on(CommitmentLetterUploaded e) {
        approval.commitmentLetterUploaded(e.occurredOn());
    }

    @EventSourcingHandler
    void on(ExternalWorksSubmitted e) {
        approval.submitted(e.departments(), e.occurredOn());
    }

    @EventSourcingHandler
    void on(ExternalWorksOpinionGiven e) {
        approval.opinionGiven(e.department(), e.agreed(), e.occurredOn());
    }

    @EventSourcingHandler
    void on(ExternalWorksReturnedForPreparation e) {
        approval.returnedForPreparation(e.occurredOn());
    }

    @EventSourcingHandler
    void on(ExternalWorksPermitIssued e) {
        approval.permitIssued(e.occurredOn());
    }

    @EventSourcingHandler
    void on(SupervisionOrderIssued e) {
        orders.put(e.orderNumber(), new SupervisionOrder(e.orderNumber(), e.service(), e.occurredOn(),
                e.workingDays(), e.dueDate()));
    }

    @EventSourcingHandler
    void on(SupervisionOrderAnswered e) {
        orders.get(e.orderNumber()).answered();
    }

    @EventSourcingHandler
    void on(SupervisionOrderSentBack e) {
        orders.get(e.orderNumber()).sentBack();
    }

    @EventSourcingHandler
    void on(SupervisionOrderClosed e) {
        orders.get(e.orderNumber()).closed();
    }

    @EventSourcingHandler
    void on(SupervisionOrderDueDateMoved e) {
        orders.get(e.orderNumber()).dueDateMoved(e.dueDate());
    }

    @EventSourcingHandler
    void on(SupervisionOrderOverdue e) {
        orders.get(e.orderNumber()).overdueRaised();
    }

    /**
     * 自主提出接通申请: once the works are finished (竣工) the applicant's own works decide when acceptance can
     * start, so the request is taken at CONSTRUCTION_FINISHED or ACCEPTANCE_PASSED, once per track.
     */
    @CommandHandler
    public void handle(RequestConnection cmd, TrackClocks clocks) {
        requireOpen();
        Track track = track(cmd.service());
        if (track.isFinished()) {
            throw new RuleViolationException("rule.connection.trackFinished", cmd.service(), track.status());
        }
        if (track.stage() != TrackStage.CONSTRUCTION_FINISHED && track.stage() != TrackStage.ACCEPTANCE_PASSED) {
            throw new RuleViolationException("rule.connection.notReady", cmd.service(), track.stage());
        }
        if (connectionRequested.contains(cmd.service())) {
            throw new RuleViolationException("rule.connection.alreadyRequested", cmd.service());
        }
        String note = Normalize.text(cmd.note());
        if (note != null && note.length() > MAX_ORDER_TEXT) {
            throw InvalidInputException.of("note", "validation.tooLong", MAX_ORDER_TEXT);
        }
        LocalDate on = BusinessDate.resolve(cmd.occurredOn(), clocks.today(), track.lastStepOn());
        apply(new ConnectionRequested(caseNumber, cmd.service(), note, on, cmd.actor(), cmd.channel()));
    }

    /**
     * 好差评: only the applicant rates, only a connected track, once (a rating is a fact and is not replaced);
     * a poor rating (1–2 stars) needs a comment saying what went wrong.
     */
    @CommandHandler
    public void handle(RateService cmd, TrackClocks clocks) {
        Track track = track(cmd.service());
        if (cmd.actor() == null || cmd.actor().role() != Role.APPLICANT) {
            throw new RuleViolationException("rule.rating.applicantOnly");
        }
        if (track.status() != TrackStatus.CONNECTED) {
            throw new RuleViolationException("rule.rating.notConnected", cmd.service(), track.status());
        }
        if (rated.contains(cmd.service())) {
            throw new RuleViolationException("rule.rating.alreadyRated", cmd.service());
        }
        List<FieldViolation> v = new ArrayList<>();
        if (cmd.stars() < 1 || cmd.stars() > 5) {
            v.add(FieldViolation.of("stars", "validation.rating.stars"));
        }
        String comment = Normalize.text(cmd.comment());
        if (comment == null && cmd.stars() >= 1 && cmd.stars() <= 2) {
            v.add(FieldViolation.of("comment", "validation.rating.commentRequired"));
        } else if (comment != null && comment.length() > RateService.MAX_COMMENT) {
            v.add(FieldViolation.of("comment", "validation.tooLong", RateService.MAX_COMMENT));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        LocalDate on = BusinessDate.resolve(cmd.occurredOn(), clocks.today(), track.lastStepOn());
        apply(new ServiceRated(caseNumber, cmd.service(), cmd.stars(), comment, on, cmd.actor(), cmd.channel()));
    }

    @EventSourcingHandler
    void on(ConnectionRequested e) {
        connectionRequested.add(e.service());
    }

    @EventSourcingHandler
    void on(ServiceRated e) {
        rated.add(e.service());
    }
}
