package cn.weihai.lianbao.audit.ui;

import cn.weihai.lianbao.audit.EventSurgery;
import cn.weihai.lianbao.UiTest;
import cn.weihai.lianbao.casefile.TestCases;
import cn.weihai.lianbao.casefile.ui.CaseListView;
import cn.weihai.lianbao.casefile.ui.CaseView;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import cn.weihai.lianbao.LianbaoApplication;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IntegrityScreenTest extends UiTest {
    @Autowired
    CommandGateway commands;
    @Autowired
    CaseNumberAllocator caseNumbers;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSupervisorVerifiesACaseFromItsPageAndSeesWhereItWasEdited() {
        String caseNumber = newCase();
        Map<String, Object> original = jdbc.queryForMap(
                "SELECT globalIndex, payload FROM DomainEventEntry WHERE aggregateIdentifier = ? AND sequenceNumber = 0",
                caseNumber);
        signIn("supervisor");
        try {
            String json = new String((byte[]) original.get("payload"), StandardCharsets.UTF_8);
            EventSurgery.update(jdbc, "UPDATE DomainEventEntry SET payload = ? WHERE globalIndex = ?",
                    json.replace("链界面测试公司", "篡改公司").getBytes(StandardCharsets.UTF_8),
                    original.get("globalindex"));
            UI.getCurrent().navigate(CaseView.class, new RouteParameters(CaseView.CASE_NUMBER, caseNumber));

            _click(_get(Button.class, spec -> spec.withId("case-verify-chain")));

            IntegrityView view = _get(IntegrityView.class);
            assertThat(view.caseNumber.getValue()).isEqualTo(caseNumber);
            assertThat(view.summary.getElement().getAttribute("data-intact")).isEqualTo("false");
            assertThat(GridKt._size(view.broken)).isEqualTo(1);
            assertThat(GridKt._getFormattedRow(view.broken, 0))
                    .containsExactly(caseNumber, "0", "事件内容被修改", "受理", GridKt._getFormattedRow(view.broken, 0)
                            .get(4));
        } finally {
            EventSurgery.update(jdbc, "UPDATE DomainEventEntry SET payload = ? WHERE globalIndex = ?", original.get("payload"),
                    original.get("globalindex"));
        }
        _setValue(_get(TextField.class, spec -> spec.withId("integrity-case-number")), caseNumber);
        _click(_get(Button.class, spec -> spec.withId("integrity-verify-case")));
        IntegrityView view = _get(IntegrityView.class);
        assertThat(view.summary.getText()).contains(caseNumber).contains("完好");
        assertThat(view.broken.isVisible()).isFalse();
    }

    @Test
    void verifyingAllCasesReportsTheCounts() {
        newCase();
        signIn("admin");
        UI.getCurrent().navigate(IntegrityView.class);

        _click(_get(Button.class, spec -> spec.withId("integrity-verify-all")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("integrity-summary")).getText()).contains("已校验");
    }

    @Test
    void anUnknownOrMissingCaseNumberIsAFieldError() {
        signIn("supervisor");
        UI.getCurrent().navigate(IntegrityView.class);
        TextField field = _get(TextField.class, spec -> spec.withId("integrity-case-number"));

        _click(_get(Button.class, spec -> spec.withId("integrity-verify-case")));
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("请输入案件编号");

        _setValue(field, "NO-SUCH-CASE");
        _click(_get(Button.class, spec -> spec.withId("integrity-verify-case")));
        assertThat(field.getErrorMessage()).contains("NO-SUCH-CASE");
    }

    @Test
    void onlySupervisorsAndAdministratorsSeeTheIntegrityPageAndTheCaseButton() {
        String caseNumber = newCase();
        signIn("supervisor");
        UI.getCurrent().navigate(CaseListView.class);
        assertThat(_find(SideNavItem.class, spec -> spec.withId("nav-integrity"))).hasSize(1);
        assertThat(_find(SideNavItem.class, spec -> spec.withId("nav-projections"))).isEmpty();

        signIn("power");
        UI.getCurrent().navigate(CaseView.class, new RouteParameters(CaseView.CASE_NUMBER, caseNumber));
        assertThat(_find(Button.class, spec -> spec.withId("case-verify-chain")))
                .allSatisfy(b -> assertThat(b.isVisible()).isFalse());
        assertThat(_find(SideNavItem.class, spec -> spec.withId("nav-integrity"))).isEmpty();
        assertThatThrownBy(() -> UI.getCurrent().navigate(IntegrityView.class))
                .isInstanceOf(MockAccessDeniedException.class); // Karibu's 403
    }

    private String newCase() {
        LocalDate accepted = LocalDate.now(LianbaoApplication.ZONE).minusDays(2);
        String caseNumber = caseNumbers.allocate(accepted);
        commands.sendAndWait(TestCases.telecom(caseNumber, accepted, "链界面测试公司",
                "链界面测试项目" + UUID.randomUUID().toString().substring(0, 8)));
        return caseNumber;
    }
}
