package cn.weihai.lianbao.calendar.ui;

import cn.weihai.lianbao.calendar.HolidayArrangement;
import cn.weihai.lianbao.ui.DatePickers;
import cn.weihai.lianbao.ui.Labels;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** One festival of the notice being entered: its name, its days off and the weekend days worked instead (调休). */
class ArrangementRow extends Div {
    final TextField festival = new TextField(Labels.text("calendar.form.festival"));
    final DatePicker firstDayOff = DatePickers.create(Labels.text("calendar.form.firstDayOff"));
    final DatePicker lastDayOff = DatePickers.create(Labels.text("calendar.form.lastDayOff"));
    final List<DatePicker> workdays = new ArrayList<>();
    final Button addWorkdayButton = new Button(Labels.text("calendar.form.addWorkday"), VaadinIcon.PLUS.create());
    final Button remove = new Button(VaadinIcon.TRASH.create());
    private final Div workdayPickers = new Div();
    /** The pickers whose dates went into the last arrangement, in its order: error paths count in that list. */
    private List<DatePicker> sentWorkdays = List.of();
    /** Where an empty picker opens: the year being entered. */
    private LocalDate initialPosition;

    ArrangementRow(HolidayArrangement arrangement, Consumer<ArrangementRow> onRemove) {
        addClassName("lb-arrangement-row");
        festival.setPlaceholder(Labels.text("calendar.form.festival.placeholder"));
        workdayPickers.addClassName("lb-workdays");
        addWorkdayButton.addClickListener(click -> addWorkday(null));
        addWorkdayButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        addWorkdayButton.addClassName("lb-add-workday");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(Labels.text("calendar.form.removeRow"));
        remove.setTooltipText(Labels.text("calendar.form.removeRow"));
        remove.addClickListener(click -> onRemove.accept(this));
        Div workdayGroup = new Div(workdayPickers, addWorkdayButton);
        workdayGroup.addClassName("lb-workday-group");
        add(festival, firstDayOff, lastDayOff, workdayGroup, remove);

        if (arrangement == null) {
            addWorkday(null);
        } else {
            festival.setValue(arrangement.festival());
            firstDayOff.setValue(arrangement.firstDayOff());
            lastDayOff.setValue(arrangement.lastDayOff());
            arrangement.adjustedWorkingDays().forEach(this::addWorkday);
            if (workdays.isEmpty()) {
                addWorkday(null);
            }
        }
    }

    DatePicker addWorkday(LocalDate date) {
        DatePicker picker = DatePickers.create(Labels.text("calendar.form.workday"));
        picker.addClassName("lb-workday");
        picker.setInitialPosition(initialPosition);
        picker.setValue(date);
        workdays.add(picker);
        workdayPickers.add(picker);
        return picker;
    }

    /** Empty pickers open on this day (January 1 of the year being entered) rather than today. */
    void startAt(LocalDate day) {
        initialPosition = day;
        pickers().forEach(p -> p.setInitialPosition(day));
    }

    /** Nothing entered: the row is left out. */
    boolean isBlank() {
        return festival.getValue().isBlank() && firstDayOff.getValue() == null && lastDayOff.getValue() == null
                && workdays.stream().allMatch(w -> w.getValue() == null);
    }

    /** The row as entered; call only when {@link #firstDayOff} has a date. An empty last day means one day off. */
    HolidayArrangement arrangement() {
        sentWorkdays = workdays.stream().filter(w -> w.getValue() != null).toList();
        return new HolidayArrangement(festival.getValue(), firstDayOff.getValue(), lastDayOff.getValue(),
                sentWorkdays.stream().map(DatePicker::getValue).toList());
    }

    /** The picker of the {@code index}-th working day of the last arrangement. */
    HasValidation sentWorkday(int index) {
        return index < sentWorkdays.size() ? sentWorkdays.get(index) : null;
    }

    /** Pickers holding text that is not a date (the picker has no value and says so). */
    List<DatePicker> badInput() {
        return pickers().filter(p -> p.getValue() == null && p.isInvalid()).toList();
    }

    Stream<DatePicker> pickers() {
        return Stream.concat(Stream.of(firstDayOff, lastDayOff), workdays.stream());
    }

    Stream<HasValidation> fields() {
        return Stream.concat(Stream.of(festival), pickers());
    }
}
