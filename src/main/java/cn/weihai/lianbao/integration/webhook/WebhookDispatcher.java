package cn.weihai.lianbao.integration.webhook;

import cn.weihai.lianbao.integration.webhook.WebhookDeliveries.Claimed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Sends due deliveries: claims them (status SENDING with a lease), POSTs each without holding a database lock, then
 * settles it. Stateless besides its HTTP client, so any number of them (threads, nodes, or a fresh one after a
 * restart) may run against the same table.
 */
public class WebhookDispatcher {
    public static final String EVENT_HEADER = "X-Lianbao-Event";
    public static final String DELIVERY_HEADER = "X-Lianbao-Delivery";
    public static final String TIMESTAMP_HEADER = "X-Lianbao-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Lianbao-Signature";
    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final WebhookDeliveries deliveries;
    private final WebhookSubscriptions subscriptions;
    private final WebhookProperties properties;
    private final Clock clock;
    private final HttpClient http;

    public WebhookDispatcher(WebhookDeliveries deliveries, WebhookSubscriptions subscriptions,
                             WebhookProperties properties, Clock clock) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * One round: claims up to a batch and sends its rows side by side (one slow receiver does not hold up the
     * others or outlast the lease); answers how many rows were claimed.
     */
    public int dispatchDue() {
        List<Claimed> claimed = deliveries.claim(properties.batchSize(), properties.lease());
        if (claimed.size() == 1) {
            send(claimed.getFirst());
        } else if (!claimed.isEmpty()) {
            try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
                claimed.forEach(row -> senders.submit(() -> send(row)));
            }
        }
        return claimed.size();
    }

    private void send(Claimed row) {
        String timestamp = String.valueOf(clock.instant().getEpochSecond());
        String signature;
        try {
            signature = WebhookSignature.sign(subscriptions.secret(row.subscriptionId()), timestamp, row.payload());
        } catch (RuntimeException e) {
            settleFailure(row, null, e.toString());
            return;
        }
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(row.url()))
                    .timeout(properties.timeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "lianbao-webhooks/1")
                    .header(EVENT_HEADER, row.eventType().name())
                    .header(DELIVERY_HEADER, String.valueOf(row.id()))
                    .header(TIMESTAMP_HEADER, timestamp)
                    .header(SIGNATURE_HEADER, signature)
                    .POST(HttpRequest.BodyPublishers.ofString(row.payload(), StandardCharsets.UTF_8))
                    .build();
        } catch (IllegalArgumentException e) {
            settleFailure(row, null, "invalid URL: " + e.getMessage());
            return;
        }
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                if (!deliveries.delivered(row, status)) {
                    log.warn("Webhook delivery {} was sent but its claim had expired", row.id());
                }
            } else {
                settleFailure(row, status, "HTTP " + status + bodyHint(response.body()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // left SENDING: its lease runs out and another round sends it again
        } catch (Exception e) {
            settleFailure(row, null, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private void settleFailure(Claimed row, Integer status, String error) {
        int attempts = row.attempts() + 1;
        boolean giveUp = attempts >= properties.maxAttempts();
        if (deliveries.failed(row, status, error, giveUp, properties.backoff(attempts))) {
            log.info("Webhook delivery {} to subscription {} failed (try {}{}): {}", row.id(), row.subscriptionId(),
                    attempts, giveUp ? ", giving up" : "", error);
        }
    }

    private static String bodyHint(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String text = body.strip();
        return ": " + (text.length() > 200 ? text.substring(0, 200) : text);
    }
}
