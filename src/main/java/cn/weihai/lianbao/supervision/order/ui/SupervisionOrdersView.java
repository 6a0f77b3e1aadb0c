package cn.weihai.lianbao.supervision.order.ui;

import cn.weihai.lianbao.casefile.ui.CaseView;
import cn.weihai.lianbao.deadline.Warning;
import cn.weihai.lianbao.identity.CurrentUser;
import cn.weihai.lianbao.identity.StaffUser;
import cn.weihai.lianbao.supervision.order.SupervisionOrderQueries;
import cn.weihai.lianbao.supervision.order.SupervisionOrderQueries.Filter;
import cn.weihai.lianbao.supervision.order.SupervisionOrderRow;
import cn.weihai.lianbao.ui.Badge;
import cn.weihai.lianbao.ui.Labels;
import cn.weihai.lianbao.ui.MainLayout;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;

import java.util.Locale;

/**
 * 督办事项: the supervision orders the user is concerned with, earliest due date first. Supervisors see all of
 * them, utility staff their utility's, the window the whole-case orders. A click opens the case.
 */
@Route(value = "orders", layout = MainLayout.class)
@PermitAll
public class SupervisionOrdersView extends VerticalLayout implements HasDynamicTitle {
    static final int LIMIT = 500;

    private final SupervisionOrderQueries queries;
    private final StaffUser user;
    final Select<Filter> filter = new Select<>();
    final Grid<SupervisionOrderRow> grid = new Grid<>();

    public SupervisionOrdersView(SupervisionOrderQueries queries, CurrentUser currentUser) {
        this.queries = queries;
        this.user = currentUser.get().orElseThrow();
        addClassName("lb-page");
        H2 title = new H2(Labels.text("orders.title"));
        filter.setId("orders-filter");
        filter.setLabel(Labels.text("orders.filter"));
        filter.setItems(Filter.values());
        filter.setItemLabelGenerator(f -> Labels.text("orders.filter." + f.name().toLowerCase(Locale.ROOT)));
        filter.setValue(Filter.OPEN);
        filter.addValueChangeListener(e -> refresh());

        grid.setId("orders-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(SupervisionOrderRow::caseNumber).setHeader(Labels.text("orders.column.case"))
                .setKey("case").setAutoWidth(true);
        grid.addColumn(r -> Labels.text("orders.column.numberValue", r.number()))
                .setHeader(Labels.text("orders.column.number")).setKey("number").setAutoWidth(true);
        grid.addColumn(r -> r.service() == null ? Labels.text("order.scope.case") : Labels.of(r.service()))
                .setHeader(Labels.text("orders.field.scope")).setKey("scope").setAutoWidth(true);
        grid.addColumn(SupervisionOrderRow::reason).setHeader(Labels.text("orders.field.reason")).setKey("reason")
                .setFlexGrow(1);
        grid.addColumn(r -> Labels.date(r.issuedOn())).setHeader(Labels.text("orders.field.issuedOn"))
                .setKey("issuedOn").setAutoWidth(true);
        grid.addColumn(r -> Labels.date(r.dueDate())).setHeader(Labels.text("orders.field.dueDate"))
                .setKey("dueDate").setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Span marks = new Span(Badge.of(r.status()));
            if (r.overdue()) {
                marks.add(new Badge(Labels.text("orders.overdue"), Warning.OVERDUE));
            }
            return marks;
        }).setHeader(Labels.text("orders.column.status")).setKey("status").setAutoWidth(true);
        grid.addItemClickListener(click -> UI.getCurrent().navigate(CaseView.class,
                new RouteParameters(CaseView.CASE_NUMBER, click.getItem().caseNumber())));
        add(title, filter, grid);
        setSizeFull();
        refresh();
    }

    void refresh() {
        grid.setItems(queries.list(user, filter.getValue(), LIMIT));
    }

    @Override
    public String getPageTitle() {
        return Labels.text("orders.title") + " | " + Labels.text("app.title");
    }
}
