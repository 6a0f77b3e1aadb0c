package cn.weihai.lianbao.integration.idempotency;

import cn.weihai.lianbao.shared.LocalizedMessages;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes the {@link IdempotencyFilter} for the API's security filter chain. The filter itself is no bean, so the
 * servlet container does not also run it on every request.
 */
@Component
public class Idempotency {
    private final IdempotencyRecords records;
    private final LocalizedMessages messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    Idempotency(IdempotencyRecords records, LocalizedMessages messages, LocaleResolver locales, JsonMapper json) {
        this.records = records;
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    public IdempotencyFilter filter() {
        return new IdempotencyFilter(records, messages, locales, json);
    }
}
