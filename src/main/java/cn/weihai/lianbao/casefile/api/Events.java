package cn.weihai.lianbao.casefile.api;

import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.UtilityService;

import java.time.LocalDate;
import java.util.List;

/** Facts about a combined application, in the past tense. {@code occurredOn} is the business date. */
public final class Events {
    private Events() {
    }

    /** 受理: the clocks of every track start from {@code occurredOn} (the acceptedOn date). */
    public record ApplicationAccepted(String caseNumber, LocalDate occurredOn, Channel channel, Applicant applicant,
                                      Project project, List<ServiceSelection> services,
                                      boolean externalWorksApprovalRequired, List<TrackLimit> limits,
                                      int externalWorksApprovalLimit, Actor actor) implements CaseEvent {
    }

    /** A forward step on a track: {@code stage} is the stage it reached. */
    public record TrackStepRecorded(String caseNumber, UtilityService service, TrackStage stage, String note,
                                    LocalDate occurredOn, Actor actor, Channel channel) implements TrackEvent {
    }

    /** The track waits on the applicant; its clock stops. */
    public record TrackPaused(String caseNumber, UtilityService service, String reason,
                              LocalDate occurredOn, Actor actor, Channel channel) implements TrackEvent {
    }

    public record TrackResumed(String caseNumber, UtilityService service, String note,
                               LocalDate occurredOn, Actor actor, Channel channel) implements TrackEvent {
    }

    /** 补正: materials must be completed by the applicant; the clock stops until they are supplied. */
    public record SupplementRequested(String caseNumber, UtilityService service, String reason,
                                      LocalDate occurredOn, Actor actor, Channel channel) implements TrackEvent {
    }

    public record SupplementSupplied(String caseNumber, UtilityService service, String note,
                                     LocalDate occurredOn, Actor actor, Channel channel) implements TrackEvent {
    }

    public record TrackRejected(String caseNumber, UtilityService service, String reason,
                                LocalDate occurredOn, Actor actor, Channel channel) implements TrackEvent {
    }

    public record ServiceWithdrawn(String caseNumber, UtilityService service, String reason,
                                   LocalDate occurredOn, Actor actor, Channel channel) implements TrackEvent {
    }

    /** The whole application is withdrawn; every open track ends with it. */
    public record ApplicationWithdrawn(String caseNumber, String reason,
                                       LocalDate occurredOn, Actor actor, Channel channel) implements CaseEvent {
    }

    public record ExternalWorksMaterialsPrepared(String caseNumber, int round, MaterialsPreparer preparedBy,
                                                 boolean commitmentApplies, boolean touchesHighway, String note,
                                                 LocalDate occurredOn, Actor actor, Channel channel)
            implements CaseEvent {
    }

    public record CommitmentLetterUploaded(String caseNumber, int round, String documentName, String sha256,
                                           LocalDate occurredOn, Actor actor, Channel channel) implements CaseEvent {
    }

    public record ExternalWorksSubmitted(String caseNumber, int round, List<Department> departments,
                                         LocalDate occurredOn, Actor actor, Channel channel) implements CaseEvent {
    }

    public record ExternalWorksOpinionGiven(String caseNumber, int round, Department department, boolean agreed,
                                            String reason, LocalDate occurredOn, Actor actor, Channel channel)
            implements CaseEvent {
    }

    /** A department refused: the approval goes back to preparing materials for a new round. */
    public record ExternalWorksReturnedForPreparation(String caseNumber, int round, Department refusedBy,
                                                      String reason, LocalDate occurredOn, Actor actor,
                                                      Channel channel) implements CaseEvent {
    }

    /** 核发许可决定书: external-works construction may start. */
    public record ExternalWorksPermitIssued(String caseNumber, int round, String permitNumber,
                                            LocalDate occurredOn, Actor actor, Channel channel) implements CaseEvent {
    }

    /** A material was handed in; {@code reusedFromCase} is set when an earlier case's file was reused. */
    public record MaterialAttached(String caseNumber, MaterialType type, String fileName, String sha256, long size,
                                   String reusedFromCase, LocalDate occurredOn, Actor actor, Channel channel)
            implements CaseEvent {
    }

    /** 临期: the track's due date is near ({@code remainingWorkingDays} left); raised once per due date. */
    public record TrackDueSoon(String caseNumber, UtilityService service, ClockKind clock, LocalDate dueDate,
                               int remainingWorkingDays, LocalDate occurredOn, Actor actor, Channel channel)
            implements TrackEvent {
    }

    /** 超期: the due date has closed without completion; raised once per due date. */
    public record TrackOverdue(String caseNumber, UtilityService service, ClockKind clock, LocalDate dueDate,
                               LocalDate occurredOn, Actor actor, Channel channel) implements TrackEvent {
    }

    /**
     * An alert no longer applies although the track did not move: the working-day calendar was corrected and
     * the due date ({@code dueDate}, as now computed) lies further ahead.
     */
    public record TrackAlertCleared(String caseNumber, UtilityService service, ClockKind clock, LocalDate dueDate,
                                    LocalDate occurredOn, Actor actor, Channel channel) implements TrackEvent {
    }
    /**
     * 督办: a supervisor orders rectification (限期整改) on the whole case ({@code service} null) or on one track,
     * answered by {@code dueDate}: {@code workingDays} working days after {@code occurredOn}, that day not counted.
     */
    public record SupervisionOrderIssued(String caseNumber, int orderNumber, UtilityService service, String reason,
                                         int workingDays, LocalDate dueDate, LocalDate occurredOn, Actor actor,
                                         Channel channel) implements CaseEvent {
    }

    /** The party the order is addressed to reports what it did. */
    public record SupervisionOrderAnswered(String caseNumber, int orderNumber, String answer, LocalDate occurredOn,
                                           Actor actor, Channel channel) implements CaseEvent {
    }

    /** The supervisor is not satisfied with the answer: the order is open again for a new answer. */
    public record SupervisionOrderSentBack(String caseNumber, int orderNumber, String reason, LocalDate occurredOn,
                                           Actor actor, Channel channel) implements CaseEvent {
    }

    /** The supervisor accepts the answer; the order is done. */
    public record SupervisionOrderClosed(String caseNumber, int orderNumber, String note, LocalDate occurredOn,
                                         Actor actor, Channel channel) implements CaseEvent {
    }

    /** The order's due date has closed without an answer; raised once per order. */
    public record SupervisionOrderOverdue(String caseNumber, int orderNumber, LocalDate dueDate, LocalDate occurredOn,
                                          Actor actor, Channel channel) implements CaseEvent {
    }

    /**
     * The working-day calendar was corrected: the order's limit, counted again from its issue day, now ends on
     * {@code dueDate}.
     */
    public record SupervisionOrderDueDateMoved(String caseNumber, int orderNumber, LocalDate dueDate,
                                               LocalDate occurredOn, Actor actor, Channel channel)
            implements CaseEvent {
    }

    /** 自主提出接通申请: the applicant says their own works are ready for acceptance and connection. */
    public record ConnectionRequested(String caseNumber, UtilityService service, String note, LocalDate occurredOn,
                                      Actor actor, Channel channel) implements TrackEvent {
    }

    /** 好差评: the applicant's rating of a connected service (1–5 stars), once per track. */
    public record ServiceRated(String caseNumber, UtilityService service, int stars, String comment,
                               LocalDate occurredOn, Actor actor, Channel channel) implements TrackEvent {
    }

    /** The case's personal data were shown unmasked to a hotline agent for the complaint {@code ticketNumber}. */
    public record PersonalDataRevealed(String caseNumber, String ticketNumber, String reason, LocalDate occurredOn,
                                       Actor actor, Channel channel) implements CaseEvent {
    }
}
