package cn.weihai.lianbao.calendar.api;

public final class CalendarYearId {
    private CalendarYearId() {
    }

    public static String of(int year) {
        return "calendar-" + year;
    }
}
