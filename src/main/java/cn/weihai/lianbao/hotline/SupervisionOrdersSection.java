package cn.weihai.lianbao.hotline;

import cn.weihai.lianbao.casefile.ui.EventDescriptions.Texts;
import cn.weihai.lianbao.supervision.order.SupervisionOrderDetails;
import cn.weihai.lianbao.supervision.order.SupervisionOrders;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;

/** The case's supervision orders (督办) and what was answered to them; left out when there are none. */
@Component
@Order(30)
class SupervisionOrdersSection implements TraceSection {
    private final SupervisionOrders orders;

    SupervisionOrdersSection(SupervisionOrders orders) {
        this.orders = orders;
    }

    @Override
    public TraceParagraph describe(TraceInput input, Texts texts) {
        List<SupervisionOrderDetails> all = orders.of(input.history());
        if (all.isEmpty()) {
            return null;
        }
        List<String> lines = all.stream().map(o -> line(o, texts)).toList();
        return new TraceParagraph("trace-orders", texts.get("hotline.trace.orders"), lines);
    }

    private static String line(SupervisionOrderDetails o, Texts texts) {
        String scope = o.service() == null ? texts.get("order.scope.case") : texts.label(o.service());
        String line = texts.get("hotline.trace.order", o.number(), scope, o.reason(), o.dueDate().toString(),
                texts.label(o.status()));
        if (o.overdue()) {
            line = line + texts.get("hotline.trace.order.overdue");
        }
        return o.answer() == null ? line
                : line + texts.get("hotline.trace.order.answer", o.answeredOn().toString(), o.answer());
    }
}
