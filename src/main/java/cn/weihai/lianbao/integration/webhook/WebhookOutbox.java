package cn.weihai.lianbao.integration.webhook;

import cn.weihai.lianbao.casefile.api.Department;
import cn.weihai.lianbao.casefile.api.Events.ApplicationAccepted;
import cn.weihai.lianbao.casefile.api.Events.ExternalWorksSubmitted;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderIssued;
import cn.weihai.lianbao.casefile.api.Events.TrackDueSoon;
import cn.weihai.lianbao.casefile.api.Events.TrackOverdue;
import cn.weihai.lianbao.casefile.api.Events.TrackPaused;
import cn.weihai.lianbao.casefile.api.Events.TrackRejected;
import cn.weihai.lianbao.casefile.api.Events.TrackResumed;
import cn.weihai.lianbao.casefile.api.Events.TrackStepRecorded;
import cn.weihai.lianbao.casefile.api.ServiceSelection;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintEvents.ComplaintForwarded;
import cn.weihai.lianbao.identity.organisation.Organisation;
import cn.weihai.lianbao.identity.organisation.OrganisationKind;
import cn.weihai.lianbao.identity.organisation.Organisations;
import cn.weihai.lianbao.shared.UtilityService;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The transactional outbox: turns each event into webhook_delivery rows for the subscriptions concerned, in the
 * transaction that advances this processor's token, so an event becomes its deliveries exactly once even if the
 * application stops half-way (the event is then handled again and the rows were never committed). Sending is the
 * {@link WebhookDispatcher}'s job.
 */
@Component
@ProcessingGroup(WebhookOutbox.PROCESSING_GROUP)
@DisallowReplay // calls out to other systems: a rebuild would send every event again; the insert is idempotent too
class WebhookOutbox {
    static final String PROCESSING_GROUP = "webhook-outbox";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RECIPIENTS = WebhookOutbox.class.getName() + ".recipients";

    private final WebhookSubscriptions subscriptions;
    private final WebhookDeliveries deliveries;
    private final Organisations organisations;

    WebhookOutbox(WebhookSubscriptions subscriptions, WebhookDeliveries deliveries, Organisations organisations) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.organisations = organisations;
    }

    @EventHandler
    void on(ApplicationAccepted e, @MessageIdentifier String id, @Timestamp Instant at) {
        for (ServiceSelection selection : e.services()) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("service", selection.service().name());
            data.put("externalWorks", selection.externalWorks());
            data.put("powerCategory", name(selection.powerCategory()));
            e.limits().stream().filter(l -> l.service() == selection.service()).findFirst().ifPresent(limit -> {
                data.put("limitWorkingDays", limit.workingDays());
                data.put("planReplyLimitWorkingDays", limit.planReplyWorkingDays());
            });
            data.put("acceptedOn", text(e.occurredOn()));
            data.put("channel", name(e.channel()));
            data.put("externalWorksApprovalRequired", e.externalWorksApprovalRequired());
            data.put("applicantName", e.applicant().name());
            data.put("projectName", e.project().name());
            data.put("projectCode", e.project().code());
            data.put("projectAddress", e.project().address());
            data.put("district", name(e.project().district()));
            data.put("constructionType", name(e.project().constructionType()));
            deliver(recipients().forUtility(selection.service()), WebhookEventType.APPLICATION_SUBMITTED, id, at,
                    e.caseNumber(), e.occurredOn(), data);
        }
    }

    @EventHandler
    void on(TrackStepRecorded e, @MessageIdentifier String id, @Timestamp Instant at) {
        step(e.service(), e.stage().name(), e.note(), id, at, e.caseNumber(), e.occurredOn());
    }

    @EventHandler
    void on(TrackPaused e, @MessageIdentifier String id, @Timestamp Instant at) {
        step(e.service(), "PAUSED", e.reason(), id, at, e.caseNumber(), e.occurredOn());
    }

    @EventHandler
    void on(TrackResumed e, @MessageIdentifier String id, @Timestamp Instant at) {
        step(e.service(), "RESUMED", e.note(), id, at, e.caseNumber(), e.occurredOn());
    }

    @EventHandler
    void on(TrackRejected e, @MessageIdentifier String id, @Timestamp Instant at) {
        step(e.service(), "REJECTED", e.reason(), id, at, e.caseNumber(), e.occurredOn());
    }

    @EventHandler
    void on(ExternalWorksSubmitted e, @MessageIdentifier String id, @Timestamp Instant at) {
        for (Department department : e.departments()) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("department", department.name());
            data.put("round", e.round());
            data.put("departments", e.departments().stream().map(Enum::name).toList());
            deliver(recipients().forDepartment(department), WebhookEventType.APPROVAL_OPINION_REQUESTED, id, at,
                    e.caseNumber(), e.occurredOn(), data);
        }
    }

    @EventHandler
    void on(TrackDueSoon e, @MessageIdentifier String id, @Timestamp Instant at) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("service", e.service().name());
        data.put("clock", name(e.clock()));
        data.put("dueDate", text(e.dueDate()));
        data.put("remainingWorkingDays", e.remainingWorkingDays());
        deliver(recipients().forUtility(e.service()), WebhookEventType.TRACK_DUE_SOON, id, at, e.caseNumber(),
                e.occurredOn(), data);
    }

    @EventHandler
    void on(TrackOverdue e, @MessageIdentifier String id, @Timestamp Instant at) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("service", e.service().name());
        data.put("clock", name(e.clock()));
        data.put("dueDate", text(e.dueDate()));
        deliver(recipients().forUtility(e.service()), WebhookEventType.TRACK_OVERDUE, id, at, e.caseNumber(),
                e.occurredOn(), data);
    }

    @EventHandler
    void on(SupervisionOrderIssued e, @MessageIdentifier String id, @Timestamp Instant at) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("orderNumber", e.orderNumber());
        data.put("scope", e.service() == null ? "CASE" : "TRACK");
        data.put("service", name(e.service()));
        data.put("reason", e.reason());
        data.put("workingDays", e.workingDays());
        data.put("dueDate", text(e.dueDate()));
        Optional<Organisation> to = e.service() == null ? recipients().firstOfKind(OrganisationKind.SERVICE_CENTRE)
                : recipients().forUtility(e.service());
        deliver(to, WebhookEventType.SUPERVISION_ORDER_ISSUED, id, at, e.caseNumber(), e.occurredOn(), data);
    }

    @EventHandler
    void on(ComplaintForwarded e, @MessageIdentifier String id, @Timestamp Instant at) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ticketNumber", e.ticketNumber());
        data.put("utility", name(e.utility()));
        data.put("replyWorkingDays", e.replyWorkingDays());
        data.put("dueDate", text(e.dueDate()));
        Optional<Organisation> to = e.utility() == null ? recipients().firstOfKind(OrganisationKind.APPROVAL_BUREAU)
                : recipients().forUtility(e.utility());
        deliver(to, WebhookEventType.COMPLAINT_FORWARDED, id, at, e.caseNumber(), e.occurredOn(), data);
    }

    private void step(UtilityService service, String step, String note, String id, Instant at, String caseNumber,
                      LocalDate occurredOn) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("service", service.name());
        data.put("step", step);
        data.put("note", note);
        deliver(recipients().forUtility(service), WebhookEventType.STEP_RECORDED, id, at, caseNumber, occurredOn,
                data);
    }

    /**
     * The organisations and enabled subscriptions, read once per batch of events: both tables are small, and read
     * for each event they were two statements per event on the command's hot path.
     */
    private Recipients recipients() {
        if (!CurrentUnitOfWork.isStarted()) {
            return loadRecipients();
        }
        return CurrentUnitOfWork.get().root().getOrComputeResource(RECIPIENTS, r -> loadRecipients());
    }

    private Recipients loadRecipients() {
        return new Recipients(organisations.all(), subscriptions.enabled());
    }

    private record Recipients(List<Organisation> organisations, List<WebhookSubscription> subscriptions) {
        Optional<Organisation> forUtility(UtilityService service) {
            return organisations.stream().filter(o -> o.utility() == service).findFirst();
        }

        Optional<Organisation> forDepartment(Department department) {
            return organisations.stream().filter(o -> o.department() == department).findFirst();
        }

        Optional<Organisation> firstOfKind(OrganisationKind kind) {
            return organisations.stream().filter(o -> o.kind() == kind).findFirst();
        }

        /** Those of the organisation for this type that existed when the event was recorded. */
        List<Long> subscribers(String organisationId, WebhookEventType type, Instant recordedAt) {
            return subscriptions.stream().filter(s -> s.organisationId().equals(organisationId)
                            && s.eventTypes().contains(type) && !s.createdAt().isAfter(recordedAt))
                    .map(WebhookSubscription::id).toList();
        }
    }

    private void deliver(Optional<Organisation> organisation, WebhookEventType type, String eventId,
                         Instant recordedAt, String caseNumber, LocalDate occurredOn, Map<String, Object> data) {
        if (organisation.isEmpty() || !organisation.get().enabled()) {
            return;
        }
        var subscribers = recipients().subscribers(organisation.get().id(), type, recordedAt);
        if (subscribers.isEmpty()) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventType", type.name());
        body.put("eventId", eventId);
        body.put("recordedAt", recordedAt.toString());
        body.put("caseNumber", caseNumber);
        body.put("occurredOn", text(occurredOn));
        body.put("organisationId", organisation.get().id());
        body.put("data", data);
        body.put("links", Map.of("case", "/api/v1/applications/" + caseNumber));
        String payload = JSON.writeValueAsString(body);
        subscribers.forEach(subscription -> deliveries.add(subscription, eventId, type, caseNumber, payload));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
