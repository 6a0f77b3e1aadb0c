package cn.weihai.lianbao.casefile.queue;

import cn.weihai.lianbao.casefile.CaseFileQueries;
import cn.weihai.lianbao.casefile.api.CaseDetails;
import cn.weihai.lianbao.casefile.api.Commands.RecordTrackStep;
import cn.weihai.lianbao.casefile.api.TrackStep;
import cn.weihai.lianbao.identity.CurrentUser;
import cn.weihai.lianbao.identity.StaffUser;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.InvalidInputException;
import cn.weihai.lianbao.shared.RuleViolationException;
import cn.weihai.lianbao.shared.Role;
import cn.weihai.lianbao.shared.UtilityService;
import cn.weihai.lianbao.shared.CommandFailures;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Records a step on a track from the workspace (queue or case page) as the signed-in utility staff member: only
 * that utility's own staff may, as in the v1 API. The aggregate decides what is allowed; its refusals come back as
 * {@link InvalidInputException} (field messages) or {@link RuleViolationException} (the case's state).
 */
@Component
public class StepRecorder {
    private final CommandGateway commands;
    private final CurrentUser currentUser;
    private final CaseFileQueries cases;
    private final Clock clock;

    StepRecorder(CommandGateway commands, CurrentUser currentUser, CaseFileQueries cases, Clock clock) {
        this.commands = commands;
        this.currentUser = currentUser;
        this.cases = cases;
        this.clock = clock;
    }

    /** Whether the signed-in user works this utility's tracks. */
    public boolean mayWork(UtilityService service) {
        return currentUser.get().filter(u -> u.role() == Role.UTILITY_STAFF && u.utility() == service).isPresent();
    }

    /** The signed-in user's utility, when they are utility staff. */
    public Optional<UtilityService> ownUtility() {
        return currentUser.get().filter(u -> u.role() == Role.UTILITY_STAFF).map(StaffUser::utility);
    }

    /** The track as it stands now, read from the event store (with the steps it allows now). */
    public Optional<CaseDetails.TrackDetails> track(String caseNumber, UtilityService service) {
        return cases.find(caseNumber).flatMap(c -> c.track(service));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public void record(String caseNumber, UtilityService service, TrackStep step, LocalDate on, String note) {
        if (!mayWork(service)) {
            throw new RuleViolationException("error.forbidden.otherUtility", ownUtility().orElse(null));
        }
        StaffUser user = currentUser.get().orElseThrow();
        try {
            commands.sendAndWait(new RecordTrackStep(caseNumber, service, step, on, note, user.actor(),
                    Channel.STAFF_WORKSPACE));
        } catch (CommandExecutionException e) {
            throw CommandFailures.unwrap(e) instanceof RuntimeException domain ? domain : e;
        }
    }

}
