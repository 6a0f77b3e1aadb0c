package cn.weihai.lianbao.platform.projection.ui;

import cn.weihai.lianbao.platform.projection.ProjectionStatus;
import cn.weihai.lianbao.platform.projection.ReadModelProcessors;
import cn.weihai.lianbao.platform.projection.Projections;
import cn.weihai.lianbao.shared.LocalizedMessages;
import cn.weihai.lianbao.shared.RuleViolationException;
import cn.weihai.lianbao.ui.Labels;
import cn.weihai.lianbao.ui.MainLayout;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;

/**
 * 投影重建 (administrators): every event processor with its progress against the event store's head, and a
 * "rebuild" button for the projections that may replay. While the page is open it polls every second, so a
 * rebuild's progress shows as it catches up.
 */
@Route(value = "projections", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class ProjectionsView extends VerticalLayout implements HasDynamicTitle {
    static final int POLL_MILLIS = 1000;

    private final Projections projections;
    private final LocalizedMessages messages;
    final Div list = new Div();
    private Registration polling;

    public ProjectionsView(Projections projections, LocalizedMessages messages) {
        this.projections = projections;
        this.messages = messages;
        addClassName("lb-page");
        setId("projections-view");
        list.setId("projections-list");
        list.addClassName("lb-cards");
        add(new H2(Labels.text("projections.title")), new Paragraph(Labels.text("projections.intro")), list);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(POLL_MILLIS);
        polling = event.getUI().addPollListener(poll -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
        }
        event.getUI().setPollInterval(-1);
    }

    void refresh() {
        list.removeAll();
        projections.all().forEach(p -> list.add(card(p)));
    }

    void rebuild(String name) {
        try {
            projections.rebuild(name);
            Notification.show(Labels.text("projections.rebuildStarted", name))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RuleViolationException e) {
            Notification.show(messages.get(e.messageKey(), e.args(), getLocale()))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private Div card(ProjectionStatus p) {
        Div card = new Div(new H3(p.name()));
        card.setId("projection-" + p.name());
        card.addClassName("lb-card");
        if (ReadModelProcessors.GROUPS.containsKey(p.name())) {
            card.add(line("projections.field.contents", Labels.text("projections.contents." + p.name())));
        }
        card.add(line("projections.field.mode", Labels.text("projections.mode." + p.mode().name())));
        Div state = line("projections.field.state", Labels.text("projections.state." + p.state().name()));
        state.setId("state-" + p.name());
        state.getElement().setAttribute("data-state", p.state().name());
        card.add(state);
        card.add(line("projections.field.segments", String.valueOf(p.segmentsClaimed())));
        card.add(line("projections.field.position", Labels.text("projections.positionOfHead",
                p.position() == null ? Labels.empty() : String.valueOf(p.position()),
                p.head() < 0 ? Labels.empty() : String.valueOf(p.head()))));
        if (p.percentCaughtUp() != null) {
            ProgressBar progress = new ProgressBar(0, 100, p.percentCaughtUp());
            progress.setId("progress-" + p.name());
            card.add(line("projections.field.caughtUp", p.percentCaughtUp() + "%"), progress);
        }
        if (p.error() != null) {
            card.add(line("projections.field.error", p.error()));
        }
        if (p.resettable()) {
            Button rebuild = new Button(Labels.text("projections.action.rebuild"), click -> rebuild(p.name()));
            rebuild.setId("rebuild-" + p.name());
            rebuild.addThemeVariants(ButtonVariant.LUMO_ERROR);
            rebuild.setEnabled(p.running() && p.state() != ProjectionStatus.State.REPLAYING);
            card.add(rebuild);
        }
        return card;
    }

    private static Div line(String labelKey, String value) {
        Span label = new Span(Labels.text(labelKey) + ": ");
        Span text = new Span(value);
        Div line = new Div(label, text);
        line.addClassName("lb-field");
        return line;
    }

    @Override
    public String getPageTitle() {
        return Labels.text("projections.title");
    }
}
