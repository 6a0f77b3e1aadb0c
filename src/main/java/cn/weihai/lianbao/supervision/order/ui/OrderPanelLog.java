package cn.weihai.lianbao.supervision.order.ui;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Unexpected failures of order actions go to the log; the user sees a general message. */
final class OrderPanelLog {
    private static final Logger log = LoggerFactory.getLogger(OrderPanelLog.class);

    private OrderPanelLog() {
    }

    static void failed(String action, Throwable cause) {
        log.error("Supervision order action '{}' failed", action, cause);
    }
}
