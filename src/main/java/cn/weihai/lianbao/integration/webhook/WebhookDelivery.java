package cn.weihai.lianbao.integration.webhook;

import java.time.Instant;

/** One event sent (or to be sent) to one subscription, with its tries. */
public record WebhookDelivery(long id, long subscriptionId, String organisationId, String url, String eventId,
                              WebhookEventType eventType, String caseNumber, DeliveryStatus status, int attempts,
                              Instant nextAttemptAt, Integer lastStatus, String lastError, Instant createdAt,
                              Instant deliveredAt) {
}
