package cn.weihai.lianbao.calendar.ui;

import cn.weihai.lianbao.calendar.CalendarYearQueries.YearInForce;
import cn.weihai.lianbao.ui.Badge;
import cn.weihai.lianbao.ui.Labels;

/** Where a year of the calendar comes from: entered by an administrator, shipped, or no notice yet. */
enum YearSource {
    ENTERED, SHIPPED, PROVISIONAL;

    static YearSource of(YearInForce year) {
        if (year.provisional()) {
            return PROVISIONAL;
        }
        return year.entry() != null ? ENTERED : SHIPPED;
    }

    Badge badge() {
        return new Badge(Labels.text("calendar.source." + name()), this);
    }
}
