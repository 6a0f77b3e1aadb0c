package cn.weihai.lianbao.notification.ui;

import cn.weihai.lianbao.UiTest;
import cn.weihai.lianbao.casefile.ui.CaseListView;
import cn.weihai.lianbao.casefile.ui.CaseView;
import cn.weihai.lianbao.notification.Notifications;
import cn.weihai.lianbao.supervision.order.OrderTestCases;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static cn.weihai.lianbao.casefile.TestCases.await;
import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The bell counts unread alerts; opening one from the list marks it read and opens its case. */
class NotificationBellTest extends UiTest {
    @Autowired
    OrderTestCases cases;
    @Autowired
    Notifications notifications;

    @Test
    void theUnreadCountDropsWhenANotificationIsOpenedAndReachesZeroWithMarkAllRead() {
        String caseNumber = cases.overdueTelecomCase(UUID.randomUUID().toString().substring(0, 8));
        var telecom = cases.staff("telecom");
        await("the overdue notification of " + caseNumber, () -> notifications.newest(telecom, 10_000).stream()
                .anyMatch(n -> n.caseNumber().equals(caseNumber)));

        signIn("telecom");
        UI.getCurrent().navigate(CaseListView.class);
        NotificationBell bell = _get(NotificationBell.class, spec -> spec.withId("notification-bell"));
        int unread = bell.unread();
        assertThat(unread).isEqualTo(notifications.unreadCount(telecom)).isPositive();

        _click(bell);
        _get(NotificationsView.class);
        var mine = notifications.newest(telecom, 10_000).stream().filter(n -> n.caseNumber().equals(caseNumber))
                .findFirst().orElseThrow();
        Div row = _get(Div.class, spec -> spec.withId("notification-" + mine.eventId()));
        assertThat(get_textRecursively(row)).contains(caseNumber, "通信报装已超期");
        _click(row);
        assertThat(_get(CaseView.class)).isNotNull();
        assertThat(_get(H2.class, spec -> spec.withId("case-number")).getText()).isEqualTo(caseNumber);
        assertThat(_get(NotificationBell.class).unread()).isEqualTo(unread - 1);

        UI.getCurrent().navigate(NotificationsView.class);
        _click(_get(Button.class, spec -> spec.withId("notifications-mark-all-read")));
        assertThat(_get(NotificationBell.class).unread()).isZero();
        assertThat(_get(NotificationBell.class).count.isVisible()).isFalse();
    }

    @Test
    void usersNoAlertIsAddressedToHaveNoBell() {
        signIn("hotline");
        UI.getCurrent().navigate(CaseListView.class);
        _assertNone(NotificationBell.class);
        signIn("supervisor");
        UI.getCurrent().navigate(CaseListView.class);
        assertThat(_get(NotificationBell.class).isVisible()).isTrue();
    }
}
