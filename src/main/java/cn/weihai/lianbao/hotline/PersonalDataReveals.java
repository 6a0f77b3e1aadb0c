package cn.weihai.lianbao.hotline;

import cn.weihai.lianbao.casefile.api.Commands.RevealPersonalData;
import cn.weihai.lianbao.identity.StaffUser;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.InvalidInputException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

/**
 * Unmasking a case's personal data for a registered complaint: the ticket must be registered for the case
 * ({@link ComplaintTickets}), and the case records it ({@code PersonalDataRevealed}) before anything is shown.
 */
@Service
public class PersonalDataReveals {
    private final CommandGateway commands;
    private final ComplaintTickets tickets;

    PersonalDataReveals(CommandGateway commands, ComplaintTickets tickets) {
        this.commands = commands;
        this.tickets = tickets;
    }

    /** Throws InvalidInputException (ticketNumber, reason) or RuleViolationException; returns once recorded. */
    public void reveal(String caseNumber, String ticketNumber, String reason, StaffUser by) {
        String ticket = ticketNumber == null ? "" : ticketNumber.strip();
        if (ticket.isEmpty()) {
            throw InvalidInputException.of("ticketNumber", "validation.required");
        }
        if (!tickets.isRegisteredFor(caseNumber, ticket)) {
            throw InvalidInputException.of("ticketNumber", "hotline.reveal.ticketNotRegistered", ticket);
        }
        commands.sendAndWait(new RevealPersonalData(caseNumber, ticket, reason, by.actor(),
                Channel.STAFF_WORKSPACE));
    }
}
