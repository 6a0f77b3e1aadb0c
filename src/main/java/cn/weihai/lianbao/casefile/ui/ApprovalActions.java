package cn.weihai.lianbao.casefile.ui;

import cn.weihai.lianbao.casefile.ExternalWorksPermissions;
import cn.weihai.lianbao.casefile.api.ApprovalStatus;
import cn.weihai.lianbao.casefile.api.CaseDetails;
import cn.weihai.lianbao.casefile.api.CaseDetails.ApprovalDetails;
import cn.weihai.lianbao.casefile.api.CaseStatus;
import cn.weihai.lianbao.casefile.api.Commands.AttachMaterial;
import cn.weihai.lianbao.casefile.api.Commands.IssueExternalWorksPermit;
import cn.weihai.lianbao.casefile.api.Commands.PrepareExternalWorksMaterials;
import cn.weihai.lianbao.casefile.api.Commands.SubmitExternalWorks;
import cn.weihai.lianbao.casefile.api.Commands.UploadCommitmentLetter;
import cn.weihai.lianbao.casefile.api.Department;
import cn.weihai.lianbao.casefile.api.MaterialType;
import cn.weihai.lianbao.casefile.api.MaterialsPreparer;
import cn.weihai.lianbao.identity.StaffUser;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.Role;
import cn.weihai.lianbao.ui.Labels;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableSupplier;

import java.util.EnumSet;
import java.util.Set;

/**
 * The approval's next steps on the case page, each offered only to those who may take it (see
 * {@link ExternalWorksPermissions}) and only when the approval stands where the step applies.
 */
class ApprovalActions extends Div {
    private final CaseActions actions;
    private final String caseNumber;

    ApprovalActions(CaseActions actions, CaseDetails details) {
        this.actions = actions;
        this.caseNumber = details.caseNumber();
        setId("approval-actions");
        addClassName("lb-actions");
        ApprovalDetails approval = details.approval();
        StaffUser user = actions.user().orElse(null);
        if (user == null || approval == null || details.status() == CaseStatus.WITHDRAWN
                || approval.status() == ApprovalStatus.PERMIT_ISSUED) {
            setVisible(false);
            return;
        }
        if (ExternalWorksPermissions.mayPrepare(user, details)) {
            preparerActions(user, approval);
        }
        if (approval.status() == ApprovalStatus.UNDER_REVIEW && ExternalWorksPermissions.mayGiveOpinion(user)
                && approval.opinions().stream().anyMatch(o -> o.department() == user.department()
                && o.agreed() == null)) {
            add(button("approval-opinion", "approval.action.opinion", () -> OpinionDialog.create(actions,
                    caseNumber, approval.round(), user.department(), ApprovalActions::refresh)));
        }
        if (approval.status() == ApprovalStatus.UNDER_REVIEW && ExternalWorksPermissions.mayIssuePermit(user)
                && !approval.opinions().isEmpty()
                && approval.opinions().stream().allMatch(o -> Boolean.TRUE.equals(o.agreed()))) {
            add(button("approval-permit", "approval.action.permit", this::permitDialog));
        }
        setVisible(getComponentCount() > 0);
    }

    private void preparerActions(StaffUser user, ApprovalDetails approval) {
        ApprovalStatus status = approval.status();
        if (status == ApprovalStatus.PREPARING || status == ApprovalStatus.MATERIALS_PREPARED) {
            add(button("approval-prepare", status == ApprovalStatus.PREPARING ? "approval.action.prepare"
                    : "approval.action.prepareAgain", () -> prepareDialog(user, approval)));
        }
        if (status != ApprovalStatus.MATERIALS_PREPARED) {
            return;
        }
        if (approval.commitmentApplies()) {
            add(button("approval-commitment-letter", approval.commitmentLetter() == null
                    ? "approval.action.letter" : "approval.action.letterAgain", this::letterDialog));
        }
        if (approval.commitmentApplies() && approval.commitmentLetter() == null) {
            Span hint = new Span(Labels.text("approval.hint.letterBeforeSubmit"));
            hint.setId("approval-submit-hint");
            hint.addClassName("lb-muted");
            add(hint);
        } else {
            add(button("approval-submit", "approval.action.submit", () -> submitDialog(approval)));
        }
    }

    private static Button button(String id, String labelKey, SerializableSupplier<ActionDialog> dialog) {
        Button button = new Button(Labels.text(labelKey), click -> dialog.get().open());
        button.setId(id);
        return button;
    }

    private ActionDialog prepareDialog(StaffUser user, ApprovalDetails approval) {
        ActionDialog dialog = new ActionDialog(actions, "approval-prepare-dialog", "approval.prepare.title",
                "approval.prepare.save");
        Select<MaterialsPreparer> preparer = new Select<>();
        preparer.setId("approval-prepare-preparer");
        preparer.setLabel(Labels.text("approval.field.preparedBy"));
        preparer.setItems(MaterialsPreparer.values());
        preparer.setItemLabelGenerator(Labels::of);
        preparer.setRequiredIndicatorVisible(true);
        preparer.setValue(approval.preparedBy() != null ? approval.preparedBy()
                : user.role() == Role.UTILITY_STAFF ? MaterialsPreparer.UTILITY : null);
        Checkbox commitment = new Checkbox(Labels.text("approval.field.commitment"), approval.commitmentApplies());
        commitment.setId("approval-prepare-commitment");
        Checkbox highway = new Checkbox(Labels.text("approval.field.touchesHighway"), approval.touchesHighway());
        highway.setId("approval-prepare-highway");
        TextArea note = new TextArea(Labels.text("approval.prepare.note"));
        note.setId("approval-prepare-note");
        note.setMaxLength(2000);
        return dialog.field("preparedBy", preparer).content(commitment).content(highway).field("note", note)
                .onSave(on -> new PrepareExternalWorksMaterials(caseNumber, preparer.getValue(),
                        commitment.getValue(), highway.getValue(), note.getValue(), on, actions.actor(),
                        Channel.STAFF_WORKSPACE), ApprovalActions::refresh);
    }

    /** The letter goes into the material store and onto the case's materials, so it can be downloaded there. */
    private ActionDialog letterDialog() {
        ActionDialog dialog = new ActionDialog(actions, "approval-letter-dialog", "approval.letter.title",
                "approval.letter.save");
        Span chosen = new Span(Labels.text("approval.letter.none"));
        chosen.setId("approval-letter-file");
        MaterialUploads.Received[] received = new MaterialUploads.Received[1];
        Upload upload = MaterialUploads.upload(actions.store(), MaterialType.COMMITMENT_LETTER, name -> true, r -> {
            received[0] = r;
            chosen.setText(Labels.text("approval.letter.chosen", r.fileName(), MaterialUploads.size(r.file().size())));
        }, dialog::showError);
        upload.setId("approval-letter-upload");
        upload.setMaxFiles(1);
        return dialog.content(new Paragraph(Labels.text("approval.letter.lead"))).content(upload).content(chosen)
                .onSave(on -> {
                    if (received[0] == null) {
                        dialog.showError(Labels.text("approval.letter.required"));
                        return null;
                    }
                    return new UploadCommitmentLetter(caseNumber, received[0].fileName(), received[0].file().sha256(),
                            on, actions.actor(), Channel.STAFF_WORKSPACE);
                }, () -> {
                    MaterialUploads.Received r = received[0];
                    actions.send(new AttachMaterial(caseNumber, MaterialType.COMMITMENT_LETTER, r.fileName(),
                            r.file().sha256(), r.file().size(), null, dialog.date.getValue(), actions.actor(),
                            Channel.STAFF_WORKSPACE), UI.getCurrent().getLocale()).ifPresent(refusal -> {
                                Notification n = Notification.show(Labels.text("approval.letter.notAttached",
                                        refusal.form() == null ? "" : refusal.form()), 8000,
                                        Notification.Position.MIDDLE);
                                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
                            });
                    refresh();
                });
    }

    private ActionDialog submitDialog(ApprovalDetails approval) {
        ActionDialog dialog = new ActionDialog(actions, "approval-submit-dialog", "approval.submit.title",
                "approval.submit.save");
        CheckboxGroup<Department> departments = new CheckboxGroup<>(Labels.text("approval.submit.departments"));
        departments.setId("approval-submit-departments");
        departments.setItems(Department.values());
        departments.setItemLabelGenerator(Labels::of);
        departments.setRequiredIndicatorVisible(true);
        if (approval.touchesHighway()) {
            departments.setValue(Set.of(Department.HIGHWAY));
            departments.setHelperText(Labels.text("approval.submit.highwayHelp"));
        }
        return dialog.field("departments", departments)
                .onSave(on -> new SubmitExternalWorks(caseNumber, departments.getValue().isEmpty() ? Set.of()
                        : EnumSet.copyOf(departments.getValue()), on, actions.actor(), Channel.STAFF_WORKSPACE),
                        ApprovalActions::refresh);
    }

    private ActionDialog permitDialog() {
        ActionDialog dialog = new ActionDialog(actions, "approval-permit-dialog", "approval.permit.title",
                "approval.permit.save");
        TextField number = new TextField(Labels.text("approval.field.permitNumber"));
        number.setId("approval-permit-number");
        number.setRequiredIndicatorVisible(true);
        number.setMaxLength(100);
        return dialog.field("permitNumber", number)
                .onSave(on -> new IssueExternalWorksPermit(caseNumber, number.getValue(), on, actions.actor(),
                        Channel.STAFF_WORKSPACE), ApprovalActions::refresh);
    }

    private static void refresh() {
        UI.getCurrent().refreshCurrentRoute(false);
    }
}
