package cn.weihai.lianbao.integration.webhook;

import java.util.List;

/** An unknown subscription or delivery (404), or one of another organisation. */
public class WebhookNotFoundException extends RuntimeException {
    private final String messageKey;
    private final long id;

    public WebhookNotFoundException(String messageKey, long id) {
        super(messageKey + " " + id);
        this.messageKey = messageKey;
        this.id = id;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return List.of(id);
    }
}
