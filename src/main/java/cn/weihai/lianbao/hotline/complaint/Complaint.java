package cn.weihai.lianbao.hotline.complaint;

import cn.weihai.lianbao.hotline.complaint.api.ComplaintCommands.CloseComplaint;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintCommands.ForwardComplaint;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintCommands.RegisterComplaint;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintCommands.ReopenComplaint;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintCommands.ReplyToComplaint;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintEvents.ComplaintClosed;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintEvents.ComplaintForwarded;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintEvents.ComplaintRegistered;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintEvents.ComplaintReopened;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintEvents.ComplaintReplied;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintEvents.ComplaintReplyOverdue;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintStatus;
import cn.weihai.lianbao.platform.CachedCommandTargetResolver;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.FieldViolation;
import cn.weihai.lianbao.shared.InvalidInputException;
import cn.weihai.lianbao.shared.Role;
import cn.weihai.lianbao.shared.RuleViolationException;
import cn.weihai.lianbao.shared.UtilityService;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A complaint (工单) of the 12345 hotline about a case: registered by an agent (or pushed by the platform),
 * forwarded to the responsible utility or the supervisor with a reply deadline, replied, closed with the caller's
 * satisfaction, reopened when the caller calls again.
 */
@Aggregate(commandTargetResolver = CachedCommandTargetResolver.BEAN)
public class Complaint {
    static final Pattern TICKET = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{3,39}");
    static final Pattern PHONE = Pattern.compile("[0-9+][0-9 -]{4,19}");
    static final int MAX_TEXT = 2000;
    static final int MAX_NAME = 50;
    private static final Set<Role> AGENTS = Set.of(Role.HOTLINE, Role.ADMIN);
    static final String REPLY_DUE = "complaint-reply-due";

    @AggregateIdentifier
    private String ticketNumber;
    private String caseNumber;
    private ComplaintStatus status;
    private UtilityService addressee;
    private boolean toSupervisor;
    private LocalDate dueDate;
    private boolean overdueRaised;

    protected Complaint() {
    }

    @CommandHandler
    public Complaint(RegisterComplaint cmd, CaseLookup cases, ComplaintDays days) {
        requireAgent(cmd.actor());
        List<FieldViolation> v = new ArrayList<>();
        String ticket = Texts.normalize(cmd.ticketNumber());
        if (ticket == null) {
            v.add(FieldViolation.of("ticketNumber", "validation.required"));
        } else if (!TICKET.matcher(ticket).matches()) {
            v.add(FieldViolation.of("ticketNumber", "validation.complaint.ticket"));
        }
        String name = Texts.required(v, "caller.name", cmd.callerName(), MAX_NAME);
        String phone = Texts.normalize(cmd.callerPhone());
        if (phone == null) {
            v.add(FieldViolation.of("caller.phone", "validation.required"));
        } else if (!PHONE.matcher(phone).matches()) {
            v.add(FieldViolation.of("caller.phone", "validation.complaint.phone"));
        }
        String content = Texts.required(v, "content", cmd.content(), MAX_TEXT);
        if (cmd.category() == null) {
            v.add(FieldViolation.of("category", "validation.required"));
        }
        String caseNumber = Texts.normalize(cmd.caseNumber());
        if (caseNumber == null) {
            v.add(FieldViolation.of("caseNumber", "validation.required"));
        } else {
            var services = cases.servicesOf(caseNumber);
            if (services.isEmpty()) {
                v.add(FieldViolation.of("caseNumber", "validation.complaint.noSuchCase", caseNumber));
            } else if (cmd.service() != null && !services.get().contains(cmd.service())) {
                v.add(FieldViolation.of("service", "validation.complaint.serviceNotOnCase", cmd.service()));
            }
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        apply(new ComplaintRegistered(ticket, caseNumber, name, phone, content, cmd.category(), cmd.service(),
                days.today(), cmd.actor(), cmd.channel()));
    }

    @CommandHandler
    public void handle(ForwardComplaint cmd, CaseLookup cases, ComplaintDays days, DeadlineManager deadlines) {
        if (!AGENTS.contains(cmd.actor().role()) && cmd.actor().role() != Role.SUPERVISOR) {
            throw new RuleViolationException("rule.complaint.agentsOnly");
        }
        if (status != ComplaintStatus.REGISTERED && status != ComplaintStatus.REOPENED) {
            throw new RuleViolationException("rule.complaint.notForwardable", ticketNumber, status);
        }
        if (cmd.replyWorkingDays() < 1 || cmd.replyWorkingDays() > ForwardComplaint.MAX_WORKING_DAYS) {
            throw InvalidInputException.of("replyWorkingDays", "validation.complaint.workingDays",
                    ForwardComplaint.MAX_WORKING_DAYS);
        }
        if (cmd.utility() != null && !cases.servicesOf(caseNumber).orElse(Set.of()).contains(cmd.utility())) {
            throw InvalidInputException.of("utility", "validation.complaint.serviceNotOnCase", cmd.utility());
        }
        LocalDate today = days.today();
        LocalDate due = days.workingDaysAfter(today, cmd.replyWorkingDays());
        apply(new ComplaintForwarded(ticketNumber, caseNumber, cmd.utility(), cmd.replyWorkingDays(), due, today,
                cmd.actor(), cmd.channel()));
        deadlines.schedule(days.startOf(due.plusDays(1)), REPLY_DUE, new ReplyDue(ticketNumber, due));
    }

    /** Flags the missing reply once; a reply, or a later forwarding with another due date, makes this one moot. */
    @DeadlineHandler(deadlineName = REPLY_DUE)
    void on(ReplyDue due, ComplaintDays days) {
        if (status != ComplaintStatus.FORWARDED || overdueRaised || !due.dueDate().equals(dueDate)) {
            return;
        }
        LocalDate today = days.today().isAfter(dueDate) ? days.today() : dueDate.plusDays(1);
        apply(new ComplaintReplyOverdue(ticketNumber, caseNumber, dueDate, today, Actor.system(), Channel.SYSTEM));
    }

    @CommandHandler
    public void handle(ReplyToComplaint cmd, ComplaintDays days) {
        if (status != ComplaintStatus.FORWARDED) {
            throw new RuleViolationException("rule.complaint.notAwaitingReply", ticketNumber, status);
        }
        boolean supervisor = cmd.actor().role() == Role.SUPERVISOR;
        boolean addressedUtility = cmd.actor().role() == Role.UTILITY_STAFF && !toSupervisor
                && cmd.replyingFor() == addressee;
        if (!supervisor && !addressedUtility) {
            throw new RuleViolationException("rule.complaint.notAddressed");
        }
        List<FieldViolation> v = new ArrayList<>();
        String reply = Texts.required(v, "reply", cmd.reply(), MAX_TEXT);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        LocalDate today = days.today();
        apply(new ComplaintReplied(ticketNumber, caseNumber, reply, today.isAfter(dueDate), today, cmd.actor(),
                cmd.channel()));
    }

    @CommandHandler
    public void handle(CloseComplaint cmd, ComplaintDays days) {
        requireAgent(cmd.actor());
        if (status != ComplaintStatus.REPLIED) {
            throw new RuleViolationException("rule.complaint.notReplied", ticketNumber, status);
        }
        if (cmd.satisfaction() == null) {
            throw InvalidInputException.of("satisfaction", "validation.required");
        }
        String note = Texts.normalize(cmd.note());
        if (note != null && note.length() > MAX_TEXT) {
            throw InvalidInputException.of("note", "validation.tooLong", MAX_TEXT);
        }
        apply(new ComplaintClosed(ticketNumber, caseNumber, cmd.satisfaction(), note, days.today(), cmd.actor(),
                cmd.channel()));
    }

    @CommandHandler
    public void handle(ReopenComplaint cmd, ComplaintDays days) {
        requireAgent(cmd.actor());
        if (status != ComplaintStatus.CLOSED) {
            throw new RuleViolationException("rule.complaint.notClosed", ticketNumber, status);
        }
        List<FieldViolation> v = new ArrayList<>();
        String reason = Texts.required(v, "reason", cmd.reason(), MAX_TEXT);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        apply(new ComplaintReopened(ticketNumber, caseNumber, reason, days.today(), cmd.actor(), cmd.channel()));
    }

    private static void requireAgent(Actor actor) {
        if (!AGENTS.contains(actor.role())) {
            throw new RuleViolationException("rule.complaint.agentsOnly");
        }
    }

    @EventSourcingHandler
    void on(ComplaintRegistered e) {
        ticketNumber = e.ticketNumber();
        caseNumber = e.caseNumber();
        status = ComplaintStatus.REGISTERED;
    }

    @EventSourcingHandler
    void on(ComplaintForwarded e) {
        status = ComplaintStatus.FORWARDED;
        addressee = e.utility();
        toSupervisor = e.utility() == null;
        dueDate = e.dueDate();
        overdueRaised = false;
    }

    @EventSourcingHandler
    void on(ComplaintReplyOverdue e) {
        overdueRaised = true;
    }

    @EventSourcingHandler
    void on(ComplaintReplied e) {
        status = ComplaintStatus.REPLIED;
    }

    @EventSourcingHandler
    void on(ComplaintClosed e) {
        status = ComplaintStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(ComplaintReopened e) {
        status = ComplaintStatus.REOPENED;
    }
}
