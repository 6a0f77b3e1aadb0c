package cn.weihai.lianbao.calendar.ui;

import cn.weihai.lianbao.calendar.CalendarYearQueries.YearInForce;
import cn.weihai.lianbao.calendar.HolidayArrangement;
import cn.weihai.lianbao.ui.Labels;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The years of the calendar in force, oldest first: each festival's days off and 调休 working days, which notice
 * the year follows and who entered it; a year without a notice is said to be counted Monday–Friday.
 */
class YearList extends Div {
    private final Consumer<YearInForce> onEdit;
    private final Function<String, String> displayName;

    /**
     * @param onEdit      opens a year in the form
     * @param displayName a user's name for display, by username
     */
    YearList(Consumer<YearInForce> onEdit, Function<String, String> displayName) {
        this.onEdit = onEdit;
        this.displayName = displayName;
        setId("calendar-years");
        addClassName("lb-year-list");
    }

    /** Shows the years; the ones from {@code openFrom} on are opened. */
    void show(List<YearInForce> years, int openFrom) {
        removeAll();
        years.forEach(y -> add(year(y, y.year() >= openFrom)));
    }

    private Details year(YearInForce y, boolean opened) {
        Span title = new Span(Labels.text("calendar.year", String.valueOf(y.year())));
        title.addClassName("lb-year-title");
        Div summary = new Div(title, YearSource.of(y).badge());
        about(y).forEach(text -> {
            Span part = new Span(text);
            part.addClassName("lb-muted");
            summary.add(part);
        });
        summary.addClassName("lb-year-summary");

        Button edit = new Button(Labels.text(y.provisional() ? "calendar.action.enter" : "calendar.action.correct"),
                VaadinIcon.EDIT.create(), click -> onEdit.accept(y));
        edit.setId("calendar-edit-" + y.year());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Component content = y.provisional() ? new Paragraph(Labels.text("calendar.provisional.text"))
                : arrangements(y.arrangements());
        Div body = new Div(content, edit);
        body.addClassName("lb-year-body");

        Details details = new Details(summary, body);
        details.setId("calendar-year-" + y.year());
        details.addClassName("lb-year");
        details.setOpened(opened);
        return details;
    }

    /** The notice's number, and who entered the year when. */
    private List<String> about(YearInForce y) {
        List<String> parts = new ArrayList<>();
        if (y.notice() != null && !y.notice().isBlank()) {
            parts.add(Labels.text("calendar.notice", y.notice()));
        }
        if (y.entry() != null) {
            parts.add(Labels.text("calendar.entered", displayName.apply(y.entry().announcedBy()),
                    Labels.date(y.entry().announcedOn())));
        }
        return parts;
    }

    private static Grid<HolidayArrangement> arrangements(List<HolidayArrangement> arrangements) {
        Grid<HolidayArrangement> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(HolidayArrangement::festival).setKey("festival")
                .setHeader(Labels.text("calendar.column.festival")).setWidth("9rem").setFlexGrow(0);
        grid.addColumn(YearList::daysOff).setKey("daysOff").setHeader(Labels.text("calendar.column.daysOff"))
                .setWidth("13rem").setFlexGrow(0);
        grid.addColumn(h -> Labels.text("calendar.dayCount", h.daysOff().size())).setKey("dayCount")
                .setHeader(Labels.text("calendar.column.dayCount")).setWidth("6rem").setFlexGrow(0);
        grid.addColumn(YearList::workdays).setKey("workdays").setHeader(Labels.text("calendar.column.workdays"))
                .setFlexGrow(1);
        grid.setItems(arrangements);
        return grid;
    }

    private static String daysOff(HolidayArrangement h) {
        return h.firstDayOff().equals(h.lastDayOff()) ? Labels.date(h.firstDayOff())
                : Labels.text("calendar.daysOff", Labels.date(h.firstDayOff()), Labels.date(h.lastDayOff()));
    }

    /** "2026-02-14（星期六）、2026-02-28（星期六）", or "—". */
    private static String workdays(HolidayArrangement h) {
        if (h.adjustedWorkingDays().isEmpty()) {
            return Labels.empty();
        }
        return h.adjustedWorkingDays().stream().map(YearList::withWeekday)
                .collect(Collectors.joining(Labels.text("list.separator")));
    }

    static String withWeekday(LocalDate date) {
        String weekday = DateTimeFormatter.ofPattern("EEEE", UI.getCurrent().getLocale()).format(date);
        return Labels.text("calendar.workday", Labels.date(date), weekday);
    }
}
