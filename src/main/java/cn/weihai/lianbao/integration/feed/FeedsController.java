package cn.weihai.lianbao.integration.feed;

import cn.weihai.lianbao.casefile.CombinedApplication;
import cn.weihai.lianbao.casefile.api.Events.ApplicationAccepted;
import cn.weihai.lianbao.casefile.api.Events.ExternalWorksSubmitted;
import cn.weihai.lianbao.identity.CurrentUser;
import cn.weihai.lianbao.identity.StaffUser;
import cn.weihai.lianbao.identity.organisation.Organisation;
import cn.weihai.lianbao.identity.organisation.OrganisationKind;
import cn.weihai.lianbao.identity.organisation.Organisations;
import cn.weihai.lianbao.integration.feed.EventLog.Page;
import cn.weihai.lianbao.integration.v1.ForbiddenException;
import cn.weihai.lianbao.shared.FieldViolation;
import cn.weihai.lianbao.shared.InvalidInputException;
import cn.weihai.lianbao.shared.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Feeds for systems that poll instead of receiving webhooks. Each answer carries {@code nextCursor}: send it back
 * as {@code after} to continue; every event is answered once, in the event store's order, and a client that
 * stops may resume from its last cursor. {@code items} may be empty while the cursor moves on (events of no
 * concern to the caller were passed over); {@code hasMore} says whether asking again at once may give more.
 */
@RestController
@Tag(name = "Feeds")
@RequestMapping(path = "/api/v1/feeds", produces = "application/json")
public class FeedsController {
    static final int MAX_LIMIT = 500;
    /** Rows looked at per request at most, so a caller with few events of its own still gets a quick answer. */
    static final int MAX_SCAN = 5_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CASE_AGGREGATE = CombinedApplication.class.getSimpleName();

    private final EventLog log;
    private final CaseVisibility visibility;
    private final CurrentUser currentUser;
    private final Organisations organisations;

    FeedsController(EventLog log, CaseVisibility visibility, CurrentUser currentUser, Organisations organisations) {
        this.log = log;
        this.visibility = visibility;
        this.currentUser = currentUser;
        this.organisations = organisations;
    }

    public record Demand(String kind, String caseNumber, String service, Boolean externalWorks,
                         String powerCategory, String acceptedOn, String department, Integer round,
                         String requestedOn, String recordedAt, long globalIndex, String cursor) {
    }

    public record Change(String caseNumber, String eventType, long sequence, String recordedAt, long globalIndex,
                         String cursor) {
    }

    public record Feed<T>(List<T> items, String nextCursor, boolean hasMore) {
    }

    @Operation(summary = "新需求：公用企业为含其业务的新申请（每项含案号、业务、受理日期），审批部门为征求其意见的外线审批；"
            + "after=上次的 nextCursor")
    @GetMapping("/demands")
    public Feed<Demand> demands(@RequestParam(required = false) String after,
                                @RequestParam(defaultValue = "100") String limit) {
        Request request = request(after, limit);
        Organisation organisation = organisation();
        Page page;
        List<Demand> items = new ArrayList<>();
        if (organisation.kind() == OrganisationKind.UTILITY) {
            String service = organisation.utility().name();
            page = log.read(request.after(), request.limit(), MAX_SCAN,
                    List.of(ApplicationAccepted.class.getName()), batch -> batch.stream()
                            .filter(e -> e.payload() != null && selection(e, service) != null).toList());
            page.events().forEach(e -> {
                JsonNode payload = JSON.readTree(e.payload());
                JsonNode selection = selection(e, service);
                items.add(new Demand("APPLICATION", e.aggregateId(), service,
                        selection.path("externalWorks").asBoolean(false),
                        selection.path("powerCategory").isNull() ? null : selection.path("powerCategory").asString(),
                        payload.path("occurredOn").asString(), null, null, null, e.recordedAt().toString(),
                        e.globalIndex(), new FeedCursor(e.globalIndex()).encode()));
            });
        } else if (organisation.kind() == OrganisationKind.APPROVAL_DEPARTMENT) {
            String department = organisation.department().name();
            page = log.read(request.after(), request.limit(), MAX_SCAN,
                    List.of(ExternalWorksSubmitted.class.getName()), batch -> batch.stream()
                            .filter(e -> e.payload() != null && names(e, department)).toList());
            page.events().forEach(e -> {
                JsonNode payload = JSON.readTree(e.payload());
                items.add(new Demand("APPROVAL_OPINION", e.aggregateId(), null, null, null, null, department,
                        payload.path("round").asInt(), payload.path("occurredOn").asString(),
                        e.recordedAt().toString(), e.globalIndex(), new FeedCursor(e.globalIndex()).encode()));
            });
        } else {
            throw new ForbiddenException("feed.error.noDemands");
        }
        return new Feed<>(items, page.next().encode(), page.more());
    }

    @Operation(summary = "案件变更：调用方可见案件的每个事件（公用企业：含其业务的案件；监管、管理员：全部），按全局序号；"
            + "after=上次的 nextCursor")
    @GetMapping("/changes")
    public Feed<Change> changes(@RequestParam(required = false) String after,
                                @RequestParam(defaultValue = "100") String limit) {
        Request request = request(after, limit);
        StaffUser user = user();
        Page page;
        if (user.role() == Role.ADMIN || user.role() == Role.SUPERVISOR) {
            page = log.read(request.after(), request.limit(), MAX_SCAN, List.of(),
                    batch -> batch.stream().filter(FeedsController::ofCase).toList());
        } else if (user.role() == Role.UTILITY_STAFF && user.utility() != null) {
            page = log.read(request.after(), request.limit(), MAX_SCAN, List.of(), batch -> {
                List<StoredEvent> ofCases = batch.stream().filter(FeedsController::ofCase).toList();
                Set<String> visible = visibility.casesWith(user.utility(),
                        ofCases.stream().map(StoredEvent::aggregateId).collect(Collectors.toSet()));
                return ofCases.stream().filter(e -> visible.contains(e.aggregateId())).toList();
            });
        } else {
            throw new ForbiddenException("feed.error.noChanges");
        }
        List<Change> items = page.events().stream().map(e -> new Change(e.aggregateId(), e.eventName(), e.sequence(),
                e.recordedAt().toString(), e.globalIndex(), new FeedCursor(e.globalIndex()).encode())).toList();
        return new Feed<>(items, page.next().encode(), page.more());
    }

    private record Request(FeedCursor after, int limit) {
    }

    private Request request(String after, String limit) {
        List<FieldViolation> violations = new ArrayList<>();
        FeedCursor cursor = null;
        try {
            cursor = FeedCursor.decode("after", after);
        } catch (InvalidInputException e) {
            violations.addAll(e.violations());
        }
        int size = 0;
        try {
            size = Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            size = -1;
        }
        if (size < 1 || size > MAX_LIMIT) {
            violations.add(FieldViolation.of("limit", "feed.validation.limit", MAX_LIMIT));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new Request(cursor, size);
    }

    private StaffUser user() {
        return currentUser.get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("not signed in"));
    }

    private Organisation organisation() {
        return organisations.named(user().organisation())
                .orElseThrow(() -> new ForbiddenException("feed.error.noDemands"));
    }

    private static boolean ofCase(StoredEvent e) {
        return CASE_AGGREGATE.equals(e.aggregateType());
    }

    private static JsonNode selection(StoredEvent e, String service) {
        for (JsonNode selection : JSON.readTree(e.payload()).path("services")) {
            if (service.equals(selection.path("service").asString())) {
                return selection;
            }
        }
        return null;
    }

    private static boolean names(StoredEvent e, String department) {
        for (JsonNode d : JSON.readTree(e.payload()).path("departments")) {
            if (department.equals(d.asString())) {
                return true;
            }
        }
        return false;
    }
}
