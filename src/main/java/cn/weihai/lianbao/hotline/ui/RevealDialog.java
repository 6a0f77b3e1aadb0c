package cn.weihai.lianbao.hotline.ui;

import cn.weihai.lianbao.hotline.PersonalDataReveals;
import cn.weihai.lianbao.identity.StaffUser;
import cn.weihai.lianbao.shared.CommandFailures;
import cn.weihai.lianbao.shared.FieldViolation;
import cn.weihai.lianbao.shared.InvalidInputException;
import cn.weihai.lianbao.shared.RuleViolationException;
import cn.weihai.lianbao.ui.Labels;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * 查看完整信息: asks for the registered complaint's ticket number (工单号) and a reason; the case records the
 * unmasking before the data are shown. Ids: reveal-ticket, reveal-reason, reveal-save, reveal-cancel, reveal-error.
 */
class RevealDialog extends Dialog {
    final TextField ticket = new TextField();
    final TextArea reason = new TextArea();
    final Span error = new Span();
    final Button save = new Button();
    private final String caseNumber;
    private final PersonalDataReveals reveals;
    private final StaffUser user;
    private final SerializableRunnable done;

    RevealDialog(String caseNumber, PersonalDataReveals reveals, StaffUser user, SerializableRunnable done) {
        this.caseNumber = caseNumber;
        this.reveals = reveals;
        this.user = user;
        this.done = done;
        setId("reveal-dialog");
        setHeaderTitle(Labels.text("hotline.reveal.title"));
        ticket.setId("reveal-ticket");
        ticket.setLabel(Labels.text("hotline.reveal.ticket"));
        ticket.setRequiredIndicatorVisible(true);
        reason.setId("reveal-reason");
        reason.setLabel(Labels.text("hotline.reveal.reason"));
        reason.setRequiredIndicatorVisible(true);
        error.setId("reveal-error");
        error.addClassName("lb-field-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        FormLayout form = new FormLayout(ticket, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new Span(Labels.text("hotline.reveal.notice")), form, error);
        save.setText(Labels.text("hotline.reveal.save"));
        save.setId("reveal-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button cancel = new Button(Labels.text("action.cancel"), e -> close());
        cancel.setId("reveal-cancel");
        getFooter().add(cancel, save);
    }

    void save() {
        ticket.setInvalid(false);
        reason.setInvalid(false);
        error.setVisible(false);
        try {
            reveals.reveal(caseNumber, ticket.getValue(), reason.getValue(), user);
        } catch (RuntimeException e) {
            Throwable cause = CommandFailures.unwrap(e);
            if (cause instanceof InvalidInputException invalid) {
                invalid.violations().forEach(this::mark);
            } else if (cause instanceof RuleViolationException rule) {
                showError(Labels.text(rule.messageKey(), rule.args().toArray()));
            } else {
                throw e;
            }
            return;
        }
        close();
        done.run();
    }

    private void mark(FieldViolation v) {
        String message = Labels.text(v.messageKey(), v.args().toArray());
        switch (v.field()) {
            case "ticketNumber" -> {
                ticket.setErrorMessage(message);
                ticket.setInvalid(true);
            }
            case "reason" -> {
                reason.setErrorMessage(message);
                reason.setInvalid(true);
            }
            default -> showError(message);
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
