package cn.weihai.lianbao.ui;

import cn.weihai.lianbao.platform.WebLocaleConfiguration;
import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * Vaadin's translations from the Spring bundle {@code i18n/messages} (Chinese default, English).
 * A missing key shows as {@code !key} so it is spotted on screen.
 */
@Component
public class I18n implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final MessageSource messages;

    public I18n(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return WebLocaleConfiguration.SUPPORTED; // the first is the default
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return messages.getMessage(key, params, "!" + key, locale == null ? CHINESE : locale);
    }
}
