package cn.weihai.lianbao.notification.ui;

import cn.weihai.lianbao.identity.CurrentUser;
import cn.weihai.lianbao.notification.Notifications;
import cn.weihai.lianbao.ui.Labels;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;

/**
 * The bell in the top bar: how many alerts the user has not read; a click opens the notifications. Hidden for
 * users no alert is addressed to.
 */
public class NotificationBell extends Button implements AfterNavigationObserver {
    private final Notifications notifications;
    private final CurrentUser currentUser;
    final Span count = new Span();

    public NotificationBell(Notifications notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        setId("notification-bell");
        addClassName("lb-notification-bell");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setIcon(VaadinIcon.BELL.create());
        count.setId("notification-count");
        count.addClassName("lb-notification-count");
        getElement().appendChild(count.getElement());
        addClickListener(click -> UI.getCurrent().navigate(NotificationsView.class));
        refresh();
    }

    /** A bell for the main layout, its services from Spring. */
    public static NotificationBell create() {
        return Instantiator.get(UI.getCurrent()).createComponent(NotificationBell.class);
    }

    /** The count changes as users read and as alerts arrive: it is read again on every navigation. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    public void refresh() {
        setVisible(currentUser.get().filter(notifications::isAddressed).isPresent());
        int unread = currentUser.get().map(notifications::unreadCount).orElse(0);
        count.setText(unread == 0 ? "" : String.valueOf(unread));
        count.setVisible(unread > 0);
        getElement().setAttribute("aria-label", Labels.text("notifications.bell", unread));
        getElement().setAttribute("title", Labels.text("notifications.bell", unread));
    }

    public int unread() {
        return count.isVisible() ? Integer.parseInt(count.getText()) : 0;
    }
}
