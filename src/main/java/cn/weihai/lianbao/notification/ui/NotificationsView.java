package cn.weihai.lianbao.notification.ui;

import cn.weihai.lianbao.casefile.ui.CaseView;
import cn.weihai.lianbao.identity.CurrentUser;
import cn.weihai.lianbao.identity.StaffUser;
import cn.weihai.lianbao.notification.Notification;
import cn.weihai.lianbao.notification.Notifications;
import cn.weihai.lianbao.ui.Labels;
import cn.weihai.lianbao.ui.MainLayout;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/** The user's alerts, newest first; a click marks one read and opens its case. */
@Route(value = "notifications", layout = MainLayout.class)
@PermitAll
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {
    static final int LIMIT = 200;

    private final Notifications notifications;
    private final StaffUser user;
    final Div list = new Div();

    public NotificationsView(Notifications notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.user = currentUser.get().orElseThrow();
        addClassName("lb-page");
        Button markAll = new Button(Labels.text("notifications.markAllRead"), click -> {
            notifications.markAllRead(user);
            UI.getCurrent().refreshCurrentRoute(false);
        });
        markAll.setId("notifications-mark-all-read");
        list.setId("notifications-list");
        list.addClassName("lb-notifications");
        add(new H2(Labels.text("notifications.title")), markAll, list);
        show(notifications.newest(user, LIMIT));
    }

    private void show(List<Notification> items) {
        if (items.isEmpty()) {
            Paragraph none = new Paragraph(Labels.text("notifications.none"));
            none.addClassName("lb-muted");
            list.add(none);
        }
        items.forEach(n -> list.add(row(n)));
    }

    private Div row(Notification n) {
        Span text = new Span(NotificationTexts.describe(n));
        Span when = new Span(Labels.dateTime(n.recordedAt()));
        when.addClassName("lb-muted");
        Div row = new Div(new Span(n.caseNumber()), text, when);
        row.setId("notification-" + n.eventId());
        row.addClassName("lb-notification");
        row.addClassName(n.read() ? "lb-notification--read" : "lb-notification--unread");
        row.addClickListener(click -> open(n));
        return row;
    }

    private void open(Notification n) {
        notifications.markRead(user, n.eventId());
        UI.getCurrent().navigate(CaseView.class, new RouteParameters(CaseView.CASE_NUMBER, n.caseNumber()));
    }

    @Override
    public String getPageTitle() {
        return Labels.text("notifications.title") + " | " + Labels.text("app.title");
    }
}
