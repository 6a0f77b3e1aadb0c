package cn.weihai.lianbao.supervision.order;

import cn.weihai.lianbao.casefile.CaseFileQueries;
import cn.weihai.lianbao.casefile.api.Commands.AnswerSupervisionOrder;
import cn.weihai.lianbao.casefile.api.Commands.CloseSupervisionOrder;
import cn.weihai.lianbao.casefile.api.Commands.IssueSupervisionOrder;
import cn.weihai.lianbao.casefile.api.Commands.SendBackSupervisionOrder;
import cn.weihai.lianbao.casefile.api.HistoryEntry;
import cn.weihai.lianbao.identity.StaffUser;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.UtilityService;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Sends the order commands on behalf of a signed-in user and reads a case's orders straight from its events. */
@Service
public class SupervisionOrders {
    private final CommandGateway commands;
    private final CaseFileQueries cases;
    private final Clock clock;

    public SupervisionOrders(CommandGateway commands, CaseFileQueries cases, Clock clock) {
        this.commands = commands;
        this.cases = cases;
        this.clock = clock;
    }

    public List<SupervisionOrderDetails> ofCase(String caseNumber) {
        return of(cases.history(caseNumber));
    }

    /** From a history already read (the case page reads it once for everything). */
    public List<SupervisionOrderDetails> of(List<HistoryEntry> history) {
        return SupervisionOrderFold.fold(history.stream().map(HistoryEntry::event).toList(), LocalDate.now(clock));
    }

    /** Issues an order and answers its number. */
    public int issue(String caseNumber, UtilityService service, String reason, int workingDays, StaffUser by,
                     Channel channel) {
        Integer number = commands.sendAndWait(new IssueSupervisionOrder(caseNumber, service, reason, workingDays,
                by.actor(), channel));
        return number;
    }

    public void answer(String caseNumber, int number, String answer, StaffUser by, Channel channel) {
        commands.sendAndWait(new AnswerSupervisionOrder(caseNumber, number, answer, by.utility(), by.actor(),
                channel));
    }

    public void close(String caseNumber, int number, String note, StaffUser by, Channel channel) {
        commands.sendAndWait(new CloseSupervisionOrder(caseNumber, number, note, by.actor(), channel));
    }

    public void sendBack(String caseNumber, int number, String reason, StaffUser by, Channel channel) {
        commands.sendAndWait(new SendBackSupervisionOrder(caseNumber, number, reason, by.actor(), channel));
    }
}
