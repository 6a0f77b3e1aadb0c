package cn.weihai.lianbao.supervision.ui;

import cn.weihai.lianbao.LianbaoApplication;
import cn.weihai.lianbao.UiTest;
import cn.weihai.lianbao.calendar.CalendarService;
import cn.weihai.lianbao.casefile.ui.CaseListView;
import cn.weihai.lianbao.deadline.Warning;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.UtilityService;
import cn.weihai.lianbao.supervision.SupervisionCases;
import cn.weihai.lianbao.supervision.SupervisionQueries;
import cn.weihai.lianbao.ui.PageTexts;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLink;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import static cn.weihai.lianbao.casefile.TestCases.await;
import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SupervisionViewTest extends UiTest {
    @Autowired
    CommandGateway commands;
    @Autowired
    CaseNumberAllocator caseNumbers;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CalendarService calendar;

    @Test
    void aSearchMatchingMoreTracksThanAreCountedSaysSoAndStillListsThem() {
        String token = UUID.randomUUID().toString().substring(0, 8);
        var cases = new SupervisionCases(commands, caseNumbers);
        cases.accept(token, "甲", LocalDate.now(LianbaoApplication.ZONE), District.RUSHAN, Channel.SHARED_HALL,
                UtilityService.TELECOM, UtilityService.GAS, UtilityService.WATER);
        signIn("supervisor");
        var queries = new SupervisionQueries(jdbc, calendar,
                Clock.system(LianbaoApplication.ZONE), Duration.ZERO, 2);
        SupervisionView view = new SupervisionView(queries);
        UI.getCurrent().add(view);
        _setValue(view.search, token);
        await("the three tracks searched", () -> {
            view.refresh();
            return view.count.getText().startsWith("搜索结果超过 2 条事项");
        });
        assertThat(view.openCount.getText()).isEqualTo(SupervisionView.UNCOUNTED);
        assertThat(view.overdueCount.getText()).isEqualTo(SupervisionView.UNCOUNTED);
        assertThat(GridKt._size(view.grid)).as("the table pages as far as the limit").isEqualTo(2);

        _setValue(view.service, UtilityService.GAS);
        assertThat(view.count.getText()).isEqualTo("共 1 条事项");
        assertThat(view.openCount.getText()).isEqualTo("1");
    }

    @Test
    void oneCharacterIsNotSearchedAndTheFieldSaysWhy() {
        signIn("supervisor");
        UI.getCurrent().navigate(SupervisionView.class);
        SupervisionView view = _get(SupervisionView.class);
        _setValue(view.search, "鑫");
        assertThat(view.search.isInvalid()).isTrue();
        assertThat(view.search.getErrorMessage()).isEqualTo("请至少输入两个字");
        assertThat(view.filter().text()).isNull();

        _setValue(view.search, "鑫源");
        assertThat(view.search.isInvalid()).isFalse();
        assertThat(view.filter().text()).isEqualTo("鑫源");
    }

    @Test
    void theSupervisorSeesTheTilesFiltersAndTimeLeftOfEveryTrack() {
        String token = UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now(LianbaoApplication.ZONE);
        var cases = new SupervisionCases(commands, caseNumbers);
        String overdue = cases.accept(token, "超期", today.minusDays(30), District.RUSHAN, Channel.SHARED_HALL,
                UtilityService.TELECOM);
        String fresh = cases.accept(token, "新件", today, District.RUSHAN, Channel.AISHANDONG_APP,
                UtilityService.TELECOM, UtilityService.GAS);

        signIn("supervisor");
        UI.getCurrent().navigate(CaseListView.class);
        SideNavItem nav = _get(SideNavItem.class, spec -> spec.withId("nav-supervision"));
        assertThat(nav.getLabel()).isEqualTo("全过程监管");
        assertThat(_get(SideNavItem.class, spec -> spec.withId("nav-statistics")).getLabel()).isEqualTo("统计分析");
        UI.getCurrent().navigate(SupervisionView.class);
        SupervisionView view = _get(SupervisionView.class);
        _setValue(view.search, token);
        await("three tracks, one overdue", () -> {
            view.refresh();
            return GridKt._size(view.grid) == 3 && view.overdueCount.getText().equals("1");
        });
        assertThat(view.openCount.getText()).isEqualTo("3");
        assertThat(view.dueSoonCount.getText()).isEqualTo("0");
        assertThat(view.completedCount.getText()).isEqualTo("0");
        assertThat(view.count.getText()).isEqualTo("共 3 条事项");

        // newest first: the fresh case's two tracks, then the overdue one
        RouterLink link = (RouterLink) GridKt._getCellComponent(view.grid, 0, "caseNumber");
        assertThat(link.getText()).isEqualTo(fresh);
        assertThat(link.getHref()).isEqualTo("cases/" + fresh);
        var freshTime = GridKt._getCellComponent(view.grid, 0, "timeLeft");
        assertThat(get_textRecursively(freshTime)).matches("剩余 \\d+ 个工作日");
        var late = GridKt._getCellComponent(view.grid, 2, "timeLeft");
        assertThat(get_textRecursively(late)).matches("已超 \\d+ 个工作日超期");
        assertThat(late.getElement().getClassList()).contains("lb-time-left--overdue");
        assertThat(GridKt._getFormattedRow(view.grid, 2)).contains("通信", "乳山市", "共享营业厅");
        assertThat(((RouterLink) GridKt._getCellComponent(view.grid, 2, "caseNumber")).getText()).isEqualTo(overdue);
        assertThat(get_textRecursively(GridKt._getCellComponent(view.grid, 2, "stage"))).isEqualTo("已受理");

        _setValue(view.warning, Warning.OVERDUE);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        _setValue(view.warning, null);
        _setValue(view.service, UtilityService.GAS);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(view.openCount.getText()).isEqualTo("1");
        _setValue(view.service, null);
        _setValue(view.channel, Channel.SHARED_HALL);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        _setValue(view.channel, null);
        _setValue(view.district, District.HUANCUI);
        assertThat(GridKt._size(view.grid)).isZero();
        _setValue(view.district, null);
        _setValue(view.from, today);
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        _setValue(view.to, today.minusDays(1));
        assertThat(GridKt._size(view.grid)).isZero();
        assertThat(PageTexts.rawKeys()).isEmpty();
    }

    @Test
    void englishLabels() {
        signIn("admin");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(SupervisionView.class);
        SupervisionView view = _get(SupervisionView.class);
        assertThat(view.channel.getLabel()).isEqualTo("Channel");
        assertThat(PageTexts.rawKeys()).isEmpty();
    }

    @Test
    void utilityStaffNeitherSeeNorOpenSupervision() {
        signIn("power");
        assertThatThrownBy(() -> UI.getCurrent().navigate(SupervisionView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate(StatisticsView.class))
                .isInstanceOf(MockAccessDeniedException.class);
        UI.getCurrent().navigate(CaseListView.class);
        assertThat(_find(SideNavItem.class, spec -> spec.withId("nav-supervision"))).isEmpty();
        assertThat(_find(SideNavItem.class, spec -> spec.withId("nav-statistics"))).isEmpty();
    }
}
