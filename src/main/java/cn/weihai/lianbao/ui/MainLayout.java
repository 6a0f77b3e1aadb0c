package cn.weihai.lianbao.ui;

import cn.weihai.lianbao.calendar.ui.CalendarView;
import cn.weihai.lianbao.casefile.ui.CaseListView;
import cn.weihai.lianbao.casefile.ui.IntakeView;
import cn.weihai.lianbao.identity.CurrentUser;
import cn.weihai.lianbao.identity.StaffUser;
import cn.weihai.lianbao.shared.Role;
import cn.weihai.lianbao.supervision.ui.StatisticsView;
import cn.weihai.lianbao.supervision.ui.SupervisionView;
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

/** The frame of every signed-in page: title, navigation, who is signed in, language and sign-out. */
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser currentUser, AuthenticationContext authentication) {
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
        addToNavbar(new LanguageSwitch(), logout);
        addToDrawer(navigation(currentUser.get().orElse(null)));
    }

    /** The pages the user may open: intake for the window, the calendar for administrators. */
    private static SideNav navigation(StaffUser user) {
        SideNav nav = new SideNav();
        nav.setId("navigation");
        nav.addItem(new SideNavItem(Labels.text("nav.cases"), CaseListView.class, VaadinIcon.LIST.create()));
        if (user != null && (user.hasRole(Role.CLERK) || user.hasRole(Role.ADMIN))) {
            SideNavItem intake = new SideNavItem(Labels.text("nav.intake"), IntakeView.class,
                    VaadinIcon.FILE_ADD.create());
            intake.setId("nav-intake");
            nav.addItem(intake);
        }
        if (user != null && user.hasRole(Role.ADMIN)) {
            nav.addItem(new SideNavItem(Labels.text("nav.calendar"), CalendarView.class,
                    VaadinIcon.CALENDAR.create()));
        }
        if (user != null && (user.hasRole(Role.SUPERVISOR) || user.hasRole(Role.ADMIN))) {
            SideNavItem supervision = new SideNavItem(Labels.text("nav.supervision"), SupervisionView.class,
                    VaadinIcon.EYE.create());
            supervision.setId("nav-supervision");
            SideNavItem statistics = new SideNavItem(Labels.text("nav.statistics"), StatisticsView.class,
                    VaadinIcon.BAR_CHART.create());
            statistics.setId("nav-statistics");
            nav.addItem(supervision, statistics);
        }
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
