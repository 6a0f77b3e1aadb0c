package cn.weihai.lianbao.supervision.ui;

import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.UtilityService;
import cn.weihai.lianbao.supervision.OverdueMonth;
import cn.weihai.lianbao.supervision.Performance;
import cn.weihai.lianbao.supervision.StatisticsFilter;
import cn.weihai.lianbao.supervision.StatisticsQueries;
import cn.weihai.lianbao.ui.DatePickers;
import cn.weihai.lianbao.ui.MainLayout;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 统计分析: on-time rate and average working days of connected tracks per service, district and month, and the
 * overdue trend; each as a chart (SVG drawn on the server) and as a table, all downloadable as one CSV.
 */
@Route(value = "statistics", layout = MainLayout.class)
@RolesAllowed({"SUPERVISOR", "ADMIN"})
public class StatisticsView extends VerticalLayout implements HasDynamicTitle {
    static final String CSV = "text/csv;charset=UTF-8";

    private final StatisticsQueries queries;
    private volatile StatisticsFilter filter = StatisticsFilter.ALL;

    final DatePicker from = DatePickers.create(getTranslation("supervision.filter.from"));
    final DatePicker to = DatePickers.create(getTranslation("supervision.filter.to"));
    final Select<District> district = new Select<>();
    final Div content = new Div();

    public StatisticsView(StatisticsQueries queries) {
        this.queries = queries;
        addClassName("lb-page");
        from.setId("statistics-from");
        to.setId("statistics-to");
        from.addValueChangeListener(e -> {
            to.setMin(e.getValue());
            filterBy(new StatisticsFilter(e.getValue(), filter.to(), filter.district()));
        });
        to.addValueChangeListener(e -> {
            from.setMax(e.getValue());
            filterBy(new StatisticsFilter(filter.from(), e.getValue(), filter.district()));
        });
        district.setId("statistics-district");
        district.setLabel(getTranslation("supervision.filter.district"));
        district.setItems(District.values());
        district.setEmptySelectionAllowed(true);
        district.setEmptySelectionCaption(getTranslation("cases.filter.all"));
        district.setItemLabelGenerator(d -> d == null ? getTranslation("cases.filter.all") : label(d));
        district.addValueChangeListener(e -> filterBy(new StatisticsFilter(filter.from(), filter.to(),
                e.getValue())));

        Locale locale = getLocale();
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csv(locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "statistics.csv", CSV, bytes.length);
        }), AttachmentType.DOWNLOAD, "");
        csv.setId("statistics-csv");
        csv.add(VaadinIcon.DOWNLOAD_ALT.create());
        csv.add(getTranslation("statistics.csv"));
        HorizontalLayout toolbar = new HorizontalLayout(from, to, district, csv);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("lb-toolbar");
        content.setId("statistics-content");
        content.setWidthFull();
        add(new H2(getTranslation("statistics.title")), toolbar, content);
        render();
    }

    private void filterBy(StatisticsFilter newFilter) {
        filter = newFilter;
        render();
    }

    /** Charts and tables for the current filter. */
    void render() {
        content.removeAll();
        section("byService", queries.byService(filter), p -> label(UtilityService.valueOf(p.group())));
        section("byDistrict", queries.byDistrict(filter), p -> p.group().isEmpty() ? getTranslation("common.empty")
                : label(District.valueOf(p.group())));
        section("byMonth", queries.byMonth(filter), Performance::group);
        List<OverdueMonth> trend = queries.overdueTrend(filter);
        String title = getTranslation("statistics.overdueTrend");
        content.add(new H3(title), chart("statistics-chart-overdue", SvgChart.line(title, trend.stream()
                .map(m -> new SvgChart.Datum(m.month().toString(), m.overdue(), Long.toString(m.overdue())))
                .toList(), getTranslation("statistics.noData"))));
        Grid<OverdueMonth> grid = new Grid<>();
        grid.setId("statistics-table-overdue");
        grid.addColumn(m -> m.month().toString()).setHeader(getTranslation("statistics.column.month"));
        grid.addColumn(OverdueMonth::overdue).setHeader(getTranslation("statistics.column.overdue"));
        grid.setItems(trend);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        content.add(grid);
    }

    private void section(String name, List<Performance> rows, java.util.function.Function<Performance, String> label) {
        String title = getTranslation("statistics." + name);
        Div charts = new Div(
                chart("statistics-chart-" + name + "-rate", SvgChart.bars(
                        title + " · " + getTranslation("statistics.column.onTimeRate"),
                        rows.stream().map(p -> new SvgChart.Datum(label.apply(p), p.onTimeRate() * 100,
                                percent(p))).toList(), 100, getTranslation("statistics.noData"))),
                chart("statistics-chart-" + name + "-days", SvgChart.bars(
                        title + " · " + getTranslation("statistics.column.avgDays"),
                        rows.stream().map(p -> new SvgChart.Datum(label.apply(p), p.avgWorkingDays(),
                                days(p))).toList(), 0, getTranslation("statistics.noData"))));
        charts.addClassName("lb-chart-pair");
        Grid<Performance> grid = new Grid<>();
        grid.setId("statistics-table-" + name);
        grid.addColumn(label::apply).setHeader(getTranslation("statistics.column." + name));
        grid.addColumn(Performance::connected).setHeader(getTranslation("statistics.column.connected"));
        grid.addColumn(Performance::onTime).setHeader(getTranslation("statistics.column.onTime"));
        grid.addColumn(StatisticsView::percent).setHeader(getTranslation("statistics.column.onTimeRate"));
        grid.addColumn(StatisticsView::days).setHeader(getTranslation("statistics.column.avgDays"));
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        content.add(new H3(title), charts, grid);
    }

    private static Svg chart(String id, String svg) {
        Svg chart = new Svg(svg);
        chart.setId(id);
        chart.addClassName("lb-chart-box");
        return chart;
    }

    static String percent(Performance p) {
        return String.format(Locale.ROOT, "%.1f%%", p.onTimeRate() * 100);
    }

    static String days(Performance p) {
        return String.format(Locale.ROOT, "%.1f", p.avgWorkingDays());
    }

    private String label(Enum<?> value) {
        return getTranslation("short." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /** Every table of the page for the current filter, in the page's language. */
    byte[] csv(Locale locale) {
        StatisticsFilter f = filter;
        List<List<String>> rows = new ArrayList<>();
        String scope = t(locale, "statistics.column.scope");
        for (var part : List.of("byService", "byDistrict", "byMonth")) {
            List<Performance> data = switch (part) {
                case "byService" -> queries.byService(f);
                case "byDistrict" -> queries.byDistrict(f);
                default -> queries.byMonth(f);
            };
            for (Performance p : data) {
                String group = switch (part) {
                    case "byService" -> t(locale, "short.UtilityService." + p.group());
                    case "byDistrict" -> p.group().isEmpty() ? "" : t(locale, "short.District." + p.group());
                    default -> p.group();
                };
                rows.add(List.of(t(locale, "statistics." + part), group, Long.toString(p.connected()),
                        Long.toString(p.onTime()), percent(p), days(p), ""));
            }
        }
        for (OverdueMonth m : queries.overdueTrend(f)) {
            rows.add(List.of(t(locale, "statistics.overdueTrend"), m.month().toString(), "", "", "", "",
                    Long.toString(m.overdue())));
        }
        return StatisticsCsv.of(List.of(scope, t(locale, "statistics.column.group"),
                t(locale, "statistics.column.connected"), t(locale, "statistics.column.onTime"),
                t(locale, "statistics.column.onTimeRate"), t(locale, "statistics.column.avgDays"),
                t(locale, "statistics.column.overdue")), rows);
    }

    private String t(Locale locale, String key) {
        return getTranslation(locale, key);
    }

    StatisticsFilter filter() {
        return filter;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("statistics.title") + " | " + getTranslation("app.title");
    }

}
