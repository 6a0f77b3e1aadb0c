package cn.weihai.lianbao.hotline.complaint.ui;

import cn.weihai.lianbao.casefile.ui.CaseActions;
import cn.weihai.lianbao.hotline.complaint.ComplaintQueries;
import cn.weihai.lianbao.hotline.complaint.ComplaintRow;
import cn.weihai.lianbao.identity.StaffUser;
import cn.weihai.lianbao.shared.Role;
import cn.weihai.lianbao.shared.UtilityService;
import cn.weihai.lianbao.ui.Badge;
import cn.weihai.lianbao.ui.Labels;
import cn.weihai.lianbao.ui.MainLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Map;

/**
 * 工单: the hotline sees every complaint, a utility's staff those forwarded to them, a supervisor the open ones with
 * how many are open per utility (and with the supervisor). Newest first; each opens its complaint page.
 */
@Route(value = "complaints", layout = MainLayout.class)
@RolesAllowed({"HOTLINE", "ADMIN", "SUPERVISOR", "UTILITY_STAFF"})
public class ComplaintsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final ComplaintQueries queries;
    private final CaseActions actions;
    final Grid<ComplaintRow> grid = new Grid<>();
    final Div summary = new Div();

    public ComplaintsView(ComplaintQueries queries, CaseActions actions) {
        this.queries = queries;
        this.actions = actions;
        addClassName("lb-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        StaffUser user = actions.user().orElse(null);
        add(new H2(Labels.text("complaints.title")));
        if (user != null && user.role() == Role.SUPERVISOR) {
            add(summary());
        }
        List<ComplaintRow> rows = queries.visibleTo(user);
        grid.setId("complaints-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.removeAllColumns();
        grid.addComponentColumn(r -> new RouterLink(r.ticketNumber(), ComplaintView.class,
                        new RouteParameters(ComplaintView.TICKET, r.ticketNumber())))
                .setKey("ticket").setHeader(Labels.text("complaint.field.ticket")).setAutoWidth(true);
        grid.addColumn(ComplaintRow::caseNumber).setKey("case").setHeader(Labels.text("complaint.field.case"))
                .setAutoWidth(true);
        grid.addColumn(r -> Labels.of(r.category())).setKey("category")
                .setHeader(Labels.text("complaint.field.category"));
        grid.addComponentColumn(r -> Badge.of(r.status())).setKey("status")
                .setHeader(Labels.text("complaint.field.status"));
        grid.addColumn(r -> r.toSupervisor() ? Labels.text("complaint.addressee.supervisor")
                        : r.addressee() == null ? Labels.empty() : Labels.of(r.addressee())).setKey("addressee")
                .setHeader(Labels.text("complaint.field.addressee"));
        grid.addComponentColumn(r -> {
            Span due = new Span(r.dueDate() == null ? Labels.empty() : Labels.date(r.dueDate()));
            if (r.overdue()) {
                due.setText(Labels.text("complaint.dueOverdue", Labels.date(r.dueDate())));
                due.addClassName("lb-time-left--overdue");
            }
            return due;
        }).setKey("due").setHeader(Labels.text("complaint.field.dueDate"));
        grid.addColumn(r -> Labels.date(r.registeredOn())).setKey("registeredOn")
                .setHeader(Labels.text("complaint.field.registeredOn"));
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        Span count = new Span(Labels.text("complaints.count", rows.size()));
        count.setId("complaints-count");
        count.addClassName("lb-muted");
        add(count, grid);
    }

    private Div summary() {
        summary.removeAll();
        summary.setId("complaints-open-per-utility");
        summary.addClassName("lb-tiles");
        Map<UtilityService, Integer> open = queries.openPerUtility();
        for (UtilityService s : UtilityService.values()) {
            summary.add(tile("complaints-open-" + s.name().toLowerCase(java.util.Locale.ROOT), Labels.of(s),
                    open.getOrDefault(s, 0)));
        }
        summary.add(tile("complaints-open-supervisor", Labels.text("complaint.addressee.supervisor"),
                queries.openWithSupervisor()));
        return summary;
    }

    private static Div tile(String id, String label, int count) {
        Span name = new Span(label);
        name.addClassName("lb-tile-label");
        Span value = new Span(String.valueOf(count));
        value.addClassName("lb-tile-value");
        Div tile = new Div(name, value);
        tile.setId(id);
        tile.addClassName("lb-tile");
        if (count > 0) {
            tile.addClassName("lb-tile--due-soon");
        }
        return tile;
    }

    @Override
    public String getPageTitle() {
        return Labels.text("complaints.title") + " | " + getTranslation("app.title");
    }
}
