package cn.weihai.lianbao.hotline.complaint;

import cn.weihai.lianbao.hotline.complaint.api.ComplaintCategory;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintCommands.CloseComplaint;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintCommands.ForwardComplaint;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintCommands.RegisterComplaint;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintCommands.ReopenComplaint;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintCommands.ReplyToComplaint;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintEvents.ComplaintEvent;
import cn.weihai.lianbao.hotline.complaint.api.Satisfaction;
import cn.weihai.lianbao.identity.StaffUser;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.CommandFailures;
import cn.weihai.lianbao.shared.RuleViolationException;
import cn.weihai.lianbao.shared.UtilityService;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Sends the complaint commands on behalf of a signed-in user (or the 12345 platform) and reads a complaint straight
 * from its events, so a read right after a write shows it.
 */
@Service
public class Complaints {
    private final CommandGateway commands;
    private final EventStore eventStore;
    private final Clock clock;

    public Complaints(CommandGateway commands, EventStore eventStore, Clock clock) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.clock = clock;
    }

    /** The caller as the ticket names them. */
    public record Caller(String name, String phone) {
    }

    /** Registers a complaint; a ticket number already in use is refused (409), never overwritten. */
    public String register(String ticketNumber, Caller caller, String content, ComplaintCategory category,
                           String caseNumber, UtilityService service, StaffUser by, Channel channel) {
        String ticket = Texts.normalize(ticketNumber);
        if (isTaken(ticket)) {
            throw new RuleViolationException("rule.complaint.duplicate", ticket);
        }
        try {
            commands.sendAndWait(new RegisterComplaint(ticket, caller.name(), caller.phone(), content, category,
                    caseNumber, service, by.actor(), channel));
        } catch (RuntimeException e) {
            Throwable cause = CommandFailures.unwrap(e);
            if (cause instanceof AggregateStreamCreationException || cause instanceof ConcurrencyException) {
                throw new RuleViolationException("rule.complaint.duplicate", ticket);
            }
            throw e;
        }
        return ticket;
    }

    /** {@code utility} null: to the supervisor. */
    public void forward(String ticket, UtilityService utility, int replyWorkingDays, StaffUser by, Channel channel) {
        commands.sendAndWait(new ForwardComplaint(ticket, utility, replyWorkingDays, by.actor(), channel));
    }

    public void reply(String ticket, String reply, StaffUser by, Channel channel) {
        commands.sendAndWait(new ReplyToComplaint(ticket, reply, by.utility(), by.actor(), channel));
    }

    public void close(String ticket, Satisfaction satisfaction, String note, StaffUser by, Channel channel) {
        commands.sendAndWait(new CloseComplaint(ticket, satisfaction, note, by.actor(), channel));
    }

    public void reopen(String ticket, String reason, StaffUser by, Channel channel) {
        commands.sendAndWait(new ReopenComplaint(ticket, reason, by.actor(), channel));
    }

    public Optional<ComplaintDetails> find(String ticket) {
        if (ticket == null || ticket.isBlank()) {
            return Optional.empty();
        }
        return ComplaintFold.fold(eventStore.readEvents(ticket.strip(), 0).asStream()
                .filter(m -> m.getPayload() instanceof ComplaintEvent)
                .map(m -> new ComplaintFold.Recorded((ComplaintEvent) m.getPayload(), m.getTimestamp()))
                .toList(), LocalDate.now(clock));
    }

    /** Whether a complaint (or any other aggregate, such as a case) already has this ticket number. */
    public boolean isTaken(String ticket) {
        return ticket != null && !ticket.isBlank() && eventStore.readEvents(ticket.strip(), 0).hasNext();
    }
}
