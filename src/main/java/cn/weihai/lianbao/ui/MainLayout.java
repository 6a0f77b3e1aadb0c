package cn.weihai.lianbao.ui;

import cn.weihai.lianbao.identity.PasswordChange;
import cn.weihai.lianbao.identity.ui.PasswordDialog;

import cn.weihai.lianbao.hotline.complaint.ui.ComplaintsView;
import cn.weihai.lianbao.audit.ui.IntegrityView;
import cn.weihai.lianbao.approval.ui.ApprovalQueueView;
import cn.weihai.lianbao.calendar.ui.CalendarView;
import cn.weihai.lianbao.casefile.queue.ui.QueueView;
import cn.weihai.lianbao.casefile.ui.CaseListView;
import cn.weihai.lianbao.casefile.importing.ui.ImportView;
import cn.weihai.lianbao.casefile.ui.IntakeView;
import cn.weihai.lianbao.hotline.ui.HotlineView;
import cn.weihai.lianbao.identity.CurrentUser;
import cn.weihai.lianbao.identity.StaffUser;
import cn.weihai.lianbao.identity.organisation.ui.OrganisationsView;
import cn.weihai.lianbao.integration.webhook.ui.WebhooksView;
import cn.weihai.lianbao.platform.projection.ui.ProjectionsView;
import cn.weihai.lianbao.notification.ui.NotificationBell;
import cn.weihai.lianbao.shared.Role;
import cn.weihai.lianbao.supervision.order.ui.SupervisionOrdersView;
import cn.weihai.lianbao.supervision.ui.StatisticsView;
import cn.weihai.lianbao.supervision.ui.SupervisionView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

/** The frame of every signed-in page: title, navigation, who is signed in, language and sign-out. */
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser currentUser, AuthenticationContext authentication, PasswordChange passwords) {
        addClassName("lb-main-layout");
        setPrimarySection(Section.NAVBAR);

        Span title = new Span(getTranslation("app.title"));
        title.addClassName("lb-app-title");
        Div spacer = new Div();
        spacer.addClassName("lb-spacer");

        Button logout = new Button(getTranslation("action.logout"), VaadinIcon.SIGN_OUT.create(),
                click -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        addToNavbar(new DrawerToggle(), title, spacer);
        currentUser.get().map(MainLayout::userInfo).ifPresent(this::addToNavbar);
        currentUser.get().ifPresent(user -> addToNavbar(NotificationBell.create()));
        Button changePassword = new Button(VaadinIcon.KEY.create(), click -> currentUser.get()
                .ifPresent(user -> new PasswordDialog(passwords, user.username()).open()));
        changePassword.setId("change-password");
        changePassword.setTooltipText(getTranslation("security.password.title"));
        changePassword.setAriaLabel(getTranslation("security.password.title"));
        changePassword.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addToNavbar(new LanguageSwitch(), changePassword, logout);
        addToDrawer(navigation(currentUser.get().orElse(null)));
    }

    /** A page in the navigation, for the roles listed (none listed: every signed-in user). */
    private record Page(String labelKey, Class<? extends Component> view, VaadinIcon icon, String id, Role... roles) {
        boolean openTo(StaffUser user) {
            return roles.length == 0 || Arrays.stream(roles).anyMatch(user::hasRole);
        }
    }

    /** In the order of the work: the window files, utilities and departments work, supervisors oversee. */
    private static final List<Page> PAGES = List.of(
            new Page("nav.cases", CaseListView.class, VaadinIcon.LIST, "nav-cases"),
            new Page("nav.intake", IntakeView.class, VaadinIcon.FILE_ADD, "nav-intake", Role.CLERK, Role.ADMIN),
            new Page("nav.import", ImportView.class, VaadinIcon.UPLOAD, "nav-import", Role.CLERK, Role.ADMIN),
            new Page("nav.queue", QueueView.class, VaadinIcon.TASKS, "nav-queue",
                    Role.UTILITY_STAFF, Role.SUPERVISOR, Role.ADMIN),
            new Page("nav.approvals", ApprovalQueueView.class, VaadinIcon.CHECK_SQUARE_O, "nav-approvals",
                    Role.APPROVAL_STAFF, Role.SUPERVISOR, Role.ADMIN),
            new Page("nav.orders", SupervisionOrdersView.class, VaadinIcon.GAVEL, "nav-orders"),
            new Page("nav.supervision", SupervisionView.class, VaadinIcon.DASHBOARD, "nav-supervision",
                    Role.SUPERVISOR, Role.ADMIN),
            new Page("nav.statistics", StatisticsView.class, VaadinIcon.BAR_CHART, "nav-statistics",
                    Role.SUPERVISOR, Role.ADMIN),
            new Page("nav.integrity", IntegrityView.class, VaadinIcon.SHIELD, "nav-integrity",
                    Role.SUPERVISOR, Role.ADMIN),
            new Page("nav.hotline", HotlineView.class, VaadinIcon.PHONE, "nav-hotline",
                    Role.HOTLINE, Role.SUPERVISOR, Role.ADMIN),
            new Page("nav.calendar", CalendarView.class, VaadinIcon.CALENDAR, "nav-calendar", Role.ADMIN),
            new Page("nav.projections", ProjectionsView.class, VaadinIcon.REFRESH, "nav-projections", Role.ADMIN),
            new Page("nav.organisations", OrganisationsView.class, VaadinIcon.BUILDING, "nav-organisations",
                    Role.ADMIN),
            new Page("nav.webhooks", WebhooksView.class, VaadinIcon.CONNECT, "nav-webhooks", Role.ADMIN),
            new Page("nav.complaints", ComplaintsView.class, VaadinIcon.PHONE, "nav-complaints",
                    Role.HOTLINE, Role.UTILITY_STAFF, Role.SUPERVISOR, Role.ADMIN));

    /** Each page of the navigation and the id of its entry (the UI permission matrix test walks them all). */
    static Map<Class<? extends Component>, String> pageIds() {
        Map<Class<? extends Component>, String> ids = new LinkedHashMap<>();
        PAGES.forEach(page -> ids.put(page.view(), page.id()));
        return ids;
    }

    private static SideNav navigation(StaffUser user) {
        SideNav nav = new SideNav();
        nav.setId("navigation");
        PAGES.stream().filter(page -> user != null && page.openTo(user)).forEach(page -> {
            SideNavItem item = new SideNavItem(Labels.text(page.labelKey()), page.view(), page.icon().create());
            item.setId(page.id());
            nav.addItem(item);
        });
        return nav;
    }

    private static Div userInfo(StaffUser user) {
        Span name = new Span(user.displayName());
        name.addClassName("lb-user-name");
        Span role = new Span(Labels.of(user.role()));
        role.addClassName("lb-user-role");
        Span organisation = new Span(Labels.orEmpty(user.organisation()));
        organisation.addClassName("lb-user-organisation");
        Div info = new Div(name, role, organisation);
        info.setId("current-user");
        info.addClassName("lb-user");
        return info;
    }
}
