package cn.weihai.lianbao.calendar.ui;

import cn.weihai.lianbao.calendar.CalendarService;
import cn.weihai.lianbao.calendar.CalendarYearQueries;
import cn.weihai.lianbao.calendar.CalendarYearQueries.YearInForce;
import cn.weihai.lianbao.calendar.api.AnnounceYear;
import cn.weihai.lianbao.identity.CurrentUser;
import cn.weihai.lianbao.identity.StaffUser;
import cn.weihai.lianbao.identity.StaffUserDetailsService;
import cn.weihai.lianbao.shared.LocalizedMessages;
import cn.weihai.lianbao.ui.MainLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.time.Clock;
import java.time.LocalDate;

/**
 * 工作日历 (administrators only): the years of the working-day calendar in force, and a form to enter next year
 * from the State Council's notice or to correct a year. Saving announces the year; open cases' due dates follow.
 */
@Route(value = "calendar", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class CalendarView extends VerticalLayout implements HasDynamicTitle {
    private final CalendarYearQueries years;
    private final int thisYear;
    final YearList list;
    final YearForm form;

    public CalendarView(CalendarYearQueries years, CalendarService calendar, CommandGateway commands,
                        CurrentUser currentUser, StaffUserDetailsService users, LocalizedMessages messages,
                        Clock clock) {
        this.years = years;
        this.thisYear = LocalDate.now(clock).getYear();
        addClassName("lb-page");
        setId("calendar-view");
        list = new YearList(this::edit,
                username -> users.find(username).map(StaffUser::displayName).orElse(username));
        form = new YearForm(
                (year, arrangements, notice) -> commands.sendAndWait(
                        new AnnounceYear(year, arrangements, notice, currentUser.actor())),
                () -> new FieldErrors(messages, this::getLocale),
                year -> calendar.current().isAnnounced(year),
                this::saved);
        add(new H2(getTranslation("calendar.title")), new Paragraph(getTranslation("calendar.intro")),
                section("calendar-years-section", "calendar.section.years", list),
                section("calendar-form-section", "calendar.section.form", form));
        refresh();
        form.blank(firstProvisionalYear());
    }

    private Section section(String id, String titleKey, Component content) {
        Section section = new Section(new H3(getTranslation(titleKey)), content);
        section.setId(id);
        section.addClassName("lb-section");
        return section;
    }

    private void refresh() {
        list.show(years.yearsInForce(thisYear), thisYear);
    }

    /** The first year from this one on with no notice: the one an administrator most likely enters next. */
    private int firstProvisionalYear() {
        return years.yearsInForce(thisYear).stream().filter(y -> y.year() >= thisYear)
                .filter(YearInForce::provisional).mapToInt(YearInForce::year).findFirst().orElse(thisYear + 1);
    }

    private void edit(YearInForce year) {
        form.edit(year);
        form.scrollIntoView();
    }

    private void saved(int year) {
        refresh();
        Notification notification = Notification.show(getTranslation("calendar.saved", String.valueOf(year)), 6000,
                Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.title") + " | " + getTranslation("app.title");
    }
}
