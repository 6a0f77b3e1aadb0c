package cn.weihai.lianbao.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every new session starts in Chinese, whatever the browser asks for (English is one click away), and an
 * unexpected error in a click or value change is logged and told to the user in words, never as a stack trace.
 */
@Component
class UiSessionSetup implements VaadinServiceInitListener {
    private static final Logger log = LoggerFactory.getLogger(UiSessionSetup.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> {
            VaadinSession session = init.getSession();
            session.setLocale(I18n.CHINESE);
            session.setErrorHandler(UiSessionSetup::unexpected);
        });
        // a UI takes the session's language (the bootstrap does this too; mocked UIs in tests do not)
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(init.getUI().getSession().getLocale()));
    }

    private static void unexpected(ErrorEvent error) {
        log.error("Unexpected error in the UI", error.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification notification = Notification.show(ui.getTranslation("error.internal"), 8000,
                    Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
