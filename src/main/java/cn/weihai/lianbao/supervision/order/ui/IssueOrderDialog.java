package cn.weihai.lianbao.supervision.order.ui;

import cn.weihai.lianbao.casefile.api.CaseDetails;
import cn.weihai.lianbao.casefile.api.CaseDetails.TrackDetails;
import cn.weihai.lianbao.casefile.api.Commands.IssueSupervisionOrder;
import cn.weihai.lianbao.identity.StaffUser;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.LocalizedMessages;
import cn.weihai.lianbao.shared.UtilityService;
import cn.weihai.lianbao.supervision.order.SupervisionOrders;
import cn.weihai.lianbao.ui.Labels;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** 下达督办: scope (the whole case or one track), reason and the rectification limit in working days. */
class IssueOrderDialog extends Dialog {
    /** The scope choice: empty means the whole case. */
    final Select<Optional<UtilityService>> scope = new Select<>();
    final TextArea reason = new TextArea();
    final IntegerField workingDays = new IntegerField();
    final Span error = new Span();
    final Button issue = new Button();

    IssueOrderDialog(CaseDetails details, SupervisionOrders orders, StaffUser user, LocalizedMessages messages,
                     Runnable done) {
        setId("order-issue-dialog");
        setWidth("min(36em, 95vw)");
        setHeaderTitle(Labels.text("orders.issue.title", details.caseNumber()));
        List<Optional<UtilityService>> scopes = new ArrayList<>();
        scopes.add(Optional.empty());
        details.tracks().stream().map(TrackDetails::service).map(Optional::of).forEach(scopes::add);
        scope.setId("order-scope");
        scope.setLabel(Labels.text("orders.field.scope"));
        scope.setItems(scopes);
        scope.setItemLabelGenerator(s -> s.map(Labels::of).orElse(Labels.text("order.scope.case")));
        scope.setValue(Optional.empty());
        reason.setId("order-reason");
        reason.setLabel(Labels.text("orders.field.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        workingDays.setId("order-working-days");
        workingDays.setLabel(Labels.text("orders.field.workingDays"));
        workingDays.setHelperText(Labels.text("orders.field.workingDays.help"));
        workingDays.setStepButtonsVisible(true);
        workingDays.setMin(1);
        workingDays.setMax(IssueSupervisionOrder.MAX_WORKING_DAYS);
        workingDays.setValue(5);
        error.addClassName("lb-field-error");
        error.setVisible(false);
        add(new VerticalLayout(scope, reason, workingDays, error));

        issue.setText(Labels.text("orders.action.issue"));
        issue.setId("order-issue-confirm");
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.addClickListener(click -> {
            clearErrors();
            Integer days = workingDays.getValue();
            if (days == null) {
                workingDays.setErrorMessage(Labels.text("validation.order.workingDays",
                        IssueSupervisionOrder.MAX_WORKING_DAYS));
                workingDays.setInvalid(true);
                return;
            }
            try {
                orders.issue(details.caseNumber(), scope.getValue().orElse(null), reason.getValue(), days, user,
                        Channel.STAFF_WORKSPACE);
            } catch (RuntimeException e) {
                showRefusal(OrderActionErrors.cause(e), messages);
                return;
            }
            close();
            done.run();
        });
        Button cancel = new Button(Labels.text("orders.action.cancel"), click -> close());
        cancel.setId("order-issue-cancel");
        getFooter().add(cancel, issue);
    }

    private void clearErrors() {
        reason.setInvalid(false);
        workingDays.setInvalid(false);
        error.setVisible(false);
    }

    private void showRefusal(Throwable cause, LocalizedMessages messages) {
        var violations = OrderActionErrors.violations(cause);
        if (violations.isPresent()) {
            violations.get().forEach(v -> {
                String text = messages.get(v.messageKey(), v.args(), getLocale());
                switch (v.field()) {
                    case "reason" -> {
                        reason.setErrorMessage(text);
                        reason.setInvalid(true);
                    }
                    case "workingDays" -> {
                        workingDays.setErrorMessage(text);
                        workingDays.setInvalid(true);
                    }
                    default -> showError(text);
                }
            });
            return;
        }
        String message = OrderActionErrors.message(cause, messages, getLocale());
        showError(message != null ? message : Labels.text("error.internal"));
        if (message == null) {
            OrderPanelLog.failed("issue", cause);
        }
    }

    private void showError(String text) {
        error.setText(text);
        error.setVisible(true);
    }
}
