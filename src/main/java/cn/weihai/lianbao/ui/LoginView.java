package cn.weihai.lianbao.ui;

import cn.weihai.lianbao.security.SignInLockedException;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.web.WebAttributes;

import cn.weihai.lianbao.platform.DatabaseMode;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Form login; the form posts to Spring Security's {@code /login}, which redirects back with {@code ?error}. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final H1 title = new H1();
    private final Paragraph description = new Paragraph();
    private final LoginForm form = new LoginForm();
    private final Paragraph demoAccounts = new Paragraph();
    /** To the applicants' own look-up (portal), by address so that the login page does not depend on it. */
    private final Anchor progressLink = new Anchor("progress", "");
    /** Minutes left of a sign-in lock (LoginThrottle) when the last attempt was refused for it, else null. */
    private Long lockedMinutes;

    public LoginView(DatabaseMode databaseMode) {
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        demoAccounts.addClassName("login-demo-accounts");
        demoAccounts.setVisible(databaseMode.embedded());

        progressLink.setId("login-progress-link");
        Div panel = new Div(title, description, form, demoAccounts, new Paragraph(progressLink));
        panel.addClassName("login-panel");
        add(panel);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("app.title"));
        description.setText(getTranslation("login.header.description"));
        form.setI18n(formI18n());
        demoAccounts.setText(getTranslation("login.demo-accounts"));
        progressLink.setText(getTranslation("portal.login.link"));
    }

    /** LoginForm has no header of its own (only LoginOverlay has): the title is the H1 above it. */
    private LoginI18n formI18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.form.title"));
        i18n.getForm().setUsername(getTranslation("login.form.username"));
        i18n.getForm().setPassword(getTranslation("login.form.password"));
        i18n.getForm().setSubmit(getTranslation("login.form.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(lockedMinutes == null ? getTranslation("login.error.message")
                : getTranslation("security.login.locked", lockedMinutes));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.username-required"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean error = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        VaadinSession session = VaadinSession.getCurrent();
        Object last = !error || session == null ? null
                : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        lockedMinutes = last instanceof SignInLockedException locked ? locked.minutes() : null;
        form.setI18n(formI18n());
        form.setError(error);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
