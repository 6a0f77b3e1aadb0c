package cn.weihai.lianbao.load;

import cn.weihai.lianbao.calendar.WorkingDayCalendar;
import cn.weihai.lianbao.casefile.api.Commands.AcceptApplication;
import cn.weihai.lianbao.casefile.api.Commands.AnswerSupervisionOrder;
import cn.weihai.lianbao.casefile.api.Commands.AttachMaterial;
import cn.weihai.lianbao.casefile.api.Commands.CloseSupervisionOrder;
import cn.weihai.lianbao.casefile.api.Commands.GiveExternalWorksOpinion;
import cn.weihai.lianbao.casefile.api.Commands.IssueExternalWorksPermit;
import cn.weihai.lianbao.casefile.api.Commands.IssueSupervisionOrder;
import cn.weihai.lianbao.casefile.api.Commands.PrepareExternalWorksMaterials;
import cn.weihai.lianbao.casefile.api.Commands.RateService;
import cn.weihai.lianbao.casefile.api.Commands.RecordTrackStep;
import cn.weihai.lianbao.casefile.api.Commands.RequestConnection;
import cn.weihai.lianbao.casefile.api.Commands.RevealPersonalData;
import cn.weihai.lianbao.casefile.api.Commands.SendBackSupervisionOrder;
import cn.weihai.lianbao.casefile.api.Commands.SubmitExternalWorks;
import cn.weihai.lianbao.casefile.api.Commands.UploadCommitmentLetter;
import cn.weihai.lianbao.casefile.api.Commands.WithdrawApplication;
import cn.weihai.lianbao.casefile.api.Commands.WithdrawService;
import cn.weihai.lianbao.casefile.api.Department;
import cn.weihai.lianbao.casefile.api.Events.ApplicationAccepted;
import cn.weihai.lianbao.casefile.api.Events.ApplicationWithdrawn;
import cn.weihai.lianbao.casefile.api.Events.CommitmentLetterUploaded;
import cn.weihai.lianbao.casefile.api.Events.ConnectionRequested;
import cn.weihai.lianbao.casefile.api.Events.ExternalWorksMaterialsPrepared;
import cn.weihai.lianbao.casefile.api.Events.ExternalWorksOpinionGiven;
import cn.weihai.lianbao.casefile.api.Events.ExternalWorksPermitIssued;
import cn.weihai.lianbao.casefile.api.Events.ExternalWorksReturnedForPreparation;
import cn.weihai.lianbao.casefile.api.Events.ExternalWorksSubmitted;
import cn.weihai.lianbao.casefile.api.Events.MaterialAttached;
import cn.weihai.lianbao.casefile.api.Events.PersonalDataRevealed;
import cn.weihai.lianbao.casefile.api.Events.ServiceRated;
import cn.weihai.lianbao.casefile.api.Events.ServiceWithdrawn;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderAnswered;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderClosed;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderIssued;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderSentBack;
import cn.weihai.lianbao.casefile.api.Events.SupplementRequested;
import cn.weihai.lianbao.casefile.api.Events.SupplementSupplied;
import cn.weihai.lianbao.casefile.api.Events.TrackPaused;
import cn.weihai.lianbao.casefile.api.Events.TrackRejected;
import cn.weihai.lianbao.casefile.api.Events.TrackResumed;
import cn.weihai.lianbao.casefile.api.Events.TrackStepRecorded;
import cn.weihai.lianbao.casefile.api.ServiceSelection;
import cn.weihai.lianbao.casefile.api.TrackLimit;
import cn.weihai.lianbao.deadline.TimeLimit;
import cn.weihai.lianbao.deadline.TimeLimitPolicy;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintCommands.CloseComplaint;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintCommands.ForwardComplaint;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintCommands.RegisterComplaint;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintCommands.ReplyToComplaint;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintEvents.ComplaintClosed;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintEvents.ComplaintForwarded;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintEvents.ComplaintRegistered;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintEvents.ComplaintReplied;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The events the aggregates apply for a {@link CasePlan}'s commands, built without the aggregates: the bulk
 * loader's fast path. It holds only the state those commands read (approval round, highway, order count, the
 * complaint's due date) and takes every valid plan's commands at face value; {@code CaseEventBuilderTest} runs the
 * same plans through the real aggregates and requires identical events. Alerts (临期/超期) are not built: as on the
 * command path they come from the case's planned clock check once it runs.
 */
public final class CaseEventBuilder {
    private final TimeLimitPolicy limits;
    private final WorkingDayCalendar calendar;
    private final LocalDate today;

    public CaseEventBuilder(TimeLimitPolicy limits, WorkingDayCalendar calendar, LocalDate today) {
        this.limits = limits;
        this.calendar = calendar;
        this.today = today;
    }

    public List<Object> caseEvents(CasePlan plan) {
        List<Object> events = new ArrayList<>(plan.caseCommands().size() + 2);
        String cn = plan.caseNumber();
        int round = 1;
        boolean highway = false;
        int orders = 0;
        for (Object command : plan.caseCommands()) {
            switch (command) {
                case AcceptApplication c -> {
                    boolean external = c.services().stream().anyMatch(ServiceSelection::externalWorks);
                    events.add(new ApplicationAccepted(cn, c.acceptedOn(), c.channel(), c.applicant(), c.project(),
                            List.copyOf(c.services()), external, c.services().stream().map(this::limit).toList(),
                            external ? limits.getExternalWorksApproval() : 0, c.actor()));
                }
                case RecordTrackStep c -> events.add(switch (c.step()) {
                    case PAUSED -> new TrackPaused(cn, c.service(), c.note(), c.occurredOn(), c.actor(), c.channel());
                    case RESUMED -> new TrackResumed(cn, c.service(), c.note(), c.occurredOn(), c.actor(), c.channel());
                    case SUPPLEMENT_REQUESTED -> new SupplementRequested(cn, c.service(), c.note(), c.occurredOn(),
                            c.actor(), c.channel());
                    case SUPPLEMENT_SUPPLIED -> new SupplementSupplied(cn, c.service(), c.note(), c.occurredOn(),
                            c.actor(), c.channel());
                    case REJECTED -> new TrackRejected(cn, c.service(), c.note(), c.occurredOn(), c.actor(),
                            c.channel());
                    default -> new TrackStepRecorded(cn, c.service(), c.step().reachedStage(), c.note(),
                            c.occurredOn(), c.actor(), c.channel());
                });
                case WithdrawService c -> events.add(new ServiceWithdrawn(cn, c.service(), c.reason(), c.occurredOn(),
                        c.actor(), c.channel()));
                case WithdrawApplication c -> events.add(new ApplicationWithdrawn(cn, c.reason(), c.occurredOn(),
                        c.actor(), c.channel()));
                case AttachMaterial c -> events.add(new MaterialAttached(cn, c.type(), c.fileName(),
                        c.sha256().toLowerCase(Locale.ROOT), c.size(), c.reusedFromCase(), c.occurredOn(), c.actor(),
                        c.channel()));
                case PrepareExternalWorksMaterials c -> {
                    highway = c.touchesHighway();
                    events.add(new ExternalWorksMaterialsPrepared(cn, round, c.preparedBy(), c.commitmentApplies(),
                            c.touchesHighway(), c.note(), c.occurredOn(), c.actor(), c.channel()));
                }
                case UploadCommitmentLetter c -> events.add(new CommitmentLetterUploaded(cn, round,
                        c.documentName().strip(), c.sha256() == null ? null : c.sha256().toLowerCase(Locale.ROOT),
                        c.occurredOn(), c.actor(), c.channel()));
                case SubmitExternalWorks c -> {
                    List<Department> to = new ArrayList<>(c.departments().stream().sorted().toList());
                    if (highway && !to.contains(Department.HIGHWAY)) {
                        to.add(Department.HIGHWAY);
                    }
                    events.add(new ExternalWorksSubmitted(cn, round, List.copyOf(to), c.occurredOn(), c.actor(),
                            c.channel()));
                }
                case GiveExternalWorksOpinion c -> {
                    events.add(new ExternalWorksOpinionGiven(cn, round, c.department(), c.agreed(), c.reason(),
                            c.occurredOn(), c.actor(), c.channel()));
                    if (!c.agreed()) {
                        events.add(new ExternalWorksReturnedForPreparation(cn, round, c.department(), c.reason(),
                                c.occurredOn(), c.actor(), c.channel()));
                        round++;
                    }
                }
                case IssueExternalWorksPermit c -> events.add(new ExternalWorksPermitIssued(cn, round,
                        c.permitNumber(), c.occurredOn(), c.actor(), c.channel()));
                case RequestConnection c -> events.add(new ConnectionRequested(cn, c.service(), c.note(),
                        c.occurredOn(), c.actor(), c.channel()));
                case RateService c -> events.add(new ServiceRated(cn, c.service(), c.stars(), c.comment(),
                        c.occurredOn(), c.actor(), c.channel()));
                case IssueSupervisionOrder c -> events.add(new SupervisionOrderIssued(cn, ++orders, c.service(),
                        c.reason(), c.workingDays(), calendar.workingDaysAfter(today, c.workingDays()), today,
                        c.actor(), c.channel()));
                case AnswerSupervisionOrder c -> events.add(new SupervisionOrderAnswered(cn, c.orderNumber(),
                        c.answer(), today, c.actor(), c.channel()));
                case SendBackSupervisionOrder c -> events.add(new SupervisionOrderSentBack(cn, c.orderNumber(),
                        c.reason(), today, c.actor(), c.channel()));
                case CloseSupervisionOrder c -> events.add(new SupervisionOrderClosed(cn, c.orderNumber(), c.note(),
                        today, c.actor(), c.channel()));
                case RevealPersonalData c -> events.add(new PersonalDataRevealed(cn, c.ticketNumber(), c.reason(),
                        today, c.actor(), c.channel()));
                default -> throw new IllegalArgumentException("not a planned case command: " + command);
            }
        }
        return events;
    }

    public List<Object> complaintEvents(CasePlan plan) {
        List<Object> events = new ArrayList<>(plan.complaintCommands().size());
        LocalDate due = null;
        for (Object command : plan.complaintCommands()) {
            switch (command) {
                case RegisterComplaint c -> events.add(new ComplaintRegistered(c.ticketNumber(), c.caseNumber(),
                        c.callerName(), c.callerPhone(), c.content(), c.category(), c.service(), today, c.actor(),
                        c.channel()));
                case ForwardComplaint c -> {
                    due = calendar.workingDaysAfter(today, c.replyWorkingDays());
                    events.add(new ComplaintForwarded(c.ticketNumber(), plan.caseNumber(), c.utility(),
                            c.replyWorkingDays(), due, today, c.actor(), c.channel()));
                }
                case ReplyToComplaint c -> events.add(new ComplaintReplied(c.ticketNumber(), plan.caseNumber(),
                        c.reply(), today.isAfter(due), today, c.actor(), c.channel()));
                case CloseComplaint c -> events.add(new ComplaintClosed(c.ticketNumber(), plan.caseNumber(),
                        c.satisfaction(), c.note(), today, c.actor(), c.channel()));
                default -> throw new IllegalArgumentException("not a planned complaint command: " + command);
            }
        }
        return events;
    }

    private TrackLimit limit(ServiceSelection s) {
        TimeLimit limit = limits.limitFor(s.service(), s.externalWorks(), s.powerCategory());
        return new TrackLimit(s.service(), limit.workingDays(), limit.planReplyWorkingDays());
    }
}
