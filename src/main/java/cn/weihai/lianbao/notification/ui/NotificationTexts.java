package cn.weihai.lianbao.notification.ui;

import cn.weihai.lianbao.notification.Notification;
import cn.weihai.lianbao.ui.Labels;

/** One line per alert, e.g. "供电报装已超期，办理时限至 2026-03-13". */
final class NotificationTexts {
    private NotificationTexts() {
    }

    static String describe(Notification n) {
        String scope = n.service() == null ? Labels.text("order.scope.case") : Labels.of(n.service());
        return Labels.text("notifications.text." + n.kind(), scope, Labels.date(n.dueDate()),
                n.orderNumber() == null ? "" : n.orderNumber());
    }
}
