package cn.weihai.lianbao.integration.webhook;

import cn.weihai.lianbao.integration.webhook.WebhookDeliveries.Filter;
import cn.weihai.lianbao.integration.webhook.WebhookSubscription.CreatedSubscription;
import cn.weihai.lianbao.shared.FieldViolation;
import cn.weihai.lianbao.shared.InvalidInputException;
import cn.weihai.lianbao.shared.RuleViolationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Webhook subscriptions of the caller's organisation (an administrator: any) and their deliveries. */
@RestController
@Tag(name = "Webhooks")
@RequestMapping(path = "/api/v1/webhooks", produces = "application/json")
public class WebhooksController {
    private final WebhookSubscriptions subscriptions;
    private final WebhookDeliveries deliveries;
    private final WebhookAccess access;

    WebhooksController(WebhookSubscriptions subscriptions, WebhookDeliveries deliveries, WebhookAccess access) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.access = access;
    }

    public record NewSubscription(String organisationId, String url, List<String> eventTypes) {
    }

    /** {@code secret} is set only in the answer to the creation. */
    public record SubscriptionView(long id, String organisationId, String url, Set<WebhookEventType> eventTypes,
                                   boolean enabled, String createdBy, String createdAt, String secret) {
        static SubscriptionView of(WebhookSubscription s, String secret) {
            return new SubscriptionView(s.id(), s.organisationId(), s.url(), s.eventTypes(), s.enabled(),
                    s.createdBy(), s.createdAt().toString(), secret);
        }
    }

    public record DeliveryView(long id, long subscriptionId, String organisationId, String url, String eventId,
                               WebhookEventType eventType, String caseNumber, DeliveryStatus status, int attempts,
                               String nextAttemptAt, Integer lastStatus, String lastError, String createdAt,
                               String deliveredAt) {
        static DeliveryView of(WebhookDelivery d) {
            return new DeliveryView(d.id(), d.subscriptionId(), d.organisationId(), d.url(), d.eventId(),
                    d.eventType(), d.caseNumber(), d.status(), d.attempts(), text(d.nextAttemptAt()),
                    d.lastStatus(), d.lastError(), text(d.createdAt()), text(d.deliveredAt()));
        }

        private static String text(Object value) {
            return value == null ? null : value.toString();
        }
    }

    @Operation(summary = "本单位的 Webhook 订阅（管理员：全部，或按 organisationId）")
    @GetMapping("/subscriptions")
    public List<SubscriptionView> subscriptions(@RequestParam(required = false) String organisationId) {
        return subscriptions.list(access.scope(organisationId)).stream().map(s -> SubscriptionView.of(s, null))
                .toList();
    }

    @Operation(summary = "新建订阅：url（http/https）与 eventTypes；答复中的 secret 只显示这一次，用于校验签名")
    @PostMapping("/subscriptions")
    @ResponseStatus(HttpStatus.CREATED)
    public SubscriptionView subscribe(@RequestBody NewSubscription body) {
        if (body == null) {
            throw InvalidInputException.of(null, "validation.body.required");
        }
        String organisationId = access.isAdmin() ? body.organisationId() : access.scope(body.organisationId());
        List<FieldViolation> violations = new ArrayList<>();
        Set<WebhookEventType> types = eventTypes(body.eventTypes(), violations);
        CreatedSubscription created = subscriptions.create(organisationId, body.url(), types,
                access.user().username(), violations);
        return SubscriptionView.of(created.subscription(), created.secret());
    }

    @Operation(summary = "停用订阅：不再产生新的投递，待发的投递也不再发送")
    @PostMapping("/subscriptions/{id}/disable")
    public SubscriptionView disable(@PathVariable long id) {
        WebhookSubscription subscription = ownSubscription(id);
        subscriptions.setEnabled(subscription.id(), false);
        return SubscriptionView.of(subscriptions.find(id).orElseThrow(), null);
    }

    @Operation(summary = "投递记录（最新在前）：status、eventType、subscriptionId、caseNumber、organisationId（管理员）筛选")
    @GetMapping("/deliveries")
    public List<DeliveryView> deliveries(@RequestParam(required = false) String organisationId,
                                         @RequestParam(required = false) String status,
                                         @RequestParam(required = false) String eventType,
                                         @RequestParam(required = false) Long subscriptionId,
                                         @RequestParam(required = false) String caseNumber,
                                         @RequestParam(defaultValue = "100") int limit) {
        List<FieldViolation> violations = new ArrayList<>();
        DeliveryStatus chosenStatus = code("status", status, DeliveryStatus.class, violations);
        WebhookEventType chosenType = code("eventType", eventType, WebhookEventType.class, violations);
        if (limit < 1 || limit > WebhookDeliveries.LIST_LIMIT) {
            violations.add(FieldViolation.of("limit", "webhook.validation.limit", WebhookDeliveries.LIST_LIMIT));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String scope = access.scope(organisationId);
        Filter filter = new Filter(scope, chosenStatus, chosenType, subscriptionId,
                caseNumber == null || caseNumber.isBlank() ? null : caseNumber.strip());
        return deliveries.list(filter, limit).stream().map(DeliveryView::of).toList();
    }

    @Operation(summary = "重新发送（管理员）：状态改为待发送，立即重试，重新计次")
    @PostMapping("/deliveries/{id}/resend")
    public DeliveryView resend(@PathVariable long id) {
        access.requireAdmin();
        deliveries.find(id).orElseThrow(() -> new WebhookNotFoundException("webhook.error.deliveryNotFound", id));
        if (!deliveries.resend(id)) {
            throw new RuleViolationException("webhook.error.resendWhileSending", id);
        }
        return DeliveryView.of(deliveries.find(id).orElseThrow());
    }

    private WebhookSubscription ownSubscription(long id) {
        String scope = access.scope(null);
        return subscriptions.find(id).filter(s -> scope == null || scope.equals(s.organisationId()))
                .orElseThrow(() -> new WebhookNotFoundException("webhook.error.subscriptionNotFound", id));
    }

    /** The types named, each bad name reported in {@code violations}. */
    private static Set<WebhookEventType> eventTypes(List<String> names, List<FieldViolation> violations) {
        if (names == null || names.isEmpty()) {
            return Set.of();
        }
        EnumSet<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
        for (int i = 0; i < names.size(); i++) {
            WebhookEventType type = code("eventTypes[" + i + "]", names.get(i), WebhookEventType.class, violations);
            if (type != null) {
                types.add(type);
            } else if (names.get(i) == null || names.get(i).isBlank()) {
                violations.add(FieldViolation.of("eventTypes[" + i + "]", "webhook.validation.eventTypes.blank"));
            }
        }
        return types;
    }

    private static <E extends Enum<E>> E code(String field, String text, Class<E> type,
                                              List<FieldViolation> violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(wanted)) {
                return value;
            }
        }
        violations.add(FieldViolation.of(field, "validation.enum.unknown", text.strip(),
                Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        return null;
    }
}
