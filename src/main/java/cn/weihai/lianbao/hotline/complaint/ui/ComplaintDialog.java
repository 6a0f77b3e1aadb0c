package cn.weihai.lianbao.hotline.complaint.ui;

import cn.weihai.lianbao.casefile.ui.CaseActions;
import cn.weihai.lianbao.ui.Labels;
import com.vaadin.flow.component.Component;
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
 * A complaint action in a dialog: its fields and a save that sends the command as the signed-in user. What the
 * complaint refuses is shown at the field it names, or above the buttons; the input stays to be corrected.
 * Ids: {@code <id>-save}, {@code -cancel}, {@code -error}.
 */
public class ComplaintDialog extends Dialog {
    private final CaseActions actions;
    private final FormLayout form = new FormLayout();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    final Span error = new Span();
    final Button save;
    private SerializableSupplier<Object> command = () -> null;
    private SerializableRunnable done = () -> { };

    public ComplaintDialog(CaseActions actions, String id, String titleKey, String saveKey) {
        this.actions = actions;
        setId(id);
        setHeaderTitle(Labels.text(titleKey));
        addClassName("lb-action-dialog");
        error.setId(id + "-error");
        error.addClassName("lb-field-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, error);
        save = new Button(Labels.text(saveKey), click -> save());
        save.setId(id + "-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(Labels.text("action.cancel"), click -> close());
        cancel.setId(id + "-cancel");
        getFooter().add(cancel, save);
    }

    /** A field; {@code name} is the field the complaint names in its refusals. */
    public ComplaintDialog field(String name, Component field) {
        if (field instanceof HasValidation v) {
            fields.put(name, v);
        }
        form.add(field);
        return this;
    }

    /** What save sends (null: the screen's own check already marked a field), and what follows success. */
    public ComplaintDialog onSave(SerializableSupplier<Object> command, SerializableRunnable done) {
        this.command = command;
        this.done = done;
        return this;
    }

    public void invalid(String name, String message) {
        HasValidation field = fields.get(name);
        if (field == null) {
            showError(message);
        } else {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }

    void showError(String message) {
        error.setText(error.isVisible() ? error.getText() + Labels.text("common.messageSeparator") + message : message);
        error.setVisible(true);
    }

    void save() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        error.setText("");
        error.setVisible(false);
        Object cmd = command.get();
        if (cmd == null) {
            return;
        }
        actions.send(cmd, getLocale()).ifPresentOrElse(refusal -> {
            refusal.fields().forEach(f -> invalid(f.field(), f.message()));
            if (refusal.form() != null) {
                showError(refusal.form());
            }
        }, () -> {
            close();
            done.run();
        });
    }
}
