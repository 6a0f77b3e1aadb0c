package cn.weihai.lianbao.identity.organisation.ui;

import cn.weihai.lianbao.casefile.api.Department;
import cn.weihai.lianbao.identity.organisation.Organisation;
import cn.weihai.lianbao.identity.organisation.OrganisationAdmin;
import cn.weihai.lianbao.identity.organisation.OrganisationDraft;
import cn.weihai.lianbao.identity.organisation.OrganisationKind;
import cn.weihai.lianbao.shared.InvalidInputException;
import cn.weihai.lianbao.shared.LocalizedMessages;
import cn.weihai.lianbao.shared.UtilityService;
import cn.weihai.lianbao.ui.Labels;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Adds an organisation, or edits one's name, kind and service or department (its id stays). */
class OrganisationDialog extends Dialog {
    final TextField id = new TextField(Labels.text("organisation.field.id"));
    final TextField name = new TextField(Labels.text("organisation.field.name"));
    final Select<OrganisationKind> kind = new Select<>();
    final Select<UtilityService> utility = new Select<>();
    final Select<Department> department = new Select<>();
    final Button save = new Button(Labels.text("organisation.action.save"));

    private final OrganisationAdmin admin;
    private final LocalizedMessages messages;
    private final Organisation editing;
    private final Consumer<Organisation> saved;

    OrganisationDialog(OrganisationAdmin admin, LocalizedMessages messages, Organisation editing,
                       Consumer<Organisation> saved) {
        this.admin = admin;
        this.messages = messages;
        this.editing = editing;
        this.saved = saved;
        setId("organisation-dialog");
        setHeaderTitle(Labels.text(editing == null ? "organisation.dialog.add" : "organisation.dialog.edit"));

        id.setId("org-id");
        id.setHelperText(Labels.text("organisation.field.idHelp"));
        id.setMaxLength(64);
        name.setId("org-name");
        name.setMaxLength(OrganisationAdmin.MAX_NAME);
        kind.setId("org-kind");
        kind.setLabel(Labels.text("organisation.field.kind"));
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(Labels::of);
        utility.setId("org-utility");
        utility.setLabel(Labels.text("organisation.field.utility"));
        utility.setItems(UtilityService.values());
        utility.setItemLabelGenerator(Labels::of);
        department.setId("org-department");
        department.setLabel(Labels.text("organisation.field.department"));
        department.setItems(Department.values());
        department.setItemLabelGenerator(Labels::of);
        kind.addValueChangeListener(change -> showServiceOrDepartment());

        if (editing != null) {
            id.setValue(editing.id());
            id.setReadOnly(true);
            name.setValue(editing.name());
            kind.setValue(editing.kind());
            utility.setValue(editing.utility());
            department.setValue(editing.department());
        }
        showServiceOrDepartment();

        add(new FormLayout(id, name, kind, utility, department));
        save.setId("save-organisation");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        Button cancel = new Button(Labels.text("organisation.action.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private void showServiceOrDepartment() {
        utility.setVisible(kind.getValue() == OrganisationKind.UTILITY);
        department.setVisible(kind.getValue() == OrganisationKind.APPROVAL_DEPARTMENT);
    }

    void save() {
        List.<HasValidation>of(id, name, kind, utility, department).forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        OrganisationKind k = kind.getValue();
        OrganisationDraft draft = new OrganisationDraft(id.getValue(), name.getValue(), k,
                k == OrganisationKind.UTILITY ? utility.getValue() : null,
                k == OrganisationKind.APPROVAL_DEPARTMENT ? department.getValue() : null);
        try {
            Organisation result = editing == null ? admin.create(draft) : admin.update(editing.id(), draft);
            close();
            saved.accept(result);
        } catch (InvalidInputException e) {
            Map<String, HasValidation> fields = Map.of("id", id, "name", name, "kind", kind, "utility", utility,
                    "department", department);
            e.violations().forEach(v -> {
                HasValidation field = fields.getOrDefault(v.field(), name);
                field.setErrorMessage(messages.get(v.messageKey(), v.args(), getLocale()));
                field.setInvalid(true);
            });
        }
    }
}
