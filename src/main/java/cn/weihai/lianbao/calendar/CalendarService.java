package cn.weihai.lianbao.calendar;

import org.springframework.stereotype.Service;

/** The working-day calendar in force: the shipped notices (administrator-entered years come on top). */
@Service
public class CalendarService {
    private volatile WorkingDayCalendar current = WorkingDayCalendar.shipped();

    public WorkingDayCalendar current() {
        return current;
    }
}
