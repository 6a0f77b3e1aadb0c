package cn.weihai.lianbao.casefile.ui;

import cn.weihai.lianbao.hotline.complaint.ui.RegisterComplaintButton;
import cn.weihai.lianbao.audit.ui.AuditLink;
import cn.weihai.lianbao.audit.ui.VerifyCaseButton;
import cn.weihai.lianbao.casefile.CaseFileQueries;
import cn.weihai.lianbao.casefile.api.CaseDetails;
import cn.weihai.lianbao.casefile.api.HistoryEntry;
import cn.weihai.lianbao.supervision.order.ui.SupervisionOrdersPanel;
import cn.weihai.lianbao.casefile.queue.StepRecorder;
import cn.weihai.lianbao.casefile.queue.ui.StepButton;
import cn.weihai.lianbao.shared.LocalizedMessages;
import cn.weihai.lianbao.hotline.ui.HotlineMasking;
import cn.weihai.lianbao.ui.Badge;
import cn.weihai.lianbao.ui.Labels;
import cn.weihai.lianbao.ui.MainLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/**
 * One case (案件): who applied for what, each utility's track, the external-works approval and every event.
 * Read straight from the event store, so it shows a step the moment it is recorded.
 */
@Route(value = "cases/:" + CaseView.CASE_NUMBER, layout = MainLayout.class)
@PermitAll
public class CaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    public static final String CASE_NUMBER = "caseNumber";

    private final CaseFileQueries queries;
    private final StepRecorder steps;
    private final LocalizedMessages messages;
    private String pageTitle = "";

    public CaseView(CaseFileQueries queries, StepRecorder steps, LocalizedMessages messages) {
        this.queries = queries;
        this.steps = steps;
        this.messages = messages;
        addClassName("lb-page");
        addClassName("lb-case-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        load(event.getRouteParameters().get(CASE_NUMBER).orElse("").strip());
    }

    private void load(String caseNumber) {
        List<HistoryEntry> history = queries.timeline(caseNumber);
        removeAll();
        add(new RouterLink(getTranslation("action.backToList"), CaseListView.class));
        queries.details(history).ifPresentOrElse(
                details -> show(details, history), () -> notFound(caseNumber));
    }

    private void show(CaseDetails details, List<HistoryEntry> history) {
        pageTitle = getTranslation("case.title", details.caseNumber());
        H2 title = new H2(details.caseNumber());
        title.setId("case-number");
        Div heading = new Div(title, Badge.of(details.status()));
        heading.addClassName("lb-case-heading");
        if (!HotlineMasking.masks(details.caseNumber())) { // the form shows the applicant's personal data
            heading.add(new ApplicationFormLink(details.caseNumber()));
        }
        AuditLink.forCase(details.caseNumber()).ifPresent(heading::add);
        heading.add(new VerifyCaseButton(details.caseNumber()));
        RegisterComplaintButton.forCase(details).ifPresent(heading::add);

        Div tracks = new Div();
        tracks.addClassName("lb-cards");
        details.tracks().forEach(t -> {
            TrackCard card = new TrackCard(t);
            if (!t.allowedSteps().isEmpty()) { // the track's own utility records its steps here
                StepButton.forUser(steps, messages, details.caseNumber(), t.service(),
                        card.getId().orElseThrow() + "-record-step", () -> load(details.caseNumber()))
                        .ifPresent(card::addToFooter);
            }
            tracks.add(card);
        });

        add(heading, new CaseHeader(details),
                section("case-tracks", "case.section.tracks", tracks),
                section("case-approval", "case.section.approval", new ApprovalPanel(details)),
                section("case-materials", "case.section.materials", MaterialsPanel.of(details)),
                section("case-orders", "case.section.orders", SupervisionOrdersPanel.of(details, history)),
                section("case-history", "case.section.history", new HistoryGrid(history)));
    }

    private void notFound(String caseNumber) {
        pageTitle = getTranslation("case.notFound.title");
        Div message = new Div(new H2(getTranslation("case.notFound.title")),
                new Paragraph(getTranslation("case.notFound.text", caseNumber)));
        message.setId("case-not-found");
        message.addClassName("lb-not-found");
        add(message);
    }

    static Section section(String id, String titleKey, Component... content) {
        Section section = new Section(new H3(Labels.text(titleKey)));
        section.add(content);
        section.setId(id);
        section.addClassName("lb-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " | " + getTranslation("app.title");
    }
}
