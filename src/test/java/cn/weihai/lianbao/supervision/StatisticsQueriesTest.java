package cn.weihai.lianbao.supervision;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.calendar.CalendarService;
import cn.weihai.lianbao.calendar.WorkingDayCalendar;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.District;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static cn.weihai.lianbao.casefile.TestCases.await;
import static cn.weihai.lianbao.shared.UtilityService.TELECOM;
import static cn.weihai.lianbao.shared.UtilityService.WATER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Statistics over cases this test accepts on one random past working day in 南海新区: the filter (that day, that
 * district) keeps other tests' cases out of the figures.
 */
class StatisticsQueriesTest extends IntegrationTest {
    @Autowired
    CommandGateway commands;
    @Autowired
    CaseNumberAllocator caseNumbers;
    @Autowired
    CalendarService calendarService;
    @Autowired
    StatisticsQueries statistics;

    /** A working day in 2024 on which no other case of 南海新区 was accepted. */
    static LocalDate unusedDay(WorkingDayCalendar calendar, StatisticsQueries statistics) {
        while (true) {
            LocalDate d = LocalDate.of(2024, 1, 2).plusDays(ThreadLocalRandom.current().nextInt(300));
            if (calendar.isWorkingDay(d)
                    && statistics.byService(new StatisticsFilter(d, d, District.NANHAI)).isEmpty()
                    && statistics.overdueTrend(new StatisticsFilter(d, d, District.NANHAI)).isEmpty()) {
                return d;
            }
        }
    }

    @Test
    void onTimeRateAndAverageWorkingDaysPerServiceDistrictAndMonthAndTheOverdueTrend() {
        WorkingDayCalendar calendar = calendarService.current();
        LocalDate day = unusedDay(calendar, statistics);
        StatisticsFilter filter = new StatisticsFilter(day, day, District.NANHAI);
        var cases = new SupervisionCases(commands, caseNumbers);
        String token = UUID.randomUUID().toString().substring(0, 8);

        String quick = cases.accept(token, "快", day, District.NANHAI, Channel.GOV_SERVICE_CENTER, TELECOM);
        LocalDate quickEnd = calendar.workingDaysAfter(day, 3);
        cases.connect(quick, TELECOM, quickEnd);
        String slow = cases.accept(token, "慢", day, District.NANHAI, Channel.GOV_SERVICE_CENTER, TELECOM);
        LocalDate slowEnd = calendar.workingDaysAfter(day, 9);
        cases.connect(slow, TELECOM, slowEnd);
        String water = cases.accept(token, "水", day, District.NANHAI, Channel.SHARED_HALL, WATER, TELECOM);
        LocalDate waterEnd = calendar.workingDaysAfter(day, 5);
        cases.connect(water, WATER, waterEnd); // its telecom track stays open, long past its due date

        await("three connected tracks and two overdue in the statistics", () ->
                statistics.byDistrict(filter).stream().mapToLong(Performance::connected).sum() == 3
                        && statistics.overdueTrend(filter).stream().mapToLong(OverdueMonth::overdue).sum() == 2);

        List<Performance> byService = statistics.byService(filter);
        assertThat(byService).extracting(Performance::group).containsExactly("TELECOM", "WATER");
        Performance telecom = byService.getFirst();
        assertThat(telecom.connected()).isEqualTo(2);
        assertThat(telecom.onTime()).isEqualTo(1);
        assertThat(telecom.onTimeRate()).isEqualTo(0.5);
        assertThat(telecom.avgWorkingDays()).isCloseTo(6.0, within(0.001));
        Performance waterRow = byService.get(1);
        assertThat(waterRow.onTimeRate()).isEqualTo(1.0);
        assertThat(waterRow.avgWorkingDays()).isCloseTo(5.0, within(0.001));

        Performance district = statistics.byDistrict(filter).getFirst();
        assertThat(district.group()).isEqualTo("NANHAI");
        assertThat(district.onTime()).isEqualTo(2);
        assertThat(district.avgWorkingDays()).isCloseTo((3 + 9 + 5) / 3.0, within(0.001));

        Map<String, long[]> months = new TreeMap<>();
        for (LocalDate end : List.of(quickEnd, slowEnd, waterEnd)) {
            long[] m = months.computeIfAbsent(YearMonth.from(end).toString(), k -> new long[2]);
            m[0]++;
            m[1] += end.equals(slowEnd) ? 0 : 1;
        }
        assertThat(statistics.byMonth(filter)).extracting(Performance::group)
                .containsExactlyElementsOf(months.keySet());
        statistics.byMonth(filter).forEach(p -> {
            assertThat(p.connected()).isEqualTo(months.get(p.group())[0]);
            assertThat(p.onTime()).isEqualTo(months.get(p.group())[1]);
        });

        // the slow telecom track (connected late) and the open one: both due 5 working days after acceptance
        assertThat(statistics.overdueTrend(filter)).containsExactly(
                new OverdueMonth(YearMonth.from(calendar.workingDaysAfter(day, 5)), 2));
    }
}
