package cn.weihai.lianbao.integration.webhook;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The dispatcher's settings ({@code lianbao.webhooks.*}): how often it looks for due deliveries, how many it claims
 * at once, how long a claim lasts (a node that dies mid-send frees its rows after this), the HTTP timeout, and the
 * retry plan: {@code retryBase · 2^(attempts-1)}, at most {@code retryMax}, FAILED after {@code maxAttempts}.
 */
@ConfigurationProperties("lianbao.webhooks")
public record WebhookProperties(@DefaultValue("true") boolean dispatcherEnabled,
                                @DefaultValue("1s") Duration pollInterval,
                                @DefaultValue("20") int batchSize,
                                @DefaultValue("60s") Duration lease,
                                @DefaultValue("5s") Duration timeout,
                                @DefaultValue("10s") Duration retryBase,
                                @DefaultValue("1h") Duration retryMax,
                                @DefaultValue("10") int maxAttempts) {

    /** The wait before the next try after {@code attempts} failed ones. */
    public Duration backoff(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        Duration wait = retryBase.multipliedBy(1L << doublings);
        return wait.compareTo(retryMax) > 0 ? retryMax : wait;
    }
}
