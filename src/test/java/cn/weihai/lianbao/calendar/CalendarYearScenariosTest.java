package cn.weihai.lianbao.calendar;

import cn.weihai.lianbao.calendar.api.AnnounceYear;
import cn.weihai.lianbao.calendar.api.YearAnnounced;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.InvalidInputException;
import cn.weihai.lianbao.shared.Role;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

/** Each November the State Council's notice arrives and an administrator enters next year. */
class CalendarYearScenariosTest {
    private static final Actor ADMIN = new Actor("admin", "系统管理员", Role.ADMIN, "威海市行政审批服务局");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final List<HolidayArrangement> NEW_YEAR_2027 = List.of(
            new HolidayArrangement("元旦", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 3), List.of()),
            new HolidayArrangement("春节", LocalDate.of(2027, 2, 6), LocalDate.of(2027, 2, 14),
                    List.of(LocalDate.of(2027, 2, 20))));

    private AggregateTestFixture<CalendarYear> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CalendarYear.class);
        fixture.registerInjectableResource(Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
                ZoneId.of("Asia/Shanghai")));
    }

    @Test
    void administratorEntersNextYearFromTheNotice() {
        fixture.givenNoPriorActivity()
                .when(new AnnounceYear(2027, NEW_YEAR_2027, " 国办发明电〔2026〕9号 ", ADMIN))
                .expectEvents(new YearAnnounced(2027, NEW_YEAR_2027, "国办发明电〔2026〕9号", ADMIN, TODAY));
    }

    @Test
    void enteringTheYearAgainCorrectsIt() {
        var corrected = List.of(NEW_YEAR_2027.get(0));
        fixture.given(new YearAnnounced(2027, NEW_YEAR_2027, "国办发明电〔2026〕9号", ADMIN, TODAY))
                .when(new AnnounceYear(2027, corrected, "国办发明电〔2026〕9号", ADMIN))
                .expectEvents(new YearAnnounced(2027, corrected, "国办发明电〔2026〕9号", ADMIN, TODAY));
    }

    @Test
    void badEntriesAreNamedFieldByField() {
        var bad = List.of(
                new HolidayArrangement(" ", LocalDate.of(2027, 5, 5), LocalDate.of(2027, 5, 1), List.of()),
                new HolidayArrangement("国庆节", LocalDate.of(2028, 10, 1), LocalDate.of(2028, 10, 7),
                        List.of(LocalDate.of(2027, 9, 29))), // a Wednesday
                new HolidayArrangement("元旦", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 3), List.of()),
                new HolidayArrangement("元旦重复", LocalDate.of(2027, 1, 3), LocalDate.of(2027, 1, 3), List.of()),
                new HolidayArrangement("春节", LocalDate.of(2027, 2, 6), LocalDate.of(2027, 2, 14),
                        List.of(LocalDate.of(2027, 2, 7), LocalDate.of(2027, 2, 20), LocalDate.of(2027, 2, 20))));
        fixture.givenNoPriorActivity()
                .when(new AnnounceYear(2027, bad, "", ADMIN))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage(allOf(
                        containsString("field=notice"),
                        containsString("field=arrangements[0].festival"),
                        containsString("field=arrangements[0].lastDayOff, messageKey=validation.calendar.endsBeforeStart"),
                        containsString("field=arrangements[1].firstDayOff, messageKey=validation.calendar.outsideYear"),
                        containsString("field=arrangements[1].adjustedWorkingDays[0], "
                                + "messageKey=validation.calendar.workdayNotWeekend"),
                        containsString("field=arrangements[3].firstDayOff, messageKey=validation.calendar.overlap"),
                        containsString("field=arrangements[4].adjustedWorkingDays[0], "
                                + "messageKey=validation.calendar.workdayIsDayOff"),
                        containsString("field=arrangements[4].adjustedWorkingDays[2], "
                                + "messageKey=validation.calendar.workdayTwice")))
                .expectNoEvents();
    }
}
