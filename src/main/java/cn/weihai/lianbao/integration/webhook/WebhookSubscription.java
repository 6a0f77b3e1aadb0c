package cn.weihai.lianbao.integration.webhook;

import java.time.Instant;
import java.util.Set;

/** An organisation's webhook; the secret is never part of this view of it (see {@link CreatedSubscription}). */
public record WebhookSubscription(long id, String organisationId, String url, Set<WebhookEventType> eventTypes,
                                  boolean enabled, String createdBy, Instant createdAt) {

    /** Answer to a creation: the only time the secret is shown. */
    public record CreatedSubscription(WebhookSubscription subscription, String secret) {
    }
}
