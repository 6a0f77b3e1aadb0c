package cn.weihai.lianbao.casefile.api;

import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.UtilityService;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Intents addressed to one {@code CombinedApplication}. A null business date means today. */
public final class Commands {
    private Commands() {
    }

    /** 受理: files the combined application under an already allocated case number. */
    public record AcceptApplication(@TargetAggregateIdentifier String caseNumber, LocalDate acceptedOn, Channel channel,
                                    Applicant applicant, Project project, List<ServiceSelection> services,
                                    Actor actor) {
    }

    public record RecordTrackStep(@TargetAggregateIdentifier String caseNumber, UtilityService service, TrackStep step,
                                  LocalDate occurredOn, String note, Actor actor, Channel channel) {
    }

    /** The applicant withdraws one service (撤回). */
    public record WithdrawService(@TargetAggregateIdentifier String caseNumber, UtilityService service, String reason,
                                  LocalDate occurredOn, Actor actor, Channel channel) {
    }

    /** The applicant withdraws the whole application. */
    public record WithdrawApplication(@TargetAggregateIdentifier String caseNumber, String reason,
                                      LocalDate occurredOn, Actor actor, Channel channel) {
    }

    public record PrepareExternalWorksMaterials(@TargetAggregateIdentifier String caseNumber,
                                                MaterialsPreparer preparedBy, boolean commitmentApplies,
                                                boolean touchesHighway, String note,
                                                LocalDate occurredOn, Actor actor, Channel channel) {
    }

    /** 告知承诺书: the signed commitment letter, identified by its file name and SHA-256. */
    public record UploadCommitmentLetter(@TargetAggregateIdentifier String caseNumber, String documentName,
                                         String sha256, LocalDate occurredOn, Actor actor, Channel channel) {
    }

    public record SubmitExternalWorks(@TargetAggregateIdentifier String caseNumber, Set<Department> departments,
                                      LocalDate occurredOn, Actor actor, Channel channel) {
    }

    public record GiveExternalWorksOpinion(@TargetAggregateIdentifier String caseNumber, Department department,
                                           boolean agreed, String reason,
                                           LocalDate occurredOn, Actor actor, Channel channel) {
    }

    /** 核发许可决定书. */
    public record IssueExternalWorksPermit(@TargetAggregateIdentifier String caseNumber, String permitNumber,
                                           LocalDate occurredOn, Actor actor, Channel channel) {
    }

    /**
     * 材料: a file handed in for the case, identified by its SHA-256 (the bytes are in the material store).
     * {@code reusedFromCase}: the earlier case of the same builder or project the file was already on (关联历史数据),
     * null for a new upload.
     */
    public record AttachMaterial(@TargetAggregateIdentifier String caseNumber, MaterialType type, String fileName,
                                 String sha256, long size, String reusedFromCase, LocalDate occurredOn, Actor actor,
                                 Channel channel) {
    }

    /** Re-read every track's clock now (after the working-day calendar changed). */
    public record RecheckClocks(@TargetAggregateIdentifier String caseNumber) {
    }
    /** 督办: on the whole case when {@code service} is null, else on that track; a due date in working days. */
    public record IssueSupervisionOrder(@TargetAggregateIdentifier String caseNumber, UtilityService service,
                                        String reason, int workingDays, Actor actor, Channel channel) {
        /** 限期整改: at most about three months of working days. */
        public static final int MAX_WORKING_DAYS = 60;
    }

    /**
     * The answer to an order; {@code answeringFor} is the utility the answering staff works for (null for the
     * window), so that only the party the order is addressed to can answer.
     */
    public record AnswerSupervisionOrder(@TargetAggregateIdentifier String caseNumber, int orderNumber, String answer,
                                         UtilityService answeringFor, Actor actor, Channel channel) {
    }

    public record CloseSupervisionOrder(@TargetAggregateIdentifier String caseNumber, int orderNumber, String note,
                                        Actor actor, Channel channel) {
    }

    public record SendBackSupervisionOrder(@TargetAggregateIdentifier String caseNumber, int orderNumber,
                                           String reason, Actor actor, Channel channel) {
    }

    /** 自主提出接通申请: the applicant's own works are ready and they ask the utility to accept and connect. */
    public record RequestConnection(@TargetAggregateIdentifier String caseNumber, UtilityService service, String note,
                                    LocalDate occurredOn, Actor actor, Channel channel) {
    }

    /** 好差评: the applicant rates a connected service, 1 (poor) to 5 (excellent) stars. */
    public record RateService(@TargetAggregateIdentifier String caseNumber, UtilityService service, int stars,
                              String comment, LocalDate occurredOn, Actor actor, Channel channel) {
        public static final int MAX_COMMENT = 1000;
    }

    /**
     * 12345: the hotline agent reveals the case's personal data to handle the registered complaint (工单)
     * {@code ticketNumber}; recorded on the case so that the audit shows every unmasking.
     */
    public record RevealPersonalData(@TargetAggregateIdentifier String caseNumber, String ticketNumber, String reason,
                                     Actor actor, Channel channel) {
    }
}
