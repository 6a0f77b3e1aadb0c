package cn.weihai.lianbao.identity.organisation.ui;

import cn.weihai.lianbao.identity.CurrentUser;
import cn.weihai.lianbao.identity.apikey.ApiKeys;
import cn.weihai.lianbao.identity.organisation.Organisation;
import cn.weihai.lianbao.identity.organisation.OrganisationAdmin;
import cn.weihai.lianbao.identity.organisation.Organisations;
import cn.weihai.lianbao.shared.LocalizedMessages;
import cn.weihai.lianbao.ui.Fields;
import cn.weihai.lianbao.ui.Labels;
import cn.weihai.lianbao.ui.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * 机构管理 (administrators): the utilities, departments, service centre, bureau and hotline, each with its API keys.
 * Selecting an organisation shows it with edit and enable/disable, and its keys.
 */
@Route(value = "organisations", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class OrganisationsView extends VerticalLayout implements HasDynamicTitle {
    final Grid<Organisation> grid = new Grid<>(Organisation.class, false);
    final Div detail = new Div();
    final Button add = new Button(Labels.text("organisation.action.add"), VaadinIcon.PLUS.create());

    private final Organisations organisations;
    private final OrganisationAdmin admin;
    private final ApiKeys keys;
    private final CurrentUser currentUser;
    private final LocalizedMessages messages;

    public OrganisationsView(Organisations organisations, OrganisationAdmin admin, ApiKeys keys,
                             CurrentUser currentUser, LocalizedMessages messages) {
        this.organisations = organisations;
        this.admin = admin;
        this.keys = keys;
        this.currentUser = currentUser;
        this.messages = messages;
        addClassName("lb-page");
        setId("organisations-view");

        add.setId("add-organisation");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> new OrganisationDialog(admin, messages, null, this::saved).open());

        grid.setId("organisations-grid");
        grid.addColumn(Organisation::id).setHeader(Labels.text("organisation.field.id")).setAutoWidth(true);
        grid.addColumn(Organisation::name).setHeader(Labels.text("organisation.field.name")).setFlexGrow(1);
        grid.addColumn(o -> Labels.of(o.kind())).setHeader(Labels.text("organisation.field.kind")).setAutoWidth(true);
        grid.addColumn(OrganisationsView::serviceOrDepartment)
                .setHeader(Labels.text("organisation.field.serviceOrDepartment")).setAutoWidth(true);
        grid.addColumn(o -> Labels.text(o.enabled() ? "organisation.enabled" : "organisation.disabled"))
                .setHeader(Labels.text("organisation.field.status")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(change -> show(change.getValue()));

        detail.setId("organisation-detail");
        detail.setWidthFull();
        add(new H2(Labels.text("organisation.title")), new Paragraph(Labels.text("organisation.intro")), add, grid,
                detail);
        refresh();
    }

    void refresh() {
        grid.setItems(organisations.all());
    }

    /** Selects the organisation, showing its details and keys. */
    public void select(String id) {
        organisations.find(id).ifPresent(grid::select);
    }

    private void saved(Organisation organisation) {
        refresh();
        grid.select(organisation);
        show(organisation);
    }

    private void show(Organisation organisation) {
        detail.removeAll();
        if (organisation == null) {
            return;
        }
        Fields fields = new Fields()
                .add("organisation.field.id", organisation.id())
                .add("organisation.field.kind", Labels.of(organisation.kind()))
                .add("organisation.field.serviceOrDepartment", serviceOrDepartment(organisation))
                .add("organisation.field.role", Labels.of(organisation.kind().role()))
                .add("organisation.field.status",
                        Labels.text(organisation.enabled() ? "organisation.enabled" : "organisation.disabled"));
        Button edit = new Button(Labels.text("organisation.action.edit"),
                click -> new OrganisationDialog(admin, messages, organisation, this::saved).open());
        edit.setId("edit-organisation");
        Button toggle = new Button(Labels.text(organisation.enabled() ? "organisation.action.disable"
                : "organisation.action.enable"), click -> saved(admin.setEnabled(organisation.id(),
                !organisation.enabled())));
        toggle.setId("toggle-organisation");
        if (organisation.enabled()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        H3 title = new H3(organisation.name());
        title.setId("organisation-name");
        detail.add(title, fields, new HorizontalLayout(edit, toggle),
                new ApiKeysPanel(keys, currentUser, messages, organisation));
    }

    private static String serviceOrDepartment(Organisation o) {
        return o.utility() != null ? Labels.of(o.utility())
                : o.department() != null ? Labels.of(o.department()) : Labels.empty();
    }

    @Override
    public String getPageTitle() {
        return Labels.text("organisation.title");
    }
}
