package cn.weihai.lianbao.casefile.queue.ui;

import cn.weihai.lianbao.casefile.queue.StepRecorder;
import cn.weihai.lianbao.shared.LocalizedMessages;
import cn.weihai.lianbao.shared.UtilityService;
import cn.weihai.lianbao.ui.Labels;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import java.util.Optional;

/**
 * 办理: opens the {@link StepDialog} for one track, read afresh at the click so it offers what the track allows
 * then. Only the staff of the track's own utility get the button.
 */
public class StepButton extends Button {

    private StepButton(StepRecorder recorder, LocalizedMessages messages, String caseNumber, UtilityService service,
                       Runnable onRecorded) {
        super(Labels.text("work.step.open"), VaadinIcon.EDIT.create());
        addThemeVariants(ButtonVariant.LUMO_SMALL);
        addClickListener(click -> recorder.track(caseNumber, service)
                .filter(t -> !t.allowedSteps().isEmpty())
                .ifPresentOrElse(t -> new StepDialog(recorder, messages, caseNumber, t, onRecorded).open(),
                        () -> {
                            Notification n = Notification.show(Labels.text("work.step.nothingAllowed",
                                    Labels.of(service), caseNumber), 5000, Notification.Position.MIDDLE);
                            n.addThemeVariants(NotificationVariant.LUMO_WARNING);
                            onRecorded.run();
                        }));
    }

    /** The button for the signed-in user, or none when they do not work this utility's tracks. */
    public static Optional<StepButton> forUser(StepRecorder recorder, LocalizedMessages messages, String caseNumber,
                                               UtilityService service, String id, Runnable onRecorded) {
        if (!recorder.mayWork(service)) {
            return Optional.empty();
        }
        StepButton button = new StepButton(recorder, messages, caseNumber, service, onRecorded);
        button.setId(id);
        return Optional.of(button);
    }
}
