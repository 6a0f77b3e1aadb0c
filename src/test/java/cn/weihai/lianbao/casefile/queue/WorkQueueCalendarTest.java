package cn.weihai.lianbao.casefile.queue;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.calendar.CalendarService;
import cn.weihai.lianbao.calendar.HolidayArrangement;
import cn.weihai.lianbao.calendar.WorkingDayCalendar;
import cn.weihai.lianbao.calendar.api.YearAnnounced;
import cn.weihai.lianbao.casefile.TestCases;
import cn.weihai.lianbao.deadline.TimeLimitPolicy;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Role;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static cn.weihai.lianbao.casefile.TestCases.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A calendar year entered or corrected moves the queue's due dates. The correction is seen through a calendar of
 * this test's own: the application's calendar is shared by every test and stays as it is.
 */
class WorkQueueCalendarTest extends IntegrationTest {
    private static final Actor ADMIN = new Actor("admin", "系统管理员", Role.ADMIN, "威海市行政审批服务局");

    @Autowired
    CommandGateway commands;
    @Autowired
    CalendarService calendar;
    @Autowired
    CaseNumberAllocator numbers;
    @Autowired
    WorkQueueQueries queries;
    @Autowired
    WorkQueueTable table;
    @Autowired
    WorkQueueProjection projection;
    @Autowired
    TimeLimitPolicy limits;
    @Autowired
    Clock clock;

    private LocalDate dueOf(String caseNumber) {
        return queries.rowsOf(caseNumber).getFirst().dueOn();
    }

    @Test
    void anExtraDayOffBeforeTheDueDateMovesItByOneWorkingDay() {
        LocalDate today = LocalDate.now(clock);
        String caseNumber = numbers.allocate(today);
        commands.sendAndWait(TestCases.telecom(caseNumber, today, "待办日历测试公司", "待办日历测试项目"));
        await("the case in the queue", () -> queries.rowsOf(caseNumber).size() == 1);
        LocalDate dueBefore = dueOf(caseNumber);

        LocalDate extraDayOff = calendar.current().workingDaysAfter(today, 1);
        int year = extraDayOff.getYear();
        List<HolidayArrangement> corrected = new ArrayList<>(
                calendar.current().announcedYears().getOrDefault(year, List.of()));
        corrected.add(new HolidayArrangement("待办测试临时放假", extraDayOff, extraDayOff, List.of()));
        WorkingDayCalendar correctedCalendar = calendar.current().with(year, corrected);
        CalendarService correctedService = new CalendarService() {
            @Override
            public WorkingDayCalendar current() {
                return correctedCalendar;
            }
        };
        YearAnnounced announced = new YearAnnounced(year, corrected, "测试通知", ADMIN, today);

        try {
            new WorkQueueProjection(table, correctedService, limits).on(announced);
            assertThat(dueOf(caseNumber)).isEqualTo(correctedCalendar.workingDaysAfter(dueBefore, 1))
                    .isAfter(dueBefore);
        } finally {
            projection.on(announced); // the application's calendar: every open row as it was
        }
        assertThat(dueOf(caseNumber)).isEqualTo(dueBefore);
    }
}
