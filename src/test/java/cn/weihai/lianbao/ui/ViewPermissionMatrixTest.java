package cn.weihai.lianbao.ui;

import cn.weihai.lianbao.LianbaoApplication;
import cn.weihai.lianbao.UiTest;
import cn.weihai.lianbao.approval.ui.ApprovalQueueView;
import cn.weihai.lianbao.audit.ui.IntegrityView;
import cn.weihai.lianbao.calendar.ui.CalendarView;
import cn.weihai.lianbao.casefile.TestCases;
import cn.weihai.lianbao.casefile.queue.ui.QueueView;
import cn.weihai.lianbao.casefile.ui.CaseListView;
import cn.weihai.lianbao.casefile.ui.CaseView;
import cn.weihai.lianbao.casefile.ui.IntakeView;
import cn.weihai.lianbao.hotline.complaint.ui.ComplaintsView;
import cn.weihai.lianbao.hotline.ui.HotlineView;
import cn.weihai.lianbao.hotline.ui.TraceView;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import cn.weihai.lianbao.platform.projection.ui.ProjectionsView;
import cn.weihai.lianbao.supervision.order.ui.SupervisionOrdersView;
import cn.weihai.lianbao.supervision.ui.StatisticsView;
import cn.weihai.lianbao.supervision.ui.SupervisionView;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.login.LoginForm;
import cn.weihai.lianbao.casefile.importing.ui.ImportView;
import cn.weihai.lianbao.identity.organisation.ui.OrganisationsView;
import cn.weihai.lianbao.integration.webhook.ui.WebhooksView;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteParameters;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The UI half of the permission matrix (issue 9, part 5): every page of the navigation (MainLayout's PAGES) against
 * every demo account and an anonymous visitor — who may open it, and whose navigation lists it — plus the UI
 * actions that must stay with one utility or role.
 */
class ViewPermissionMatrixTest extends UiTest {
    static final List<String> UTILITIES = List.of("water", "drainage", "power", "gas", "heating", "telecom",
            "broadcast");
    static final List<String> DEPARTMENTS = List.of("housing", "police", "planning", "wateraffairs", "bigdata",
            "highway");
    static final List<String> STAFF = Stream.of(List.of("admin", "clerk", "supervisor", "hotline"), UTILITIES,
            DEPARTMENTS).flatMap(List::stream).toList();
    static final String ANONYMOUS = "(anonymous)";

    /** THE MATRIX of pages. A new page in MainLayout's PAGES needs its row here. */
    static final Map<Class<? extends Component>, Set<String>> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put(CaseListView.class, Set.copyOf(STAFF));
        PAGES.put(IntakeView.class, Set.of("clerk", "admin"));
        PAGES.put(QueueView.class, with(UTILITIES, "supervisor", "admin"));
        PAGES.put(ApprovalQueueView.class, with(DEPARTMENTS, "supervisor", "admin"));
        PAGES.put(SupervisionOrdersView.class, Set.copyOf(STAFF));
        PAGES.put(SupervisionView.class, Set.of("supervisor", "admin"));
        PAGES.put(StatisticsView.class, Set.of("supervisor", "admin"));
        PAGES.put(IntegrityView.class, Set.of("supervisor", "admin"));
        PAGES.put(HotlineView.class, Set.of("hotline", "supervisor", "admin"));
        PAGES.put(CalendarView.class, Set.of("admin"));
        PAGES.put(ProjectionsView.class, Set.of("admin"));
        PAGES.put(ComplaintsView.class, with(UTILITIES, "hotline", "supervisor", "admin"));
        PAGES.put(ImportView.class, Set.of("clerk", "admin"));
        PAGES.put(OrganisationsView.class, Set.of("admin"));
        PAGES.put(WebhooksView.class, Set.of("admin"));
    }

    static Set<String> with(List<String> some, String... more) {
        return Set.copyOf(Stream.concat(some.stream(), Stream.of(more)).toList());
    }

    @Autowired
    CommandGateway commands;
    @Autowired
    CaseNumberAllocator caseNumbers;

    @Test
    void everyPageOfTheNavigationHasARow() {
        assertThat(PAGES.keySet()).containsExactlyInAnyOrderElementsOf(MainLayout.pageIds().keySet());
    }

    @Test
    void whoMayOpenEachPageAndSeesItInTheNavigation() {
        List<String> wrong = new ArrayList<>();
        // anonymous first: nobody has signed in yet
        for (String principal : Stream.concat(Stream.of(ANONYMOUS), STAFF.stream()).toList()) {
            for (var page : PAGES.entrySet()) {
                if (!principal.equals(ANONYMOUS)) {
                    signIn(principal);
                }
                boolean denied = false;
                try {
                    UI.getCurrent().navigate(page.getKey());
                } catch (MockAccessDeniedException e) { // Karibu's stand-in for the access-denied error page
                    denied = true;
                }
                boolean allowed = page.getValue().contains(principal);
                boolean opened = !denied && !_find(page.getKey()).isEmpty();
                if (opened != allowed) {
                    wrong.add("%s %s %s".formatted(principal, allowed ? "cannot open" : "opened",
                            page.getKey().getSimpleName()));
                }
                if (principal.equals(ANONYMOUS) && _find(LoginForm.class).isEmpty()) {
                    wrong.add("anonymous was not sent to the login for " + page.getKey().getSimpleName());
                }
                if (!principal.equals(ANONYMOUS) && allowed) {
                    for (var entry : MainLayout.pageIds().entrySet()) {
                        boolean listed = !_find(SideNavItem.class, spec -> spec.withId(entry.getValue())).isEmpty();
                        if (listed != PAGES.get(entry.getKey()).contains(principal)) {
                            wrong.add("%s %s %s in the navigation".formatted(principal,
                                    listed ? "sees" : "misses", entry.getKey().getSimpleName()));
                        }
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void onlyTheTracksOwnUtilityGetsItsStepButton() {
        String caseNumber = waterAndPowerCase();
        List<String> wrong = new ArrayList<>();
        for (String principal : STAFF) {
            signIn(principal);
            UI.getCurrent().navigate(CaseView.class, new RouteParameters(CaseView.CASE_NUMBER, caseNumber));
            for (String service : List.of("water", "power")) {
                boolean shown = !_find(Button.class, spec -> spec.withId("track-" + service + "-record-step"))
                        .isEmpty();
                if (shown != principal.equals(service)) {
                    wrong.add(principal + (shown ? " sees " : " misses ") + "the step button of " + service);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void onlyTheHotlineIsOfferedToRevealPersonalData() {
        String caseNumber = waterAndPowerCase();
        List<String> wrong = new ArrayList<>();
        for (String principal : List.of("hotline", "supervisor", "admin")) {
            signIn(principal);
            UI.getCurrent().navigate(TraceView.class, new RouteParameters(TraceView.CASE_NUMBER, caseNumber));
            boolean offered = !_find(Button.class, spec -> spec.withId("trace-reveal")).isEmpty();
            if (offered != principal.equals("hotline")) {
                wrong.add(principal + (offered ? " is offered" : " is not offered") + " the reveal");
            }
        }
        assertThat(wrong).isEmpty();
    }

    private String waterAndPowerCase() {
        LocalDate today = LocalDate.now(LianbaoApplication.ZONE);
        String caseNumber = caseNumbers.allocate(today);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        commands.sendAndWait(TestCases.waterAndPower(caseNumber, today, "矩阵界面公司" + unique, "矩阵界面项目" + unique));
        return caseNumber;
    }
}
