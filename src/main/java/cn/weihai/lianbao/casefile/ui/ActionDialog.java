package cn.weihai.lianbao.casefile.ui;

import cn.weihai.lianbao.ui.DatePickers;
import cn.weihai.lianbao.ui.Labels;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.function.SerializableSupplier;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A step of the case in a dialog: its fields, the business date (today unless changed, never in the future),
 * and a save that sends the step's command. What the case refuses is shown at the field it concerns, or above
 * the buttons; the input stays so it can be corrected. Ids: {@code <id>-date}, {@code -save}, {@code -cancel},
 * {@code -error}.
 */
public class ActionDialog extends Dialog {
    private final CaseActions actions;
    private final FormLayout form = new FormLayout();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    final DatePicker date;
    final Span error = new Span();
    final Button save;
    private SerializableFunction<LocalDate, Object> command = on -> null;
    private SerializableRunnable done = () -> { };
    private boolean dated;

    public ActionDialog(CaseActions actions, String id, String titleKey, String saveKey) {
        this.actions = actions;
        setId(id);
        setHeaderTitle(Labels.text(titleKey));
        addClassName("lb-action-dialog");
        date = DatePickers.create(Labels.text("action.field.occurredOn"));
        date.setId(id + "-date");
        date.setValue(actions.today());
        date.setRequiredIndicatorVisible(true);
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

    /** A field of the step; {@code name} is the field the case names in its refusals. */
    public ActionDialog field(String name, Component field) {
        if (field instanceof HasValidation v) {
            fields.put(name, v);
        }
        form.add(field);
        return this;
    }

    /** A part of the form that is not an input. */
    public ActionDialog content(Component component) {
        form.add(component);
        return this;
    }

    /**
     * Adds the date and sets what save sends; the function gets the business date and answers the command, or
     * null after marking a field the case need not be asked about.
     */
    public ActionDialog onSave(SerializableFunction<LocalDate, Object> command, SerializableRunnable done) {
        this.command = command;
        this.done = done;
        this.dated = true;
        field("occurredOn", date);
        return this;
    }

    /** Sets what save sends for an action without a business date (it happens when recorded). */
    public ActionDialog onSave(SerializableSupplier<Object> command, SerializableRunnable done) {
        this.command = on -> command.get();
        this.done = done;
        this.dated = false;
        return this;
    }

    /** The save button, for subclasses in other packages and their tests. */
    protected Button saveButton() {
        return save;
    }

    /** Marks a field as the screen's own check found it. */
    public void invalid(String name, String message) {
        HasValidation field = fields.get(name);
        if (field == null) {
            showError(message);
        } else {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }

    public void showError(String message) {
        error.setText(error.isVisible() ? error.getText() + Labels.text("common.messageSeparator") + message : message);
        error.setVisible(true);
    }

    void save() {
        clear();
        if (dated && date.isInvalid() && date.getValue() == null) {
            invalid("occurredOn", Labels.text("validation.date.format"));
            return;
        }
        if (dated && date.getValue() == null) {
            invalid("occurredOn", Labels.text("validation.required"));
            return;
        }
        Object cmd = command.apply(dated ? date.getValue() : null);
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

    private void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        error.setText("");
        error.setVisible(false);
    }
}
