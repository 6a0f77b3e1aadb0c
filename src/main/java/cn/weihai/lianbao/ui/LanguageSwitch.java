package cn.weihai.lianbao.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinSession;

import java.util.Locale;

/**
 * 中文 / English. The choice is kept on the Vaadin session, so it holds for every page and new tab until
 * sign-out; the current page is rebuilt in the new language.
 */
public class LanguageSwitch extends Div {

    public LanguageSwitch() {
        addClassName("lb-language-switch");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("language.switch"));
        add(button("lang-zh", "language.zh", I18n.CHINESE), button("lang-en", "language.en", I18n.ENGLISH));
    }

    private Button button(String id, String labelKey, Locale locale) {
        Button button = new Button(getTranslation(labelKey), click -> switchTo(locale));
        button.setId(id);
        button.getElement().setAttribute("lang", locale.toLanguageTag());
        boolean current = getLocale().getLanguage().equals(locale.getLanguage());
        button.addThemeVariants(current ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY,
                ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("aria-pressed", String.valueOf(current));
        return button;
    }

    public static void switchTo(Locale locale) {
        UI ui = UI.getCurrent();
        VaadinSession.getCurrent().setLocale(locale);
        ui.setLocale(locale);
        ui.refreshCurrentRoute(true);
    }
}
