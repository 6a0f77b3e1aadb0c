package cn.weihai.lianbao.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;

import java.util.Arrays;
import java.util.List;

/**
 * Date pickers that write dates as the rest of the screens do (2027-01-01, in either language), with month and
 * weekday names in the user's language and weeks starting on Monday.
 */
public final class DatePickers {
    private DatePickers() {
    }

    public static DatePicker create(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setI18n(i18n());
        picker.setClearButtonVisible(true);
        return picker;
    }

    public static DatePickerI18n i18n() {
        return new DatePickerI18n()
                .setDateFormat("yyyy-MM-dd")
                .setFirstDayOfWeek(1)
                .setMonthNames(list("datePicker.monthNames"))
                .setWeekdays(list("datePicker.weekdays"))
                .setWeekdaysShort(list("datePicker.weekdaysShort"))
                .setToday(Labels.text("datePicker.today"))
                .setCancel(Labels.text("datePicker.cancel"))
                .setBadInputErrorMessage(Labels.text("validation.date.format"));
    }

    /** A comma-separated list of the bundle, e.g. the twelve month names. */
    private static List<String> list(String key) {
        return Arrays.stream(Labels.text(key).split(",")).map(String::strip).toList();
    }
}
