package cn.weihai.lianbao.supervision.order.ui;

import cn.weihai.lianbao.UiTest;
import cn.weihai.lianbao.casefile.ui.CaseView;
import cn.weihai.lianbao.shared.UtilityService;
import cn.weihai.lianbao.supervision.order.OrderTestCases;
import cn.weihai.lianbao.supervision.order.SupervisionOrderQueries.Filter;
import cn.weihai.lianbao.supervision.order.SupervisionOrderRow;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static cn.weihai.lianbao.casefile.TestCases.await;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** 督办事项: supervisors filter all orders, utility staff see their own; a click opens the case. */
class SupervisionOrdersViewTest extends UiTest {
    @Autowired
    OrderTestCases cases;

    private static List<SupervisionOrderRow> rows(SupervisionOrdersView view) {
        return IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i)).toList();
    }

    private static boolean lists(SupervisionOrdersView view, String caseNumber) {
        view.refresh();
        return rows(view).stream().anyMatch(r -> r.caseNumber().equals(caseNumber));
    }

    @Test
    void supervisorsFilterOverdueOrdersAndUtilityStaffSeeTheirOwn() {
        String caseNumber = cases.overdueTelecomCase(UUID.randomUUID().toString().substring(0, 8));
        cases.backdatedOverdueOrder(caseNumber, UtilityService.TELECOM);

        signIn("supervisor");
        UI.getCurrent().navigate(SupervisionOrdersView.class);
        _get(SideNavItem.class, spec -> spec.withId("nav-orders"));
        SupervisionOrdersView view = _get(SupervisionOrdersView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("督办事项");
        _setValue(view.filter, Filter.OVERDUE);
        await("the overdue order of " + caseNumber, () -> lists(view, caseNumber)
                && rows(view).stream().filter(r -> r.caseNumber().equals(caseNumber)).allMatch(
                        SupervisionOrderRow::overdue));
        int row = rows(view).indexOf(rows(view).stream().filter(r -> r.caseNumber().equals(caseNumber))
                .findFirst().orElseThrow());
        assertThat(GridKt._getFormattedRow(view.grid, row)).contains(caseNumber, "第 1 号", "通信", "逾期整改测试");

        GridKt._clickItem(view.grid, row);
        assertThat(_get(CaseView.class)).isNotNull();
        assertThat(_get(H2.class, spec -> spec.withId("case-number")).getText()).isEqualTo(caseNumber);

        signIn("telecom");
        UI.getCurrent().navigate(SupervisionOrdersView.class);
        SupervisionOrdersView own = _get(SupervisionOrdersView.class);
        assertThat(lists(own, caseNumber)).isTrue();
        assertThat(rows(own)).allMatch(r -> r.service() == UtilityService.TELECOM);

        signIn("power");
        UI.getCurrent().navigate(SupervisionOrdersView.class);
        assertThat(lists(_get(SupervisionOrdersView.class), caseNumber)).isFalse();
    }
}
