package cn.weihai.lianbao.audit.ui;

import cn.weihai.lianbao.LianbaoApplication;
import cn.weihai.lianbao.audit.HistoryExports;
import cn.weihai.lianbao.audit.HistoryFilter;
import cn.weihai.lianbao.audit.PointInTime;
import cn.weihai.lianbao.casefile.CaseFileQueries;
import cn.weihai.lianbao.casefile.api.CaseDetails;
import cn.weihai.lianbao.casefile.api.HistoryEntry;
import cn.weihai.lianbao.casefile.ui.CaseSections;
import cn.weihai.lianbao.casefile.ui.CaseView;
import cn.weihai.lianbao.casefile.ui.EventDescriptions;
import cn.weihai.lianbao.casefile.ui.HistoryGrid;
import cn.weihai.lianbao.identity.CurrentUser;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.ui.Badge;
import cn.weihai.lianbao.ui.DatePickers;
import cn.weihai.lianbao.ui.Labels;
import cn.weihai.lianbao.ui.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The audit of one case (审计): every event with who recorded it, in which role, for which organisation, through
 * which channel, its business date and the time it was recorded, filterable by event type and by person; the case
 * as it stood at any chosen moment, rebuilt from the events recorded up to then; and the full history to export.
 * Read-only throughout.
 */
@Route(value = "cases/:" + AuditView.CASE_NUMBER + "/audit", layout = MainLayout.class)
@RolesAllowed({"SUPERVISOR", "ADMIN", "HOTLINE"})
public class AuditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    public static final String CASE_NUMBER = "caseNumber";

    private final CaseFileQueries queries;
    private final CurrentUser currentUser;
    private final Clock clock;
    private String pageTitle = "";
    private List<HistoryEntry> history = List.of();

    final MultiSelectComboBox<String> typeFilter = new MultiSelectComboBox<>();
    final ComboBox<Actor> actorFilter = new ComboBox<>();
    final Span shownCount = new Span();
    HistoryGrid grid;
    final DateTimePicker moment = new DateTimePicker();
    final Button nowButton = new Button();
    final Span momentCount = new Span();
    final Div momentResult = new Div();

    public AuditView(CaseFileQueries queries, CurrentUser currentUser, Clock clock) {
        this.queries = queries;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("lb-page");
        addClassName("lb-audit-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String caseNumber = event.getRouteParameters().get(CASE_NUMBER).orElse("").strip();
        history = queries.timeline(caseNumber);
        removeAll();
        if (history.isEmpty()) {
            notFound(caseNumber);
            return;
        }
        CaseDetails now = queries.details(history).orElseThrow();
        show(now);
    }

    private void show(CaseDetails now) {
        String caseNumber = now.caseNumber();
        pageTitle = getTranslation("audit.title", caseNumber);
        add(new RouterLink(getTranslation("audit.backToCase"), CaseView.class,
                new RouteParameters(CaseView.CASE_NUMBER, caseNumber)));
        H2 title = new H2(getTranslation("audit.heading", caseNumber));
        title.setId("audit-case-number");
        Div heading = new Div(title, Badge.of(now.status()));
        heading.addClassName("lb-case-heading");
        if (currentUser.get().map(u -> HistoryExports.EXPORTERS.contains(u.role())).orElse(false)) {
            heading.add(HistoryExportLink.csv(caseNumber), HistoryExportLink.pdf(caseNumber));
        }
        add(heading,
                CaseSections.section("audit-history", "audit.section.history", historyFilters(), shownCount,
                        historyGrid()),
                CaseSections.section("audit-point-in-time", "audit.section.pointInTime", momentForm(), momentCount,
                        momentResult));
        filter();
        showMoment();
    }

    private Div historyFilters() {
        EventDescriptions descriptions = new EventDescriptions(Labels::text);
        Map<String, String> typeLabels = history.stream().collect(Collectors.toMap(HistoryEntry::type,
                h -> descriptions.typeLabel(h.event()), (a, b) -> a));
        typeFilter.setId("audit-type-filter");
        typeFilter.setLabel(getTranslation("audit.filter.type"));
        typeFilter.setItems(HistoryFilter.typesIn(history));
        typeFilter.setItemLabelGenerator(typeLabels::get);
        typeFilter.setClearButtonVisible(true);
        typeFilter.addValueChangeListener(e -> filter());

        actorFilter.setId("audit-actor-filter");
        actorFilter.setLabel(getTranslation("audit.filter.actor"));
        actorFilter.setItems(HistoryFilter.actorsIn(history));
        actorFilter.setItemLabelGenerator(a -> a.organisation().isBlank() ? a.displayName()
                : getTranslation("common.nameAndOrganisation", a.displayName(), a.organisation()));
        actorFilter.setClearButtonVisible(true);
        actorFilter.addValueChangeListener(e -> filter());

        Div filters = new Div(typeFilter, actorFilter);
        filters.addClassName("lb-audit-filters");
        shownCount.setId("audit-shown-count");
        shownCount.addClassName("lb-muted");
        return filters;
    }

    private HistoryGrid historyGrid() {
        grid = new HistoryGrid(history);
        grid.setId("audit-history-grid");
        return grid;
    }

    void filter() {
        Actor actor = actorFilter.getValue();
        List<HistoryEntry> shown = new HistoryFilter(typeFilter.getValue(), actor == null ? null : actor.username())
                .apply(history);
        grid.setItems(shown);
        shownCount.setText(getTranslation("audit.filter.count", shown.size(), history.size()));
    }

    private Div momentForm() {
        moment.setId("audit-moment");
        moment.setLabel(getTranslation("audit.moment"));
        moment.setDatePickerI18n(DatePickers.i18n());
        moment.setStep(Duration.ofSeconds(1));
        moment.setValue(nowToTheSecond());
        moment.addValueChangeListener(e -> showMoment());
        nowButton.setId("audit-moment-now");
        nowButton.setText(getTranslation("audit.moment.now"));
        nowButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        nowButton.addClickListener(e -> moment.setValue(nowToTheSecond()));
        Div form = new Div(moment, nowButton);
        form.addClassName("lb-audit-filters");
        momentCount.setId("audit-moment-count");
        momentCount.addClassName("lb-muted");
        momentResult.setId("audit-moment-case");
        momentResult.addClassName("lb-audit-moment-case");
        return form;
    }

    private LocalDateTime nowToTheSecond() {
        return LocalDateTime.now(clock.withZone(LianbaoApplication.ZONE)).truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * Rebuilds the case from its events recorded up to the chosen moment. The picker shows whole seconds, as the
     * history does, so a moment means the end of its second: an event listed at 10:15:30 is in at 10:15:30.
     */
    void showMoment() {
        momentResult.removeAll();
        momentCount.setText("");
        moment.setInvalid(false);
        LocalDateTime chosen = moment.getValue();
        if (chosen == null) {
            invalidMoment(getTranslation("audit.moment.required"));
            return;
        }
        Instant second = chosen.truncatedTo(ChronoUnit.SECONDS).atZone(LianbaoApplication.ZONE).toInstant();
        if (second.isAfter(clock.instant())) {
            invalidMoment(getTranslation("audit.moment.future"));
            return;
        }
        Instant at = second.plusSeconds(1).minusNanos(1);
        PointInTime then = PointInTime.of(queries, history, at);
        momentCount.setText(getTranslation("audit.moment.count", then.eventsUpTo(), then.eventsInAll(),
                Labels.dateTime(at)));
        then.details().ifPresentOrElse(details -> momentResult.add(CaseSections.readOnly(details)), () -> {
            Paragraph before = new Paragraph(getTranslation("audit.moment.beforeCase", Labels.dateTime(at),
                    Labels.dateTime(then.firstRecordedAt())));
            before.setId("audit-moment-before-case");
            before.addClassName("lb-not-found");
            momentResult.add(before);
        });
    }

    private void invalidMoment(String message) {
        moment.setErrorMessage(message);
        moment.setInvalid(true);
    }

    private void notFound(String caseNumber) {
        pageTitle = getTranslation("case.notFound.title");
        Div message = new Div(new H2(getTranslation("case.notFound.title")),
                new Paragraph(getTranslation("case.notFound.text", caseNumber)));
        message.setId("audit-not-found");
        message.addClassName("lb-not-found");
        add(message);
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " | " + getTranslation("app.title");
    }
}
