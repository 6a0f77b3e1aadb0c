package cn.weihai.lianbao.supervision.ui;

import cn.weihai.lianbao.casefile.ui.CaseView;
import cn.weihai.lianbao.deadline.Warning;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.UtilityService;
import cn.weihai.lianbao.supervision.SupervisedTrack;
import cn.weihai.lianbao.supervision.SupervisionCounts;
import cn.weihai.lianbao.supervision.SupervisionFilter;
import cn.weihai.lianbao.supervision.SupervisionQueries;
import cn.weihai.lianbao.ui.Badge;
import cn.weihai.lianbao.ui.DatePickers;
import cn.weihai.lianbao.ui.Labels;
import cn.weihai.lianbao.ui.MainLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
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
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.util.Arrays;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * 全过程监管: counts of open, due-soon, overdue and connected tracks, and every track of every case with its stage
 * and time left, filtered and searched in the database and loaded page by page.
 */
@Route(value = "supervision", layout = MainLayout.class)
@RolesAllowed({"SUPERVISOR", "ADMIN"})
public class SupervisionView extends VerticalLayout implements HasDynamicTitle {
    /** A tile's value while the search text matches more tracks than are counted. */
    static final String UNCOUNTED = "—";
    private final SupervisionQueries queries;
    private SupervisionFilter filter = SupervisionFilter.ALL;

    final Span openCount = tileValue("supervision-open");
    final Span dueSoonCount = tileValue("supervision-due-soon");
    final Span overdueCount = tileValue("supervision-overdue");
    final Span completedCount = tileValue("supervision-completed");
    final TextField search = new TextField();
    final Select<UtilityService> service = new Select<>();
    final Select<District> district = new Select<>();
    final Select<Channel> channel = new Select<>();
    final Select<Warning> warning = new Select<>();
    final DatePicker from = DatePickers.create(getTranslation("supervision.filter.from"));
    final DatePicker to = DatePickers.create(getTranslation("supervision.filter.to"));
    final Grid<SupervisedTrack> grid = new Grid<>();
    final Span count = new Span();

    public SupervisionView(SupervisionQueries queries) {
        this.queries = queries;
        addClassName("lb-page");
        setSizeFull();
        Div tiles = new Div(tile("supervision.tile.open", openCount, null),
                tile("supervision.tile.dueSoon", dueSoonCount, Warning.DUE_SOON),
                tile("supervision.tile.overdue", overdueCount, Warning.OVERDUE),
                tile("supervision.tile.completed", completedCount, null));
        tiles.addClassName("lb-tiles");
        configureFilters();
        configureGrid();
        Button refresh = new Button(getTranslation("action.refresh"), VaadinIcon.REFRESH.create(), c -> refresh());
        refresh.setId("supervision-refresh");
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        count.setId("supervision-count");
        count.addClassName("lb-muted");
        HorizontalLayout toolbar = new HorizontalLayout(search, service, district, channel, warning, from, to,
                refresh, count);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("lb-toolbar");
        toolbar.setWrap(true);
        add(new H2(getTranslation("supervision.title")), tiles, toolbar, grid);
        refresh();
    }

    private static Span tileValue(String id) {
        Span value = new Span();
        value.setId(id);
        value.addClassName("lb-tile-value");
        return value;
    }

    private Div tile(String key, Span value, Warning mark) {
        Span label = new Span(getTranslation(key));
        label.addClassName("lb-tile-label");
        Div tile = new Div(label, value);
        tile.addClassName("lb-tile");
        if (mark != null) {
            tile.addClassName("lb-tile--" + mark.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
        return tile;
    }

    private void configureFilters() {
        search.setId("supervision-search");
        search.setLabel(getTranslation("supervision.search.label"));
        search.setPlaceholder(getTranslation("supervision.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMinWidth("16em");
        search.addValueChangeListener(e -> {
            // one character matches a large part of every city's names and no index can narrow it
            String text = e.getValue() == null ? "" : e.getValue().strip();
            boolean tooShort = text.codePointCount(0, text.length()) == 1;
            search.setInvalid(tooShort);
            search.setErrorMessage(tooShort ? getTranslation("supervision.search.tooShort") : null);
            filterBy(filter.withText(tooShort ? null : text));
        });

        choice(service, "supervision-service-filter", "supervision.filter.service", UtilityService.values(),
                Labels::shortOf);
        service.addValueChangeListener(e -> filterBy(filter.withService(e.getValue())));
        choice(district, "supervision-district-filter", "supervision.filter.district", District.values(),
                Labels::shortOf);
        district.addValueChangeListener(e -> filterBy(filter.withDistrict(e.getValue())));
        choice(channel, "supervision-channel-filter", "supervision.filter.channel",
                Arrays.stream(Channel.values()).filter(Channel::isIntakeChannel).toArray(Channel[]::new),
                Labels::shortOf);
        channel.addValueChangeListener(e -> filterBy(filter.withChannel(e.getValue())));
        choice(warning, "supervision-warning-filter", "supervision.filter.warning",
                new Warning[]{Warning.DUE_SOON, Warning.OVERDUE}, w -> getTranslation("clock.mark." + w.name()));
        warning.addValueChangeListener(e -> filterBy(filter.withWarning(e.getValue())));

        from.setId("supervision-from");
        from.addValueChangeListener(e -> {
            to.setMin(e.getValue());
            filterBy(filter.withFrom(e.getValue()));
        });
        to.setId("supervision-to");
        to.addValueChangeListener(e -> {
            from.setMax(e.getValue());
            filterBy(filter.withTo(e.getValue()));
        });
    }

    private <E extends Enum<E>> void choice(Select<E> select, String id, String labelKey, E[] items,
                                            Function<E, String> label) {
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setItems(items);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("cases.filter.all"));
        select.setItemLabelGenerator(e -> e == null ? getTranslation("cases.filter.all") : label.apply(e));
    }

    private void configureGrid() {
        grid.setId("supervision-list");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("supervision.empty"));
        grid.addColumn(new ComponentRenderer<>(SupervisionView::caseLink)).setKey("caseNumber")
                .setHeader(getTranslation("cases.column.caseNumber")).setWidth("10rem").setFlexGrow(0);
        grid.addColumn(t -> Labels.date(t.acceptedOn())).setKey("acceptedOn")
                .setHeader(getTranslation("cases.column.acceptedOn")).setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(SupervisedTrack::applicantName).setKey("applicant")
                .setHeader(getTranslation("cases.column.applicant")).setWidth("8rem").setFlexGrow(1);
        grid.addColumn(SupervisedTrack::projectName).setKey("project")
                .setHeader(getTranslation("cases.column.project")).setWidth("8rem").setFlexGrow(1);
        grid.addColumn(t -> Labels.shortOf(t.district())).setKey("district")
                .setHeader(getTranslation("cases.column.district")).setWidth("5.5rem").setFlexGrow(0);
        grid.addColumn(t -> Labels.shortOf(t.channel())).setKey("channel")
                .setHeader(getTranslation("cases.column.channel")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(t -> Labels.shortOf(t.service())).setKey("service")
                .setHeader(getTranslation("supervision.column.service")).setWidth("5rem").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(t -> new Badge(Labels.shortOf(t.status()), t.status())))
                .setKey("stage").setHeader(getTranslation("supervision.column.stage")).setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(t -> Labels.date(t.dueOn())).setKey("dueOn")
                .setHeader(getTranslation("supervision.column.dueOn")).setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::timeLeft)).setKey("timeLeft")
                .setHeader(getTranslation("supervision.column.timeLeft")).setWidth("9rem").setFlexGrow(0);
        grid.setItems(query -> queries.page(filter, query.getOffset(), query.getLimit()).stream(),
                query -> queries.count(filter));
    }

    private static Component caseLink(SupervisedTrack t) {
        RouterLink link = new RouterLink(t.caseNumber(), CaseView.class,
                new RouteParameters(CaseView.CASE_NUMBER, t.caseNumber()));
        link.addClassName("lb-case-link");
        return link;
    }

    /** Working days left (red when overdue) with the 临期/超期 mark; how it ended for a finished track. */
    Component timeLeft(SupervisedTrack t) {
        Span cell = new Span();
        cell.addClassName("lb-time-left");
        OptionalInt left = queries.timeLeft(t);
        if (left.isEmpty()) {
            cell.setText(getTranslation("supervision.timeLeft.ended", Labels.date(t.endedOn())));
            if (t.onTime() != null) {
                cell.add(new Badge(getTranslation(t.onTime() ? "clock.mark.ON_TIME" : "clock.mark.LATE"),
                        t.onTime() ? ClockState.ON_TIME : ClockState.LATE));
            }
            return cell;
        }
        int days = left.getAsInt();
        if (t.isWaiting()) {
            cell.setText(getTranslation("supervision.timeLeft.paused", days));
        } else if (days < 0) {
            cell.setText(getTranslation("supervision.timeLeft.overdue", -days));
            cell.addClassName("lb-time-left--overdue");
        } else {
            cell.setText(getTranslation("supervision.timeLeft.left", days));
        }
        if (t.warning() != Warning.NONE) {
            cell.add(new Badge(getTranslation("clock.mark." + t.warning().name()), t.warning()));
        }
        return cell;
    }

    /** Badge colours for a finished track (lb-badge--on-time / lb-badge--late). */
    private enum ClockState { ON_TIME, LATE }

    private void filterBy(SupervisionFilter newFilter) {
        filter = newFilter;
        refresh();
    }

    /** Reloads tiles and grid: changes reach the projection a moment after the commands. */
    void refresh() {
        grid.getDataProvider().refreshAll();
        SupervisionQueries.Totals totals = queries.totals(filter);
        SupervisionCounts c = totals.counts();
        openCount.setText(c == null ? UNCOUNTED : Long.toString(c.open()));
        dueSoonCount.setText(c == null ? UNCOUNTED : Long.toString(c.dueSoon()));
        overdueCount.setText(c == null ? UNCOUNTED : Long.toString(c.overdue()));
        completedCount.setText(c == null ? UNCOUNTED : Long.toString(c.completed()));
        count.setText(totals.complete() ? getTranslation("supervision.count", totals.tracks())
                : getTranslation("supervision.count.overLimit", totals.tracks()));
    }

    SupervisionFilter filter() {
        return filter;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("supervision.title") + " | " + getTranslation("app.title");
    }
}
