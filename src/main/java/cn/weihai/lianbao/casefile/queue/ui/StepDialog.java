package cn.weihai.lianbao.casefile.queue.ui;

import cn.weihai.lianbao.casefile.api.CaseDetails.TrackDetails;
import cn.weihai.lianbao.casefile.api.TrackStep;
import cn.weihai.lianbao.casefile.queue.StepRecorder;
import cn.weihai.lianbao.shared.FieldViolation;
import cn.weihai.lianbao.shared.InvalidInputException;
import cn.weihai.lianbao.shared.LocalizedMessages;
import cn.weihai.lianbao.shared.RuleViolationException;
import cn.weihai.lianbao.shared.UtilityService;
import cn.weihai.lianbao.ui.Badge;
import cn.weihai.lianbao.ui.DatePickers;
import cn.weihai.lianbao.ui.Labels;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * 记录办理环节: the next step on one utility's track, offering only the steps the track allows now (the aggregate's
 * own rule, read with the case), the business date (today by default; never in the future, never before the
 * track's previous step) and a note, which is the required reason for a pause, a supplement request or a rejection.
 * A refusal keeps the input and says why; after a recorded step {@code onRecorded} refreshes the screen behind.
 */
public class StepDialog extends Dialog {
    private static final Logger log = LoggerFactory.getLogger(StepDialog.class);
    private static final int MAX_NOTE = 500;

    private final StepRecorder recorder;
    private final LocalizedMessages messages;
    private final String caseNumber;
    private final UtilityService service;
    private final Runnable onRecorded;
    private final LocalDate notBefore;

    final Select<TrackStep> step = new Select<>();
    final DatePicker date = DatePickers.create("");
    final TextArea note = new TextArea();
    final Span formError = new Span();
    final Button save = new Button();
    final Button cancel = new Button();

    public StepDialog(StepRecorder recorder, LocalizedMessages messages, String caseNumber, TrackDetails track,
                      Runnable onRecorded) {
        this.recorder = recorder;
        this.messages = messages;
        this.caseNumber = caseNumber;
        this.service = track.service();
        this.onRecorded = onRecorded;
        this.notBefore = track.lastStepOn();
        setId("step-dialog");
        setHeaderTitle(Labels.text("work.step.title", Labels.of(service), caseNumber));
        setCloseOnOutsideClick(false);

        Div current = new Div(new Span(Labels.text("work.step.current")), Badge.of(track.status()));
        current.setId("step-dialog-current");
        current.addClassName("lb-marks");

        step.setId("step-dialog-step");
        step.setLabel(Labels.text("work.step.field.step"));
        step.setItems(track.allowedSteps());
        step.setItemLabelGenerator(Labels::of);
        step.setRequiredIndicatorVisible(true);
        step.addValueChangeListener(e -> noteFor(e.getValue()));

        LocalDate today = recorder.today();
        date.setId("step-dialog-date");
        date.setLabel(Labels.text("work.step.field.date"));
        date.setHelperText(Labels.text("work.step.field.date.help", Labels.date(notBefore)));
        date.setI18n(DatePickers.i18n()
                .setRequiredErrorMessage(Labels.text("validation.required"))
                .setMaxErrorMessage(Labels.text("validation.date.future", Labels.date(today)))
                .setMinErrorMessage(Labels.text("validation.date.beforePrevious", Labels.date(notBefore))));
        date.setMax(today);
        date.setMin(notBefore);
        date.setValue(today);
        date.setRequiredIndicatorVisible(true);
        date.addValueChangeListener(e -> date.setErrorMessage(null)); // the picker's own messages apply again

        note.setId("step-dialog-note");
        note.setMaxLength(MAX_NOTE);
        note.setWidthFull();
        noteFor(null);

        formError.setId("step-dialog-error");
        formError.addClassName("lb-form-error");
        formError.getElement().setAttribute("role", "alert");
        formError.setVisible(false);

        FormLayout form = new FormLayout(step, date, note);
        form.setColspan(note, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(current, form, formError);

        save.setText(Labels.text("work.step.save"));
        save.setId("step-dialog-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        cancel.setText(Labels.text("work.step.cancel"));
        cancel.setId("step-dialog-cancel");
        cancel.addClickListener(click -> close());
        getFooter().add(cancel, save);
        if (track.allowedSteps().size() == 1) {
            step.setValue(track.allowedSteps().getFirst());
        }
    }

    /** The note is the reason, and required, for a pause, a supplement request and a rejection. */
    private void noteFor(TrackStep chosen) {
        boolean reason = chosen != null && chosen.requiresNote();
        note.setLabel(Labels.text(reason ? "work.step.field.reason" : "work.step.field.note"));
        note.setRequiredIndicatorVisible(reason);
        if (!reason && note.isInvalid()) {
            note.setInvalid(false);
        }
    }

    void save() {
        clearErrors();
        TrackStep chosen = step.getValue();
        LocalDate on = date.getValue();
        String text = note.getValue() == null ? "" : note.getValue().strip();
        boolean ok = true;
        if (chosen == null) {
            ok = invalid(step, Labels.text("validation.required"));
        }
        LocalDate today = recorder.today();
        if (on == null) {
            // the picker itself already says "required" or "not a date" (DatePickers' texts) when it is invalid
            if (!date.isInvalid()) {
                invalid(date, Labels.text("validation.required"));
            }
            ok = false;
        } else if (on.isAfter(today)) {
            ok = invalid(date, Labels.text("validation.date.future", Labels.date(today)));
        } else if (on.isBefore(notBefore)) {
            ok = invalid(date, Labels.text("validation.date.beforePrevious", Labels.date(notBefore)));
        }
        if (chosen != null && chosen.requiresNote() && text.isEmpty()) {
            ok = invalid(note, Labels.text("validation.reasonRequired"));
        }
        if (!ok) {
            return;
        }
        try {
            recorder.record(caseNumber, service, chosen, on, text.isEmpty() ? null : text);
        } catch (InvalidInputException e) {
            e.violations().forEach(this::show);
            return;
        } catch (RuleViolationException e) {
            showFormError(messages.get(e.messageKey(), e.args(), locale()));
            return;
        } catch (RuntimeException e) {
            log.error("Could not record {} on {} of {}", chosen, service, caseNumber, e);
            showFormError(Labels.text("error.internal"));
            return;
        }
        close();
        Notification done = Notification.show(Labels.text("work.step.recorded", Labels.of(chosen),
                Labels.of(service), caseNumber), 4000, Notification.Position.TOP_CENTER);
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        onRecorded.run();
    }

    private void show(FieldViolation v) {
        String text = messages.get(v.messageKey(), v.args(), locale());
        switch (v.field()) {
            case "step" -> invalid(step, text);
            case "occurredOn" -> invalid(date, text);
            case "note" -> invalid(note, text);
            default -> showFormError(text);
        }
    }

    private boolean invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        return false;
    }

    private void showFormError(String text) {
        formError.setText(text);
        formError.setVisible(true);
    }

    private void clearErrors() {
        for (HasValidation f : List.<HasValidation>of(step, note)) {
            f.setInvalid(false);
            f.setErrorMessage(null);
        }
        if (date.getValue() != null) {
            date.setInvalid(false);
            date.setErrorMessage(null);
        }
        formError.setVisible(false);
    }

    private Locale locale() {
        return getLocale();
    }
}
