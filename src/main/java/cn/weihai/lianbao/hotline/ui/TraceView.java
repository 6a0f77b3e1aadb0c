package cn.weihai.lianbao.hotline.ui;

import cn.weihai.lianbao.casefile.CaseFileQueries;
import cn.weihai.lianbao.casefile.api.Applicant;
import cn.weihai.lianbao.casefile.api.CaseDetails;
import cn.weihai.lianbao.casefile.api.HistoryEntry;
import cn.weihai.lianbao.casefile.ui.CaseView;
import cn.weihai.lianbao.casefile.ui.EventDescriptions.Texts;
import cn.weihai.lianbao.hotline.PersonalDataReveals;
import cn.weihai.lianbao.hotline.TraceInput;
import cn.weihai.lianbao.hotline.complaint.ui.RegisterComplaintButton;
import cn.weihai.lianbao.hotline.TraceParagraph;
import cn.weihai.lianbao.hotline.TraceSection;
import cn.weihai.lianbao.identity.CurrentUser;
import cn.weihai.lianbao.ui.Badge;
import cn.weihai.lianbao.ui.Fields;
import cn.weihai.lianbao.ui.Labels;
import cn.weihai.lianbao.ui.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Objects;

/**
 * 案件追溯: one page that answers a caller — where the case is (each track's state, due date, what is late and
 * who is responsible), what happened when, the supervision orders, and whatever further {@link TraceSection}s
 * say (e.g. earlier complaint answers). Personal data are masked until revealed for a registered complaint.
 */
@Route(value = "hotline/trace/:" + TraceView.CASE_NUMBER, layout = MainLayout.class)
@RolesAllowed({"HOTLINE", "SUPERVISOR", "ADMIN"})
public class TraceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    public static final String CASE_NUMBER = "caseNumber";

    private final CaseFileQueries queries;
    private final List<TraceSection> sections;
    private final PersonalDataReveals reveals;
    private final CurrentUser currentUser;
    private String pageTitle = "";

    public TraceView(CaseFileQueries queries, List<TraceSection> sections, PersonalDataReveals reveals,
                     CurrentUser currentUser) {
        this.queries = queries;
        this.sections = sections;
        this.reveals = reveals;
        this.currentUser = currentUser;
        addClassName("lb-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        load(event.getRouteParameters().get(CASE_NUMBER).orElse("").strip());
    }

    void load(String caseNumber) {
        removeAll();
        add(new RouterLink(Labels.text("hotline.trace.back"), HotlineView.class));
        List<HistoryEntry> history = queries.timeline(caseNumber);
        queries.details(history).ifPresentOrElse(d -> show(d, history), () -> notFound(caseNumber));
    }

    private void show(CaseDetails details, List<HistoryEntry> history) {
        String caseNumber = details.caseNumber();
        pageTitle = Labels.text("hotline.trace.title", caseNumber);
        H2 title = new H2(Labels.text("hotline.trace.title", caseNumber));
        title.setId("trace-case-number");
        Div heading = new Div(title, Badge.of(details.status()));
        heading.addClassName("lb-case-heading");
        RouterLink casePage = new RouterLink(Labels.text("hotline.trace.casePage"), CaseView.class,
                new RouteParameters(CaseView.CASE_NUMBER, caseNumber));
        casePage.setId("trace-case-link");
        heading.add(casePage);
        RegisterComplaintButton.forCase(details).ifPresent(heading::add);
        add(heading, facts(details));

        Texts texts = Labels::text;
        TraceInput input = new TraceInput(details, history);
        sections.stream().map(s -> s.describe(input, texts)).filter(Objects::nonNull)
                .filter(p -> !p.lines().isEmpty()).map(TraceView::paragraph).forEach(this::add);
    }

    private Section facts(CaseDetails details) {
        String caseNumber = details.caseNumber();
        Applicant applicant = HotlineMasking.applicant(caseNumber, details.applicant());
        Fields fields = new Fields()
                .add("case.field.applicantName", applicant.name())
                .add("case.field.creditCode", applicant.creditCode())
                .add("case.field.contact", applicant.contactName())
                .add("case.field.phone", applicant.phone())
                .add("case.field.projectName", details.project().name())
                .add("case.field.address", details.project().address())
                .add("case.field.acceptedOn", Labels.date(details.acceptedOn()));
        Section section = section("trace-facts", Labels.text("hotline.trace.facts"), fields);
        if (HotlineMasking.masks(caseNumber)) {
            Button reveal = new Button(Labels.text("hotline.reveal.button"), VaadinIcon.EYE.create(),
                    click -> new RevealDialog(caseNumber, reveals, currentUser.get().orElseThrow(), () -> {
                        HotlineMasking.markRevealed(caseNumber);
                        load(caseNumber);
                    }).open());
            reveal.setId("trace-reveal");
            section.add(new Paragraph(Labels.text("hotline.reveal.masked")), reveal);
        }
        return section;
    }

    private static Section paragraph(TraceParagraph p) {
        UnorderedList list = new UnorderedList();
        p.lines().forEach(line -> list.add(new ListItem(line)));
        return section(p.id(), p.title(), list);
    }

    private static Section section(String id, String title, com.vaadin.flow.component.Component content) {
        Section section = new Section(new H3(title), content);
        section.setId(id);
        section.addClassName("lb-section");
        return section;
    }

    private void notFound(String caseNumber) {
        pageTitle = Labels.text("case.notFound.title");
        Div message = new Div(new H2(Labels.text("case.notFound.title")),
                new Paragraph(Labels.text("case.notFound.text", caseNumber)));
        message.setId("trace-not-found");
        message.addClassName("lb-not-found");
        add(message);
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " | " + Labels.text("app.title");
    }
}
