package cn.weihai.lianbao.calendar.ui;

import cn.weihai.lianbao.UiTest;
import cn.weihai.lianbao.calendar.CalendarService;
import cn.weihai.lianbao.calendar.HolidayArrangement;
import cn.weihai.lianbao.calendar.api.AnnounceYear;
import cn.weihai.lianbao.casefile.ui.CaseListView;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Role;
import cn.weihai.lianbao.ui.PageTexts;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNav;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The calendar administration page. The calendar is global and the test database shared: a test that enters a
 * year puts back what was there (a year cannot be removed, so a year with no notice gets a harmless one).
 */
class CalendarViewTest extends UiTest {
    static final int YEAR = 2027;
    static final Actor ADMIN = new Actor("admin", "系统管理员", Role.ADMIN, "威海市行政审批服务局");

    @Autowired
    CalendarService calendar;
    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theShippedYearsAreListedWithTheirNoticesAndFestivals() {
        CalendarView view = open("admin");

        String y2026 = yearText(2026);
        assertThat(y2026).contains("2026 年", "国办发明电〔2025〕7号", "春节", "2026-02-15 至 2026-02-23", "9 天",
                "2026-02-14（星期六）", "2026-02-28（星期六）");
        assertThat(_find(view, Details.class)).extracting(Details::getId)
                .contains(java.util.Optional.of("calendar-year-2024"), java.util.Optional.of("calendar-year-2025"));
        assertThat(get_textRecursively(view)).contains("尚未录入通知的年份暂按周一至周五计算");
        int lastAnnounced = java.util.Collections.max(calendar.current().announcedYears().keySet());
        assertThat(yearText(lastAnnounced + 1)).contains("暂按周一至周五计算", "录入此年度");
        assertThat(PageTexts.rawKeys()).isEmpty();
    }

    @Test
    void correctingAYearStartsFromItsCurrentArrangements() {
        CalendarView view = open("admin");

        _click(_get(Button.class, spec -> spec.withId("calendar-edit-2026")));

        assertThat(view.form.year.getValue()).isEqualTo(2026);
        assertThat(view.form.notice.getValue()).isEqualTo("国办发明电〔2025〕7号");
        assertThat(view.form.arrangementRows).hasSize(7);
        ArrangementRow springFestival = view.form.arrangementRows.get(1);
        assertThat(springFestival.festival.getValue()).isEqualTo("春节");
        assertThat(springFestival.firstDayOff.getValue()).isEqualTo(LocalDate.of(2026, 2, 15));
        assertThat(springFestival.lastDayOff.getValue()).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(springFestival.workdays).extracting(p -> p.getValue())
                .containsExactly(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28));
        assertThat(view.form.year.getHelperText()).contains("整体替换");
    }

    @Test
    void anAdministratorEntersNextYearAndItCountsAtOnce() {
        List<HolidayArrangement> before = calendar.current().announcedYears().get(YEAR);
        CalendarView view = open("admin");
        try {
            view.form.blank(YEAR);
            _setValue(view.form.notice, "国办发明电〔2026〕97号");
            ArrangementRow newYear = view.form.arrangementRows.getFirst();
            _setValue(newYear.festival, "元旦");
            _setValue(newYear.firstDayOff, LocalDate.of(YEAR, 1, 1));
            _setValue(newYear.lastDayOff, LocalDate.of(YEAR, 1, 3));
            _click(view.form.addRow);
            ArrangementRow spring = view.form.arrangementRows.get(1);
            _setValue(spring.festival, "春节");
            _setValue(spring.firstDayOff, LocalDate.of(YEAR, 2, 6));
            _setValue(spring.lastDayOff, LocalDate.of(YEAR, 2, 14));
            _setValue(spring.workdays.getFirst(), LocalDate.of(YEAR, 2, 20));

            _click(view.form.save);

            expectNotifications("已保存 2027 年的节假日安排，在办案件的截止日期将按新安排重新计算。");
            assertThat(calendar.current().isWorkingDay(LocalDate.of(YEAR, 1, 1))).isFalse();
            assertThat(calendar.current().isWorkingDay(LocalDate.of(YEAR, 2, 20))).as("a Saturday worked").isTrue();
            String listed = yearText(YEAR);
            assertThat(listed).contains("2027 年", "管理员录入", "国办发明电〔2026〕97号", "系统管理员 于",
                    "元旦", "2027-01-01 至 2027-01-03", "3 天", "2027-02-20（星期六）");
            assertThat(jdbc.queryForObject("select announced_by from calendar_year where year = ?", String.class, YEAR))
                    .isEqualTo("admin");
        } finally {
            restore(before);
        }
    }

    @Test
    void aRefusedEntryIsShownAtTheFieldAndNothingIsStored() {
        Map<String, Object> storedBefore = stored(YEAR);
        List<HolidayArrangement> before = calendar.current().announcedYears().get(YEAR);
        CalendarView view = open("admin");
        view.form.blank(YEAR);
        _setValue(view.form.notice, "国办发明电〔2026〕98号");
        ArrangementRow nationalDay = view.form.arrangementRows.getFirst();
        _setValue(nationalDay.festival, "国庆节");
        _setValue(nationalDay.firstDayOff, LocalDate.of(YEAR, 10, 1));
        _setValue(nationalDay.lastDayOff, LocalDate.of(YEAR, 10, 7));
        _setValue(nationalDay.workdays.getFirst(), LocalDate.of(YEAR, 9, 29)); // a Wednesday
        _click(nationalDay.addWorkdayButton); // an empty extra picker is left out
        _click(view.form.addRow);
        ArrangementRow nameless = view.form.arrangementRows.get(1);
        _setValue(nameless.firstDayOff, LocalDate.of(YEAR, 5, 5));
        _setValue(nameless.lastDayOff, LocalDate.of(YEAR, 5, 1));

        _click(view.form.save);

        DatePickerAssert.invalid(nationalDay.workdays.getFirst(), "2027-09-29不是周末，调休上班日应为周六或周日");
        assertThat(nationalDay.firstDayOff.isInvalid()).isFalse();
        assertThat(nameless.festival.isInvalid()).isTrue();
        assertThat(nameless.festival.getErrorMessage()).isEqualTo("必填");
        DatePickerAssert.invalid(nameless.lastDayOff, "放假结束日期不能早于开始日期");
        // nothing entered is lost, nothing is stored
        assertThat(nationalDay.festival.getValue()).isEqualTo("国庆节");
        assertThat(nationalDay.workdays.getFirst().getValue()).isEqualTo(LocalDate.of(YEAR, 9, 29));
        assertThat(view.form.notice.getValue()).isEqualTo("国办发明电〔2026〕98号");
        assertThat(stored(YEAR)).isEqualTo(storedBefore);
        assertThat(calendar.current().announcedYears().get(YEAR)).isEqualTo(before);
    }

    @Test
    void aMissingFirstDayIsAskedForBeforeAnythingIsSent() {
        CalendarView view = open("admin");
        view.form.blank(2099);
        _setValue(view.form.notice, "国办发明电〔2098〕1号");
        _setValue(view.form.arrangementRows.getFirst().festival, "元旦");
        assertThat(view.form.arrangementRows.getFirst().firstDayOff.getInitialPosition())
                .as("an empty picker opens on the year being entered").isEqualTo(LocalDate.of(2099, 1, 1));

        _click(view.form.save);

        assertThat(view.form.arrangementRows.getFirst().firstDayOff.getErrorMessage()).isEqualTo("必填");
        assertThat(calendar.current().isAnnounced(2099)).isFalse();
    }

    @Test
    void onlyAdministratorsHaveTheCalendar() {
        open("admin");
        assertThat(get_textRecursively(_get(SideNav.class))).contains("案件列表", "工作日历");

        signIn("clerk");
        UI.getCurrent().navigate(CaseListView.class);
        assertThat(get_textRecursively(_get(SideNav.class))).contains("案件列表").doesNotContain("工作日历");
        // Karibu reports the refused route as an error; a browser gets the "not found" page
        assertThatThrownBy(() -> UI.getCurrent().navigate(CalendarView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThat(_find(CalendarView.class)).isEmpty();
    }

    /** What the list shows of one year, its table included. */
    private static String yearText(int year) {
        Details details = _get(Details.class, spec -> spec.withId("calendar-year-" + year));
        StringBuilder text = new StringBuilder(get_textRecursively(details));
        _find(details, Grid.class).forEach(grid -> {
            for (int row = 0; row < GridKt._size(grid); row++) {
                text.append('\n').append(String.join(" | ", GridKt._getFormattedRow(grid, row)));
            }
        });
        return text.toString();
    }

    private CalendarView open(String username) {
        signIn(username);
        UI.getCurrent().navigate(CalendarView.class);
        return _get(CalendarView.class);
    }

    private Map<String, Object> stored(int year) {
        return jdbc.queryForList("select arrangements, notice, announced_by, announced_on from calendar_year "
                + "where year = ?", year).stream().findFirst().orElse(Map.of());
    }

    /** Puts the year back as it was; a year that had no notice gets a harmless one (a Sunday off). */
    private void restore(List<HolidayArrangement> before) {
        LocalDate sunday = LocalDate.of(YEAR, 1, 1);
        while (sunday.getDayOfWeek() != DayOfWeek.SUNDAY) {
            sunday = sunday.plusDays(1);
        }
        commands.sendAndWait(new AnnounceYear(YEAR, before != null ? before
                : List.of(new HolidayArrangement("测试后恢复", sunday, sunday, List.of())), "测试后恢复", ADMIN));
    }
}
