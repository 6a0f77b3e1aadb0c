package cn.weihai.lianbao.load;

import cn.weihai.lianbao.platform.CaseNumberAllocator;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The other way in for {@link CasePlanner} cases: every command of the plan through the real command gateway, one
 * after the other (each waits for its transaction), with a case number from the intake's allocator. Slow but
 * genuine, for throughput measurements and as the reference the bulk loader is compared with.
 */
@Component
public class CommandPath {
    private final CommandGateway commands;
    private final CaseNumberAllocator caseNumbers;
    private final BulkLoader loader;

    CommandPath(CommandGateway commands, CaseNumberAllocator caseNumbers, BulkLoader loader) {
        this.commands = commands;
        this.caseNumbers = caseNumbers;
        this.loader = loader;
    }

    /** Plans case {@code index} of {@code seed} under a newly allocated number and sends it; returns the plan. */
    public CasePlan send(long seed, long index) {
        CasePlanner planner = loader.planner();
        CasePlan plan = planner.plan(seed, index, caseNumbers.allocate(planner.acceptedOn(seed, index)));
        send(plan);
        return plan;
    }

    public void send(CasePlan plan) {
        plan.caseCommands().forEach(commands::sendAndWait);
        plan.complaintCommands().forEach(commands::sendAndWait);
    }

    /** The number of commands a plan sends (for commands-per-second figures). */
    public static int commandCount(CasePlan plan) {
        return plan.caseCommands().size() + plan.complaintCommands().size();
    }

    public List<CasePlan> send(long seed, long firstIndex, int count) {
        List<CasePlan> plans = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            plans.add(send(seed, firstIndex + i));
        }
        return plans;
    }
}
