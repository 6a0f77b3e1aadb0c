package cn.weihai.lianbao.supervision.ui;

import cn.weihai.lianbao.UiTest;
import cn.weihai.lianbao.calendar.CalendarService;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.UtilityService;
import cn.weihai.lianbao.supervision.Performance;
import cn.weihai.lianbao.supervision.StatisticsFilter;
import cn.weihai.lianbao.supervision.StatisticsQueries;
import cn.weihai.lianbao.supervision.SupervisionCases;
import cn.weihai.lianbao.ui.PageTexts;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static cn.weihai.lianbao.casefile.TestCases.await;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The statistics page on cases this test accepts on one unused past day in 临港区. */
class StatisticsViewTest extends UiTest {
    @Autowired
    CommandGateway commands;
    @Autowired
    CaseNumberAllocator caseNumbers;
    @Autowired
    CalendarService calendarService;
    @Autowired
    StatisticsQueries statistics;

    @Test
    void chartsTablesAndCsvFollowTheFilters() {
        var calendar = calendarService.current();
        LocalDate day;
        do {
            day = LocalDate.of(2025, 1, 2).plusDays(ThreadLocalRandom.current().nextInt(300));
        } while (!calendar.isWorkingDay(day)
                || !statistics.byService(new StatisticsFilter(day, day, District.LINGANG)).isEmpty()
                || !statistics.overdueTrend(new StatisticsFilter(day, day, District.LINGANG)).isEmpty()
                // the end of the test narrows to 南海: other tests' tracks on that day would show there
                || !statistics.byService(new StatisticsFilter(day, day, District.NANHAI)).isEmpty());
        String token = UUID.randomUUID().toString().substring(0, 8);
        var cases = new SupervisionCases(commands, caseNumbers);
        String a = cases.accept(token, "甲", day, District.LINGANG, Channel.SHARED_HALL, UtilityService.TELECOM);
        cases.connect(a, UtilityService.TELECOM, calendar.workingDaysAfter(day, 2));
        String b = cases.accept(token, "乙", day, District.LINGANG, Channel.SHARED_HALL, UtilityService.TELECOM);
        cases.connect(b, UtilityService.TELECOM, calendar.workingDaysAfter(day, 7));
        StatisticsFilter scope = new StatisticsFilter(day, day, District.LINGANG);
        await("two connected tracks", () -> statistics.byService(scope).stream()
                .mapToLong(Performance::connected).sum() == 2);

        signIn("supervisor");
        UI.getCurrent().navigate(StatisticsView.class);
        StatisticsView view = _get(StatisticsView.class);
        _setValue(view.from, day);
        _setValue(view.to, day);
        _setValue(view.district, District.LINGANG);
        assertThat(view.filter()).isEqualTo(scope);

        @SuppressWarnings("unchecked")
        Grid<Performance> byService = _get(Grid.class, spec -> spec.withId("statistics-table-byService"));
        assertThat(GridKt._size(byService)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(byService, 0)).containsExactly("通信", "2", "1", "50.0%", "4.5");
        String rateChart = _get(Svg.class, spec -> spec.withId("statistics-chart-byService-rate")).getElement()
                .getProperty("innerHTML");
        assertThat(rateChart).startsWith("<svg").contains("按报装事项 · 按期率", "通信", "50.0%");
        String trend = _get(Svg.class, spec -> spec.withId("statistics-chart-overdue")).getElement()
                .getProperty("innerHTML");
        assertThat(trend).contains(java.time.YearMonth.from(calendar.workingDaysAfter(day, 5)).toString());
        assertThat(PageTexts.rawKeys()).isEmpty();

        String csv = csvText(view.csv(Locale.SIMPLIFIED_CHINESE));
        assertThat(csv.lines().findFirst().orElseThrow())
                .isEqualTo("统计口径,分组,接通件数,按期件数,按期率,平均用时（工作日）,超期件数");
        assertThat(csv).contains("按报装事项,通信,2,1,50.0%,4.5,", "按区市,临港区,2,1,50.0%,4.5,",
                "超期趋势（按办理期限所在月份）," + java.time.YearMonth.from(calendar.workingDaysAfter(day, 5))
                        + ",,,,,1");
        assertThat(csvText(view.csv(Locale.ENGLISH))).startsWith("Breakdown,Group,Connected").contains("By service,");

        _setValue(view.district, District.NANHAI);
        byService = _get(Grid.class, spec -> spec.withId("statistics-table-byService"));
        assertThat(GridKt._size(byService)).isZero();
        assertThat(_get(Svg.class, spec -> spec.withId("statistics-chart-byService-rate")).getElement()
                .getProperty("innerHTML")).contains("暂无数据");
    }

    private static String csvText(byte[] csv) {
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    }
}
