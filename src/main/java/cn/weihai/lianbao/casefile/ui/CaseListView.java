package cn.weihai.lianbao.casefile.ui;

import cn.weihai.lianbao.casefile.api.CaseStatus;
import cn.weihai.lianbao.casefile.list.CaseFilter;
import cn.weihai.lianbao.casefile.list.CaseSort;
import cn.weihai.lianbao.casefile.list.CaseSummary;
import cn.weihai.lianbao.casefile.list.CaseSummaryQueries;
import cn.weihai.lianbao.deadline.Warning;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.ui.Badge;
import cn.weihai.lianbao.ui.Labels;
import cn.weihai.lianbao.ui.MainLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.function.Function;

/** 案件列表: every case, newest first, searchable; a click opens the case. The landing page after sign-in. */
@Route(value = "", layout = MainLayout.class)
@PermitAll
public class CaseListView extends VerticalLayout implements HasDynamicTitle {
    private final CaseSummaryQueries queries;
    private CaseFilter filter = CaseFilter.ALL;

    final TextField search = new TextField();
    final Select<CaseStatus> status = new Select<>();
    final Select<District> district = new Select<>();
    final Select<Warning> warning = new Select<>();
    final Grid<CaseSummary> grid = new Grid<>();
    final Span count = new Span();

    public CaseListView(CaseSummaryQueries queries) {
        this.queries = queries;
        addClassName("lb-page");
        setSizeFull();
        configureFilters();
        configureGrid();

        Button refresh = new Button(getTranslation("action.refresh"), VaadinIcon.REFRESH.create(), click -> refresh());
        refresh.setId("case-list-refresh");
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        count.setId("case-list-count");
        count.addClassName("lb-muted");
        HorizontalLayout toolbar = new HorizontalLayout(search, status, district, warning, refresh, count);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("lb-toolbar");
        add(new H2(getTranslation("cases.title")), toolbar, grid);
        refresh();
    }

    private void configureFilters() {
        search.setId("case-search");
        search.setLabel(getTranslation("cases.search.label"));
        search.setPlaceholder(getTranslation("cases.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMinWidth("20em");
        search.addValueChangeListener(e -> filterBy(filter.withText(e.getValue())));

        status.setId("case-status-filter");
        status.setLabel(getTranslation("cases.filter.status"));
        status.setItems(CaseStatus.values());
        filterChoice(status, Labels::of);
        status.addValueChangeListener(e -> filterBy(filter.withStatus(e.getValue())));

        district.setId("case-district-filter");
        district.setLabel(getTranslation("cases.filter.district"));
        district.setItems(District.values());
        filterChoice(district, Labels::shortOf);
        district.addValueChangeListener(e -> filterBy(filter.withDistrict(e.getValue())));

        warning.setId("case-warning-filter");
        warning.setLabel(getTranslation("cases.filter.warning"));
        warning.setItems(Warning.DUE_SOON, Warning.OVERDUE);
        filterChoice(warning, w -> getTranslation("clock.mark." + w.name()));
        warning.addValueChangeListener(e -> filterBy(filter.withWarning(e.getValue())));
    }

    private <E extends Enum<E>> void filterChoice(Select<E> select, Function<E, String> label) {
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("cases.filter.all"));
        select.setItemLabelGenerator(e -> e == null ? getTranslation("cases.filter.all") : label.apply(e));
    }

    private void configureGrid() {
        grid.setId("case-list");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("cases.empty"));
        grid.addColumn(CaseSummary::caseNumber).setKey("caseNumber").setHeader(getTranslation("cases.column.caseNumber"))
                .setSortProperty(CaseSort.Column.CASE_NUMBER.name()).setWidth("10rem").setFlexGrow(0);
        var acceptedOn = grid.addColumn(s -> Labels.date(s.acceptedOn())).setKey("acceptedOn")
                .setHeader(getTranslation("cases.column.acceptedOn"))
                .setSortProperty(CaseSort.Column.ACCEPTED_ON.name()).setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(CaseSummary::applicantName).setKey("applicant")
                .setHeader(getTranslation("cases.column.applicant")).setSortProperty(CaseSort.Column.APPLICANT.name())
                .setWidth("8.5rem").setFlexGrow(1);
        grid.addColumn(CaseSummary::projectName).setKey("project")
                .setHeader(getTranslation("cases.column.project")).setSortProperty(CaseSort.Column.PROJECT.name())
                .setWidth("8.5rem").setFlexGrow(1);
        grid.addColumn(s -> Labels.shortOf(s.district())).setKey("district")
                .setHeader(getTranslation("cases.column.district")).setSortProperty(CaseSort.Column.DISTRICT.name())
                .setWidth("5.5rem").setFlexGrow(0);
        grid.addColumn(s -> Labels.shortOf(s.channel())).setKey("channel")
                .setHeader(getTranslation("cases.column.channel")).setSortProperty(CaseSort.Column.CHANNEL.name())
                .setWidth("8rem").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(CaseListView::tracks)).setKey("tracks")
                .setHeader(getTranslation("cases.column.tracks")).setWidth("12rem").setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(s -> Badge.of(s.status()))).setKey("status")
                .setHeader(getTranslation("cases.column.status")).setSortProperty(CaseSort.Column.STATUS.name())
                .setWidth("7.5rem").setFlexGrow(0);
        grid.setItems(query -> queries.page(filter, query.getOffset(), query.getLimit(),
                sorts(query.getSortOrders())).stream(), query -> queries.count(filter));
        grid.sort(List.of(new GridSortOrder<>(acceptedOn, SortDirection.DESCENDING)));
        grid.addItemClickListener(click -> open(click.getItem()));
    }

    /** One short label per service with its track's status and any 临期/超期 alert, e.g. "供电 已踏勘 超期". */
    private static Component tracks(CaseSummary summary) {
        Div tracks = new Div();
        tracks.addClassName("lb-track-list");
        summary.tracks().forEach(t -> {
            Span service = new Span(Labels.shortOf(t.service()));
            service.addClassName("lb-track-service");
            Span track = new Span(service, new Badge(Labels.shortOf(t.status()), t.status()));
            ClockMark.of(t.warning()).ifPresent(mark -> track.add(mark.badge()));
            track.addClassName("lb-track-chip");
            tracks.add(track);
        });
        return tracks;
    }

    private static List<CaseSort> sorts(List<QuerySortOrder> orders) {
        return orders.stream().map(o -> new CaseSort(CaseSort.Column.valueOf(o.getSorted()),
                o.getDirection() == SortDirection.DESCENDING)).toList();
    }

    private void filterBy(CaseFilter newFilter) {
        filter = newFilter;
        refresh();
    }

    /** Reloads the grid: new cases reach the list a moment after they are accepted. */
    void refresh() {
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("cases.count", queries.count(filter)));
    }

    private void open(CaseSummary summary) {
        getUI().ifPresent(ui -> ui.navigate(CaseView.class, new RouteParameters(CaseView.CASE_NUMBER,
                summary.caseNumber())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cases.title") + " | " + getTranslation("app.title");
    }
}
