package cn.weihai.lianbao.calendar;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.calendar.api.AnnounceYear;
import cn.weihai.lianbao.casefile.CaseFileQueries;
import cn.weihai.lianbao.casefile.api.Applicant;
import cn.weihai.lianbao.casefile.api.Commands.AcceptApplication;
import cn.weihai.lianbao.casefile.api.Project;
import cn.weihai.lianbao.casefile.api.ServiceSelection;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.ConstructionType;
import cn.weihai.lianbao.shared.CreditCode;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.Role;
import cn.weihai.lianbao.shared.UtilityService;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An administrator corrects this year's calendar: an open case's due date moves at once. */
class CalendarChangeTest extends IntegrationTest {
    private static final Actor ADMIN = new Actor("admin", "系统管理员", Role.ADMIN, "威海市行政审批服务局");

    @Autowired CommandGateway commands;
    @Autowired CaseFileQueries cases;
    @Autowired CalendarService calendar;
    @Autowired CaseNumberAllocator numbers;
    @Autowired Clock clock;

    @Test
    void anExtraDayOffInsideTheWindowMovesTheDueDateByOneWorkingDay() {
        LocalDate today = LocalDate.now(clock);
        String caseNumber = numbers.allocate(today);
        commands.sendAndWait(new AcceptApplication(caseNumber, today, Channel.AISHANDONG_APP,
                new Applicant("威海日历测试有限公司", CreditCode.complete("91371000MA3D0CAL1"), "王五", "13706310002"),
                new Project("日历测试项目", "CAL-" + caseNumber, "荣成市测试路2号", District.RONGCHENG,
                        ConstructionType.EXTENSION),
                List.of(ServiceSelection.of(UtilityService.DRAINAGE)), ADMIN));
        LocalDate dueBefore = cases.find(caseNumber).orElseThrow().track(UtilityService.DRAINAGE).orElseThrow()
                .clock().dueDate();

        LocalDate extraDayOff = calendar.current().workingDaysAfter(today, 1);
        int year = extraDayOff.getYear();
        List<HolidayArrangement> original = calendar.current().announcedYears().getOrDefault(year, List.of());
        List<HolidayArrangement> corrected = new ArrayList<>(original);
        corrected.add(new HolidayArrangement("测试临时放假", extraDayOff, extraDayOff, List.of()));
        try {
            commands.sendAndWait(new AnnounceYear(year, corrected, "测试通知", ADMIN));

            assertThat(calendar.current().isWorkingDay(extraDayOff)).isFalse();
            var drainage = cases.find(caseNumber).orElseThrow().track(UtilityService.DRAINAGE).orElseThrow();
            assertThat(drainage.clock().dueDate())
                    .isEqualTo(calendar.current().workingDaysAfter(dueBefore, 1))
                    .isAfter(dueBefore);
        } finally {
            commands.sendAndWait(new AnnounceYear(year, original.isEmpty() ? harmless(year) : original,
                    "测试后恢复", ADMIN));
        }
        assertThat(calendar.current().isWorkingDay(extraDayOff)).isTrue();
    }

    /** A year needs one arrangement; a Sunday already off changes nothing. */
    private static List<HolidayArrangement> harmless(int year) {
        LocalDate sunday = LocalDate.of(year, 1, 1);
        while (sunday.getDayOfWeek() != java.time.DayOfWeek.SUNDAY) {
            sunday = sunday.plusDays(1);
        }
        return List.of(new HolidayArrangement("—", sunday, sunday, List.of()));
    }
}
