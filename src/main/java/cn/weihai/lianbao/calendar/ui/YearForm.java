package cn.weihai.lianbao.calendar.ui;

import cn.weihai.lianbao.calendar.CalendarYearQueries.YearInForce;
import cn.weihai.lianbao.calendar.HolidayArrangement;
import cn.weihai.lianbao.shared.InvalidInputException;
import cn.weihai.lianbao.ui.Labels;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

/**
 * Enter or correct one year from the State Council's notice: the year, the notice's number and one row per
 * festival. Saving announces the year; what the calendar refuses is shown at the fields concerned, and nothing
 * entered is lost.
 */
class YearForm extends Div {
    /** Sends the year; throws {@link InvalidInputException} (possibly wrapped) when the entry is refused. */
    @FunctionalInterface
    interface Announcer {
        void announce(int year, List<HolidayArrangement> arrangements, String notice);
    }

    final IntegerField year = new IntegerField(Labels.text("calendar.form.year"));
    final TextField notice = new TextField(Labels.text("calendar.form.notice"));
    final Div rows = new Div();
    final Span formError = new Span();
    final Button addRow = new Button(Labels.text("calendar.form.addRow"), VaadinIcon.PLUS.create(),
            click -> addRow(null));
    final Button save = new Button(Labels.text("calendar.form.save"));
    final List<ArrangementRow> arrangementRows = new ArrayList<>();

    private final Announcer announcer;
    private final Supplier<FieldErrors> newErrors;
    /** The rows that went into the last announcement, in its order: error paths count in that list. */
    private List<ArrangementRow> sentRows = List.of();

    YearForm(Announcer announcer, Supplier<FieldErrors> newErrors, IntPredicate announced, IntConsumer saved) {
        this.announcer = announcer;
        this.newErrors = newErrors;
        setId("calendar-form");
        addClassName("lb-year-form");
        year.setId("calendar-form-year");
        year.addValueChangeListener(e -> {
            year.setHelperText(e.getValue() != null && announced.test(e.getValue())
                    ? Labels.text("calendar.form.year.replaces") : null);
            arrangementRows.forEach(r -> r.startAt(firstDayOfYear()));
        });
        notice.setId("calendar-form-notice");
        notice.setPlaceholder(Labels.text("calendar.form.notice.placeholder"));
        notice.addClassName("lb-notice-field");
        rows.setId("calendar-form-rows");
        rows.addClassName("lb-arrangement-rows");
        formError.setId("calendar-form-error");
        formError.addClassName("lb-form-error");
        formError.setVisible(false);
        addRow.setId("calendar-form-add-row");
        addRow.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        save.addClickListener(click -> {
            if (save()) {
                saved.accept(year.getValue());
            }
        });
        save.setId("calendar-form-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout head = new HorizontalLayout(year, notice);
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        head.addClassName("lb-toolbar");
        add(head, rows, formError, new HorizontalLayout(addRow, save));
    }

    /** A blank entry for {@code newYear}. */
    void blank(int newYear) {
        fill(newYear, "", List.of());
    }

    /** The year as it stands, to correct it. */
    void edit(YearInForce shown) {
        fill(shown.year(), shown.notice() == null ? "" : shown.notice(), shown.arrangements());
    }

    private void fill(int newYear, String noticeNumber, List<HolidayArrangement> arrangements) {
        FieldErrors.clear(fields(), formError);
        year.setValue(newYear);
        notice.setValue(noticeNumber);
        rows.removeAll();
        arrangementRows.clear();
        arrangements.forEach(this::addRow);
        if (arrangements.isEmpty()) {
            addRow(null);
        }
    }

    ArrangementRow addRow(HolidayArrangement arrangement) {
        ArrangementRow row = new ArrangementRow(arrangement, this::removeRow);
        row.startAt(firstDayOfYear());
        arrangementRows.add(row);
        rows.add(row);
        return row;
    }

    private LocalDate firstDayOfYear() {
        Integer y = year.getValue();
        return y == null || y < 1 || y > 9999 ? null : LocalDate.of(y, 1, 1);
    }

    private void removeRow(ArrangementRow row) {
        arrangementRows.remove(row);
        rows.remove(row);
    }

    /** Announces the year as entered; returns whether it was saved (otherwise the errors are at the fields). */
    boolean save() {
        FieldErrors errors = newErrors.get();
        List<ArrangementRow> filled = arrangementRows.stream().filter(r -> !r.isBlank()).toList();
        // a picker holding text that is no date has no value: ask before the marks are cleared
        filled.forEach(r -> r.badInput().stream().filter(p -> p != r.firstDayOff)
                .forEach(p -> errors.add(p, "validation.date.format")));
        FieldErrors.clear(fields(), formError);
        if (year.getValue() == null) {
            errors.add(year, "validation.required");
        }
        filled.stream().filter(r -> r.firstDayOff.getValue() == null)
                .forEach(r -> errors.add(r.firstDayOff, "validation.required"));
        if (errors.isEmpty()) {
            sentRows = filled;
            try {
                announcer.announce(year.getValue(), filled.stream().map(ArrangementRow::arrangement).toList(),
                        notice.getValue());
                return true;
            } catch (RuntimeException e) {
                errors.addAll(FieldErrors.invalidInput(e).orElseThrow(() -> e).violations(), this::field);
            }
        }
        errors.show(formError);
        return false;
    }

    /** The field a path of the calendar's validation names, or null for the form as a whole. */
    private HasValidation field(FieldPath path) {
        if (path.row() == null) {
            return switch (path.name()) {
                case "year" -> year;
                case "notice" -> notice;
                default -> null;
            };
        }
        if (path.row() >= sentRows.size()) {
            return null;
        }
        ArrangementRow row = sentRows.get(path.row());
        return switch (path.name()) {
            case "festival" -> row.festival;
            case "firstDayOff" -> row.firstDayOff;
            case "lastDayOff" -> row.lastDayOff;
            case "adjustedWorkingDays" -> path.item() == null ? null : row.sentWorkday(path.item());
            default -> null;
        };
    }

    private List<HasValidation> fields() {
        List<HasValidation> all = new ArrayList<>(List.of(year, notice));
        arrangementRows.forEach(r -> r.fields().forEach(all::add));
        return all;
    }
}
