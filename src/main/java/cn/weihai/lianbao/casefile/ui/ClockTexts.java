package cn.weihai.lianbao.casefile.ui;

import cn.weihai.lianbao.deadline.ClockReading;
import cn.weihai.lianbao.ui.Labels;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** How the case page writes a clock: working days, the due date (marked when provisional), the days left. */
public final class ClockTexts {
    private ClockTexts() {
    }

    /** "5 个工作日". */
    static String workingDays(int days) {
        return Labels.text("clock.workingDays", days);
    }

    /**
     * The due date; when it relies on a year whose holidays are not announced yet, followed by a short note that
     * it is counted Monday–Friday for now.
     */
    public static Component dueDate(ClockReading clock) {
        Span date = new Span(Labels.date(clock.dueDate()));
        if (!clock.provisional()) {
            return date;
        }
        Span note = new Span(Labels.text("clock.provisional"));
        note.addClassName("lb-provisional");
        Span value = new Span(date, note);
        value.addClassName("lb-due-date--provisional");
        return value;
    }

    /** "2 个工作日", or "已超出 3 个工作日" once the limit is used up. */
    static String remaining(ClockReading clock) {
        int left = clock.remainingWorkingDays();
        return left >= 0 ? workingDays(left) : Labels.text("clock.overdueBy", -left);
    }
}
