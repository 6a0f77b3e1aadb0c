package cn.weihai.lianbao.portal.ui;

import cn.weihai.lianbao.casefile.ui.CaseActions;
import cn.weihai.lianbao.ui.Labels;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.function.SerializableSupplier;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A step the applicant takes from the progress page, sent as a command; what the case refuses is shown at the field
 * it names, or above the buttons. No business date to pick: the applicant's steps happen today. Ids: {@code <id>},
 * {@code <id>-save}, {@code <id>-cancel}, {@code <id>-error}.
 */
class ApplicantDialog extends Dialog {
    private final CaseActions actions;
    private final FormLayout form = new FormLayout();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Span error = new Span();
    final Button save;
    private SerializableSupplier<Object> command = () -> null;
    private final SerializableRunnable done;

    ApplicantDialog(CaseActions actions, String id, String title, SerializableRunnable done) {
        this.actions = actions;
        this.done = done;
        setId(id);
        setHeaderTitle(title);
        error.setId(id + "-error");
        error.addClassName("lb-field-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, error);
        save = new Button(Labels.text("portal.action.send"), click -> save());
        save.setId(id + "-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(Labels.text("action.cancel"), click -> close());
        cancel.setId(id + "-cancel");
        getFooter().add(cancel, save);
    }

    /** {@code name} is the field the case names in its refusals. */
    <C extends com.vaadin.flow.component.Component & HasValidation> ApplicantDialog field(String name, C field) {
        fields.put(name, field);
        form.add(field);
        return this;
    }

    /** The command to send; null after the dialog marked a field itself. */
    ApplicantDialog onSave(SerializableSupplier<Object> command) {
        this.command = command;
        return this;
    }

    void invalid(String name, String message) {
        HasValidation field = fields.get(name);
        if (field == null) {
            error.setText(error.isVisible() ? error.getText() + Labels.text("common.messageSeparator") + message
                    : message);
            error.setVisible(true);
        } else {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }

    void save() {
        fields.values().forEach(f -> f.setInvalid(false));
        error.setVisible(false);
        error.setText("");
        Object cmd = command.get();
        if (cmd == null) {
            return;
        }
        actions.send(cmd, getLocale()).ifPresentOrElse(refusal -> {
            refusal.fields().forEach(f -> invalid(f.field(), f.message()));
            if (refusal.form() != null) {
                invalid("", refusal.form());
            }
        }, () -> {
            close();
            done.run();
        });
    }
}
