package cn.weihai.lianbao.casefile.ui;

import cn.weihai.lianbao.casefile.api.Commands.GiveExternalWorksOpinion;
import cn.weihai.lianbao.casefile.api.Department;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.ui.Labels;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * A department's opinion in the joint approval (审查意见): agree, or refuse with a reason, which sends the
 * materials back for a new round. The department is the signed-in user's own.
 */
public final class OpinionDialog {
    private OpinionDialog() {
    }

    public static ActionDialog create(CaseActions actions, String caseNumber, int round, Department department,
                                      SerializableRunnable done) {
        ActionDialog dialog = new ActionDialog(actions, "opinion-dialog", "opinion.title", "opinion.save");
        Paragraph about = new Paragraph(Labels.text("opinion.about", caseNumber, round, Labels.of(department)));
        about.setId("opinion-about");
        RadioButtonGroup<Boolean> verdict = new RadioButtonGroup<>(Labels.text("opinion.field.verdict"));
        verdict.setId("opinion-verdict");
        verdict.setItems(Boolean.TRUE, Boolean.FALSE);
        verdict.setItemLabelGenerator(agreed -> Labels.text(agreed ? "approval.opinion.agreed"
                : "approval.opinion.refused"));
        verdict.setRequiredIndicatorVisible(true);
        TextArea reason = new TextArea(Labels.text("opinion.field.reason"));
        reason.setId("opinion-reason");
        reason.setHelperText(Labels.text("opinion.field.reason.help"));
        reason.setMaxLength(2000);
        return dialog.content(about).field("agreed", verdict).field("reason", reason).onSave(on -> {
            if (verdict.getValue() == null) {
                dialog.invalid("agreed", Labels.text("validation.required"));
                return null;
            }
            return new GiveExternalWorksOpinion(caseNumber, department, verdict.getValue(), reason.getValue(), on,
                    actions.actor(), Channel.STAFF_WORKSPACE);
        }, done);
    }
}
