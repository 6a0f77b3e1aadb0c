package cn.weihai.lianbao.hotline.complaint.ui;

import cn.weihai.lianbao.casefile.CaseFileQueries;
import cn.weihai.lianbao.casefile.api.CaseDetails;
import cn.weihai.lianbao.casefile.ui.CaseActions;
import cn.weihai.lianbao.casefile.ui.CaseView;
import cn.weihai.lianbao.deadline.Warning;
import cn.weihai.lianbao.hotline.complaint.ComplaintDetails;
import cn.weihai.lianbao.hotline.complaint.Complaints;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintCommands.CloseComplaint;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintCommands.ForwardComplaint;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintCommands.ReopenComplaint;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintCommands.ReplyToComplaint;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintStatus;
import cn.weihai.lianbao.hotline.complaint.api.Satisfaction;
import cn.weihai.lianbao.identity.StaffUser;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.Role;
import cn.weihai.lianbao.shared.UtilityService;
import cn.weihai.lianbao.ui.Badge;
import cn.weihai.lianbao.ui.Fields;
import cn.weihai.lianbao.ui.Labels;
import cn.weihai.lianbao.ui.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One complaint (工单) and what the signed-in user may do with it: the hotline forwards, closes with the caller's
 * satisfaction and reopens; the addressed utility's staff or a supervisor reply. Utility staff see only the
 * complaints forwarded to their utility.
 */
@Route(value = "complaints/:" + ComplaintView.TICKET, layout = MainLayout.class)
@RolesAllowed({"HOTLINE", "ADMIN", "SUPERVISOR", "UTILITY_STAFF"})
public class ComplaintView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    public static final String TICKET = "ticket";
    /** The reply limit offered when forwarding. */
    static final int DEFAULT_REPLY_WORKING_DAYS = 5;

    private final Complaints complaints;
    private final CaseFileQueries cases;
    private final CaseActions actions;
    private String pageTitle = "";

    public ComplaintView(Complaints complaints, CaseFileQueries cases, CaseActions actions) {
        this.complaints = complaints;
        this.cases = cases;
        this.actions = actions;
        addClassName("lb-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        load(event.getRouteParameters().get(TICKET).orElse("").strip());
    }

    private void load(String ticket) {
        removeAll();
        add(new RouterLink(Labels.text("complaint.backToList"), ComplaintsView.class));
        StaffUser user = actions.user().orElse(null);
        complaints.find(ticket).filter(c -> maySee(user, c))
                .ifPresentOrElse(c -> show(c, user), () -> notFound(ticket));
    }

    static boolean maySee(StaffUser user, ComplaintDetails c) {
        return user != null && (user.role() != Role.UTILITY_STAFF || user.utility() == c.addressee());
    }

    private void show(ComplaintDetails c, StaffUser user) {
        pageTitle = Labels.text("complaint.title", c.ticketNumber());
        H2 title = new H2(c.ticketNumber());
        title.setId("complaint-ticket");
        Div heading = new Div(title, Badge.of(c.status()));
        heading.addClassName("lb-case-heading");
        if (c.overdue()) {
            Badge overdue = new Badge(Labels.text("complaint.overdue"), Warning.OVERDUE);
            overdue.setId("complaint-overdue");
            heading.add(overdue);
        }
        Fields fields = new Fields()
                .add("complaint.field.case", new RouterLink(c.caseNumber(), CaseView.class,
                        new RouteParameters(CaseView.CASE_NUMBER, c.caseNumber())))
                .add("complaint.field.callerName", c.callerName())
                .add("complaint.field.callerPhone", c.callerPhone())
                .add("complaint.field.category", Labels.of(c.category()))
                .add("complaint.field.service", c.service() == null ? Labels.text("complaint.scope.case")
                        : Labels.of(c.service()))
                .add("complaint.field.registeredOn", Labels.date(c.registeredOn()))
                .add("complaint.field.addressee", addressee(c))
                .add("complaint.field.dueDate", c.dueDate() == null ? null : Labels.date(c.dueDate()))
                .add("complaint.field.satisfaction", c.satisfaction() == null ? null : Labels.of(c.satisfaction()));
        fields.addWide("complaint.field.content", new Paragraph(c.content()));
        if (c.reply() != null) {
            fields.addWide("complaint.field.reply", new Paragraph(c.reply()));
        }
        if (c.reopenReason() != null) {
            fields.addWide("complaint.field.reopenReason", new Paragraph(c.reopenReason()));
        }
        fields.setId("complaint-fields");
        Div buttons = new Div();
        buttons.setId("complaint-actions");
        buttons.addClassName("lb-order-actions");
        actionsFor(c, user).forEach(buttons::add);
        add(heading, fields, buttons);
    }

    static String addressee(ComplaintDetails c) {
        return c.toSupervisor() ? Labels.text("complaint.addressee.supervisor")
                : c.addressee() == null ? null : Labels.of(c.addressee());
    }

    private List<Button> actionsFor(ComplaintDetails c, StaffUser user) {
        List<Button> buttons = new ArrayList<>();
        boolean agent = user.role() == Role.HOTLINE || user.role() == Role.ADMIN;
        boolean forwardable = c.status() == ComplaintStatus.REGISTERED || c.status() == ComplaintStatus.REOPENED;
        if (forwardable && (agent || user.role() == Role.SUPERVISOR)) {
            buttons.add(button("complaint-forward", "complaint.forward", () -> forward(c)));
        }
        boolean addressed = user.role() == Role.SUPERVISOR
                || user.role() == Role.UTILITY_STAFF && !c.toSupervisor() && user.utility() == c.addressee();
        if (c.status() == ComplaintStatus.FORWARDED && addressed) {
            buttons.add(button("complaint-reply", "complaint.reply", () -> reply(c, user)));
        }
        if (c.status() == ComplaintStatus.REPLIED && agent) {
            buttons.add(button("complaint-close", "complaint.close", () -> close(c)));
        }
        if (c.status() == ComplaintStatus.CLOSED && agent) {
            buttons.add(button("complaint-reopen", "complaint.reopen", () -> reopen(c)));
        }
        return buttons;
    }

    private static Button button(String id, String key, Runnable open) {
        Button b = new Button(Labels.text(key), click -> open.run());
        b.setId(id);
        return b;
    }

    private void forward(ComplaintDetails c) {
        ComboBox<Optional<UtilityService>> to = new ComboBox<>(Labels.text("complaint.field.addressee"));
        to.setId("forward-complaint-to");
        List<Optional<UtilityService>> choices = new ArrayList<>();
        cases.find(c.caseNumber()).ifPresent(d -> d.tracks().stream().map(CaseDetails.TrackDetails::service)
                .map(Optional::of).forEach(choices::add));
        choices.add(Optional.empty());
        to.setItems(choices);
        to.setItemLabelGenerator(o -> o.map(Labels::of).orElse(Labels.text("complaint.addressee.supervisor")));
        to.setRequiredIndicatorVisible(true);
        Optional.ofNullable(c.service()).map(Optional::of).filter(choices::contains).ifPresent(to::setValue);
        IntegerField days = new IntegerField(Labels.text("complaint.field.replyWorkingDays"));
        days.setId("forward-complaint-days");
        days.setMin(1);
        days.setMax(ForwardComplaint.MAX_WORKING_DAYS);
        days.setStepButtonsVisible(true);
        days.setValue(DEFAULT_REPLY_WORKING_DAYS);
        ComplaintDialog dialog = new ComplaintDialog(actions, "forward-complaint", "complaint.forward",
                "complaint.forward.save");
        dialog.field("utility", to).field("replyWorkingDays", days).onSave(() -> {
            if (to.getValue() == null) {
                dialog.invalid("utility", Labels.text("validation.required"));
                return null;
            }
            if (days.getValue() == null) {
                dialog.invalid("replyWorkingDays", Labels.text("validation.required"));
                return null;
            }
            return new ForwardComplaint(c.ticketNumber(), to.getValue().orElse(null), days.getValue(),
                    actions.actor(), channelOf(actions.actor().role()));
        }, () -> load(c.ticketNumber()));
        dialog.open();
    }

    /** Agents act through the hotline; everyone else in their own workspace. */
    static Channel channelOf(Role role) {
        return role == Role.HOTLINE ? Channel.HOTLINE : Channel.STAFF_WORKSPACE;
    }

    private void reply(ComplaintDetails c, StaffUser user) {
        TextArea text = new TextArea(Labels.text("complaint.field.reply"));
        text.setId("reply-complaint-text");
        text.setRequiredIndicatorVisible(true);
        ComplaintDialog dialog = new ComplaintDialog(actions, "reply-complaint", "complaint.reply",
                "complaint.reply.save");
        dialog.field("reply", text).onSave(() -> new ReplyToComplaint(c.ticketNumber(), text.getValue(),
                user.utility(), actions.actor(), Channel.STAFF_WORKSPACE), () -> load(c.ticketNumber()));
        dialog.open();
    }

    private void close(ComplaintDetails c) {
        ComboBox<Satisfaction> satisfaction = new ComboBox<>(Labels.text("complaint.field.satisfaction"));
        satisfaction.setId("close-complaint-satisfaction");
        satisfaction.setItems(Satisfaction.values());
        satisfaction.setItemLabelGenerator(Labels::of);
        satisfaction.setRequiredIndicatorVisible(true);
        TextArea note = new TextArea(Labels.text("complaint.field.note"));
        note.setId("close-complaint-note");
        ComplaintDialog dialog = new ComplaintDialog(actions, "close-complaint", "complaint.close",
                "complaint.close.save");
        dialog.field("satisfaction", satisfaction).field("note", note).onSave(() -> new CloseComplaint(
                c.ticketNumber(), satisfaction.getValue(), note.getValue(), actions.actor(), Channel.HOTLINE),
                () -> load(c.ticketNumber()));
        dialog.open();
    }

    private void reopen(ComplaintDetails c) {
        TextArea reason = new TextArea(Labels.text("complaint.field.reopenReason"));
        reason.setId("reopen-complaint-reason");
        reason.setRequiredIndicatorVisible(true);
        ComplaintDialog dialog = new ComplaintDialog(actions, "reopen-complaint", "complaint.reopen",
                "complaint.reopen.save");
        dialog.field("reason", reason).onSave(() -> new ReopenComplaint(c.ticketNumber(), reason.getValue(),
                actions.actor(), Channel.HOTLINE), () -> load(c.ticketNumber()));
        dialog.open();
    }

    private void notFound(String ticket) {
        pageTitle = Labels.text("complaint.notFound.title");
        Div message = new Div(new H2(Labels.text("complaint.notFound.title")),
                new Paragraph(Labels.text("error.notFound.complaint", ticket)));
        message.setId("complaint-not-found");
        message.addClassName("lb-not-found");
        add(message);
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " | " + getTranslation("app.title");
    }
}
