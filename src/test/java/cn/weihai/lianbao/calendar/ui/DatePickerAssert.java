package cn.weihai.lianbao.calendar.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

import static org.assertj.core.api.Assertions.assertThat;

final class DatePickerAssert {
    private DatePickerAssert() {
    }

    static void invalid(DatePicker picker, String message) {
        assertThat(picker.isInvalid()).as(picker.getLabel() + " invalid").isTrue();
        assertThat(picker.getErrorMessage()).isEqualTo(message);
    }
}
