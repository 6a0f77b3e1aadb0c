package cn.weihai.lianbao.casefile.ui;

import cn.weihai.lianbao.LianbaoApplication;
import cn.weihai.lianbao.UiTest;
import cn.weihai.lianbao.calendar.CalendarService;
import cn.weihai.lianbao.casefile.TestCases;
import cn.weihai.lianbao.deadline.Warning;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import cn.weihai.lianbao.ui.PageTexts;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteParameters;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.UUID;

import static cn.weihai.lianbao.casefile.TestCases.await;
import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** A case whose telecom limit passed long ago: the system's 超期 alert in the list, its filter, and the case page. */
class OverdueCaseScreensTest extends UiTest {
    @Autowired
    CommandGateway commands;
    @Autowired
    CaseNumberAllocator caseNumbers;
    @Autowired
    CalendarService calendar;

    @Test
    void theOverdueTrackIsMarkedInTheListFoundByTheFilterAndShownOnItsPage() {
        LocalDate acceptedOn = LocalDate.now(LianbaoApplication.ZONE).minusDays(30);
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String caseNumber = caseNumbers.allocate(acceptedOn);
        commands.sendAndWait(TestCases.telecom(caseNumber, acceptedOn, "超期界面测试公司" + unique, "超期界面项目" + unique));
        signIn("supervisor");
        UI.getCurrent().navigate(CaseListView.class);

        CaseListView list = _get(CaseListView.class);
        assertThat(list.warning.getLabel()).isEqualTo("时限预警");
        _setValue(list.search, unique);
        _setValue(list.warning, Warning.OVERDUE);
        await("the case under 超期", () -> {
            list.refresh();
            return GridKt._size(list.grid) == 1;
        });
        assertThat(get_textRecursively(GridKt._getCellComponent(list.grid, 0, "tracks"))).isEqualTo("通信已受理超期");
        assertThat(list.count.getText()).isEqualTo("共 1 件");

        _setValue(list.warning, Warning.DUE_SOON);
        assertThat(GridKt._size(list.grid)).isZero();
        _setValue(list.warning, null);
        assertThat(GridKt._size(list.grid)).isEqualTo(1);
        assertThat(PageTexts.rawKeys()).isEmpty();

        UI.getCurrent().navigate(CaseView.class, new RouteParameters(CaseView.CASE_NUMBER, caseNumber));
        TrackCard telecom = _get(TrackCard.class, spec -> spec.withId("track-telecom"));
        LocalDate due = calendar.current().workingDaysAfter(acceptedOn, 5);
        assertThat(get_textRecursively(telecom)).contains("5 个工作日", due.toString(), "已超出", "超期");
        assertThat(PageTexts.rawKeys()).isEmpty();
    }
}
