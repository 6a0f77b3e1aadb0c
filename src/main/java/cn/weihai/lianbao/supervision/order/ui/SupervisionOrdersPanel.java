package cn.weihai.lianbao.supervision.order.ui;

import cn.weihai.lianbao.casefile.api.CaseDetails;
import cn.weihai.lianbao.casefile.api.CaseStatus;
import cn.weihai.lianbao.casefile.api.HistoryEntry;
import cn.weihai.lianbao.casefile.api.SupervisionOrderStatus;
import cn.weihai.lianbao.deadline.Warning;
import cn.weihai.lianbao.identity.CurrentUser;
import cn.weihai.lianbao.identity.StaffUser;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.LocalizedMessages;
import cn.weihai.lianbao.supervision.order.OrderPermissions;
import cn.weihai.lianbao.supervision.order.SupervisionOrderDetails;
import cn.weihai.lianbao.supervision.order.SupervisionOrders;
import cn.weihai.lianbao.ui.Badge;
import cn.weihai.lianbao.ui.Fields;
import cn.weihai.lianbao.ui.Labels;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.di.Instantiator;

import java.util.List;

/**
 * 督办 on the case page: every order with its scope, state, due date and overdue flag; supervisors issue, send
 * back and close, the party an order concerns answers it.
 */
public class SupervisionOrdersPanel extends Div {
    private final SupervisionOrders orders;
    private final CurrentUser currentUser;
    private final LocalizedMessages messages;

    public SupervisionOrdersPanel(SupervisionOrders orders, CurrentUser currentUser, LocalizedMessages messages) {
        this.orders = orders;
        this.currentUser = currentUser;
        this.messages = messages;
        setId("case-orders-panel");
        addClassName("lb-orders-panel");
    }

    /** A panel for the case page, its services from Spring, its orders from the history the page has read. */
    public static SupervisionOrdersPanel of(CaseDetails details, List<HistoryEntry> history) {
        SupervisionOrdersPanel panel = Instantiator.get(UI.getCurrent()).createComponent(SupervisionOrdersPanel.class);
        panel.show(details, history);
        return panel;
    }

    void show(CaseDetails details, List<HistoryEntry> history) {
        removeAll();
        StaffUser user = currentUser.get().orElse(null);
        List<SupervisionOrderDetails> list = orders.of(history);
        if (list.isEmpty()) {
            Paragraph none = new Paragraph(Labels.text("orders.none"));
            none.addClassName("lb-muted");
            add(none);
        }
        list.forEach(o -> add(card(o, user)));
        if (OrderPermissions.maySupervise(user) && details.status() != CaseStatus.WITHDRAWN) {
            Button issue = new Button(Labels.text("orders.action.issue"),
                    click -> new IssueOrderDialog(details, orders, user, messages, this::refresh).open());
            issue.setId("order-issue");
            add(issue);
        }
    }

    private Div card(SupervisionOrderDetails o, StaffUser user) {
        Span title = new Span(Labels.text("orders.card.title", o.number(), scope(o)));
        title.addClassName("lb-order-title");
        Div heading = new Div(title, Badge.of(o.status()));
        if (o.overdue()) {
            Badge overdue = new Badge(Labels.text("orders.overdue"), Warning.OVERDUE);
            overdue.setId("order-" + o.number() + "-overdue");
            heading.add(overdue);
        }
        heading.addClassName("lb-order-heading");
        Fields fields = new Fields()
                .add("orders.field.reason", o.reason())
                .add("orders.field.issuedOn", Labels.text("orders.issuedBy", Labels.date(o.issuedOn()),
                        o.issuedBy().displayName()))
                .add("orders.field.dueDate", Labels.text("orders.dueIn", Labels.date(o.dueDate()), o.workingDays()));
        if (o.answer() != null) {
            fields.add("orders.field.answer", Labels.text("orders.answeredBy", o.answer(),
                    Labels.date(o.answeredOn()), o.answeredBy().displayName()));
        }
        if (o.sentBackReason() != null) {
            fields.add("orders.field.sentBackReason", o.sentBackReason());
        }
        if (o.closedOn() != null) {
            fields.add("orders.field.closedOn", Labels.date(o.closedOn()));
        }
        Div card = new Div(heading, fields, actions(o, user));
        card.setId("order-" + o.number());
        card.addClassName("lb-order");
        return card;
    }

    private Div actions(SupervisionOrderDetails o, StaffUser user) {
        Div actions = new Div();
        actions.addClassName("lb-order-actions");
        String id = "order-" + o.number();
        if (OrderPermissions.mayAnswer(user, o)) {
            actions.add(button(id + "-answer", "orders.action.answer", () -> new OrderTextDialog(id + "-answer-dialog",
                    Labels.text("orders.answer.title", o.number()), Labels.text("orders.field.answer"), true,
                    Labels.text("orders.action.answer"), messages,
                    text -> orders.answer(o.caseNumber(), o.number(), text, user, Channel.STAFF_WORKSPACE),
                    this::refresh)));
        }
        if (OrderPermissions.maySupervise(user) && o.status() == SupervisionOrderStatus.ANSWERED) {
            actions.add(button(id + "-close", "orders.action.close", () -> new OrderTextDialog(id + "-close-dialog",
                    Labels.text("orders.close.title", o.number()), Labels.text("orders.field.closingNote"), false,
                    Labels.text("orders.action.close"), messages,
                    text -> orders.close(o.caseNumber(), o.number(), text, user, Channel.STAFF_WORKSPACE),
                    this::refresh)));
            actions.add(button(id + "-send-back", "orders.action.sendBack", () -> new OrderTextDialog(
                    id + "-send-back-dialog", Labels.text("orders.sendBack.title", o.number()),
                    Labels.text("orders.field.sentBackReason"), true, Labels.text("orders.action.sendBack"),
                    messages, text -> orders.sendBack(o.caseNumber(), o.number(), text, user,
                    Channel.STAFF_WORKSPACE), this::refresh)));
        }
        return actions;
    }

    private static Button button(String id, String labelKey, java.util.function.Supplier<OrderTextDialog> dialog) {
        Button button = new Button(Labels.text(labelKey), click -> dialog.get().open());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    static String scope(SupervisionOrderDetails o) {
        return o.concernsWholeCase() ? Labels.text("order.scope.case") : Labels.of(o.service());
    }

    private void refresh() {
        UI.getCurrent().refreshCurrentRoute(false);
    }
}
