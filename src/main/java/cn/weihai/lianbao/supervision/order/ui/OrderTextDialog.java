package cn.weihai.lianbao.supervision.order.ui;

import cn.weihai.lianbao.shared.LocalizedMessages;
import cn.weihai.lianbao.ui.Labels;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.function.Consumer;

/** One text and a confirm button: answering an order, sending it back (reason) or closing it (note). */
class OrderTextDialog extends Dialog {
    final TextArea text = new TextArea();
    final Span error = new Span();
    final Button confirm = new Button();

    /** {@code action} sends the command with the text; a refusal is shown at the text or in the dialog. */
    OrderTextDialog(String id, String title, String fieldLabel, boolean required, String confirmLabel,
                    LocalizedMessages messages, Consumer<String> action, Runnable done) {
        setId(id);
        setWidth("min(36em, 95vw)");
        setHeaderTitle(title);
        text.setId(id + "-text");
        text.setLabel(fieldLabel);
        text.setRequiredIndicatorVisible(required);
        text.setWidthFull();
        error.addClassName("lb-field-error");
        error.setVisible(false);
        add(new VerticalLayout(text, error));
        confirm.setText(confirmLabel);
        confirm.setId(id + "-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            text.setInvalid(false);
            error.setVisible(false);
            try {
                action.accept(text.getValue());
            } catch (RuntimeException e) {
                Throwable cause = OrderActionErrors.cause(e);
                String message = OrderActionErrors.message(cause, messages, getLocale());
                if (message == null) {
                    OrderPanelLog.failed(id, cause);
                    message = Labels.text("error.internal");
                }
                if (OrderActionErrors.violations(cause).isPresent()) {
                    text.setErrorMessage(message);
                    text.setInvalid(true);
                } else {
                    error.setText(message);
                    error.setVisible(true);
                }
                return;
            }
            close();
            done.run();
        });
        Button cancel = new Button(Labels.text("orders.action.cancel"), click -> close());
        cancel.setId(id + "-cancel");
        getFooter().add(cancel, confirm);
    }
}
