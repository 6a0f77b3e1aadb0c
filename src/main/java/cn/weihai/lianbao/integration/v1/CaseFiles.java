package cn.weihai.lianbao.integration.v1;

import cn.weihai.lianbao.LianbaoApplication;
import cn.weihai.lianbao.casefile.CaseFileQueries;
import cn.weihai.lianbao.casefile.api.CaseDetails;
import cn.weihai.lianbao.casefile.api.HistoryEntry;
import cn.weihai.lianbao.casefile.api.Commands.AcceptApplication;
import cn.weihai.lianbao.casefile.api.Events.ApplicationAccepted;
import cn.weihai.lianbao.hotline.PersonalData;
import cn.weihai.lianbao.identity.CurrentUser;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import cn.weihai.lianbao.shared.InvalidInputException;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Sends a command to a case and answers the case as it stands afterwards. Reads come straight from the
 * event store, so the answer always includes the write just made.
 */
@Component
class CaseFiles {
    private static final String AS_OF = "asOf";
    private final CommandGateway commandGateway;
    private final CaseFileQueries queries;
    private final EventStore eventStore;
    private final CurrentUser currentUser;

    CaseFiles(CommandGateway commandGateway, CaseFileQueries queries, EventStore eventStore, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.commandGateway = commandGateway;
        this.queries = queries;
        this.eventStore = eventStore;
    }

    CaseView create(AcceptApplication command) {
        commandGateway.sendAndWait(command);
        return show(command.caseNumber());
    }

    /**
     * An unknown case is answered before the command is sent: Axon would answer it too, but only after
     * logging a stack trace for what is merely a mistyped case number.
     */
    CaseView send(String caseNumber, Object command) {
        if (eventStore.lastSequenceNumberFor(caseNumber).isEmpty()) {
            throw new CaseNotFoundException(caseNumber);
        }
        commandGateway.sendAndWait(command);
        return show(caseNumber);
    }

    CaseDetails require(String caseNumber) {
        return queries.find(caseNumber).orElseThrow(() -> new CaseNotFoundException(caseNumber));
    }

    CaseView show(String caseNumber) {
        return view(require(caseNumber));
    }

    /** The 12345 hotline reads a case's people masked through the API too (it has no reveal step there). */
    private CaseView view(CaseDetails details) {
        CaseView view = CaseView.of(details);
        return masksPersonalData() ? view.withApplicant(CaseView.ApplicantView.of(
                PersonalData.masked(details.applicant()))) : view;
    }

    private boolean masksPersonalData() {
        return PersonalData.maskedFor(currentUser);
    }

    private HistoryEntry masked(HistoryEntry entry) {
        if (!(entry.event() instanceof ApplicationAccepted a) || !masksPersonalData()) {
            return entry;
        }
        ApplicationAccepted masked = new ApplicationAccepted(a.caseNumber(), a.occurredOn(), a.channel(),
                PersonalData.masked(a.applicant()), a.project(), a.services(), a.externalWorksApprovalRequired(),
                a.limits(), a.externalWorksApprovalLimit(), a.actor());
        return new HistoryEntry(entry.sequence(), entry.type(), entry.occurredOn(), entry.recordedAt(),
                entry.actor(), entry.channel(), masked);
    }

    /**
     * The case as it stood at {@code asOf} (ISO-8601 with offset), rebuilt from the events recorded up to then;
     * a moment that cannot be read, lies ahead, or comes before the case was accepted is a 400 on {@code asOf}.
     */
    CaseView showAsOf(String caseNumber, String asOf, Instant now) {
        InputReader in = new InputReader();
        Instant moment = in.instant(AS_OF, asOf, "audit.asOf.format");
        in.throwIfAny();
        List<HistoryEntry> history = queries.history(caseNumber);
        if (history.isEmpty()) {
            throw new CaseNotFoundException(caseNumber);
        }
        if (moment.isAfter(now)) {
            throw InvalidInputException.of(AS_OF, "audit.asOf.future");
        }
        return queries.asOf(history, moment).map(this::view).orElseThrow(() -> InvalidInputException.of(AS_OF,
                "audit.asOf.beforeCase", history.getFirst().recordedAt().atZone(LianbaoApplication.ZONE)
                        .toOffsetDateTime().toString()));
    }

    List<Map<String, Object>> history(String caseNumber) {
        List<HistoryEntry> history = queries.history(caseNumber);
        if (history.isEmpty()) {
            throw new CaseNotFoundException(caseNumber);
        }
        return history.stream().map(this::masked).map(HistoryView::of).toList();
    }
}
