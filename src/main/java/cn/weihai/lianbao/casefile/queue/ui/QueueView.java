package cn.weihai.lianbao.casefile.queue.ui;

import cn.weihai.lianbao.casefile.api.TrackStatus;
import cn.weihai.lianbao.casefile.queue.OpenTrack;
import cn.weihai.lianbao.casefile.queue.QueueFilter;
import cn.weihai.lianbao.casefile.queue.StepRecorder;
import cn.weihai.lianbao.casefile.queue.WorkQueueQueries;
import cn.weihai.lianbao.casefile.ui.CaseView;
import cn.weihai.lianbao.deadline.Warning;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.LocalizedMessages;
import cn.weihai.lianbao.shared.UtilityService;
import cn.weihai.lianbao.ui.Badge;
import cn.weihai.lianbao.ui.Labels;
import cn.weihai.lianbao.ui.MainLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/**
 * 待办 (work queue): one utility's open tracks across all cases, soonest due first, with the 临期/超期 mark. Utility
 * staff see their own utility's queue and record steps from it; administrators and supervisors pick a utility and
 * look on.
 */
@Route(value = "queue", layout = MainLayout.class)
@RolesAllowed({"UTILITY_STAFF", "ADMIN", "SUPERVISOR"})
public class QueueView extends VerticalLayout implements HasDynamicTitle {
    private static final Duration PROJECTION_WAIT = Duration.ofSeconds(3);
    private final WorkQueueQueries queries;
    private final StepRecorder recorder;
    private final LocalizedMessages messages;
    private QueueFilter filter;

    final Select<UtilityService> service = new Select<>();
    final TextField search = new TextField();
    final Select<TrackStatus> status = new Select<>();
    final Select<Warning> warning = new Select<>();
    final Select<District> district = new Select<>();
    final Grid<OpenTrack> grid = new Grid<>();
    final Span count = new Span();

    public QueueView(WorkQueueQueries queries, StepRecorder recorder, LocalizedMessages messages) {
        this.queries = queries;
        this.recorder = recorder;
        this.messages = messages;
        addClassName("lb-page");
        setId("queue-view");
        setSizeFull();
        UtilityService own = recorder.ownUtility().orElse(null);
        filter = QueueFilter.of(own != null ? own : UtilityService.values()[0]);
        configureFilters(own);
        configureGrid();

        Button refresh = new Button(getTranslation("action.refresh"), VaadinIcon.REFRESH.create(), click -> refresh());
        refresh.setId("queue-refresh");
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        count.setId("queue-count");
        count.addClassName("lb-muted");
        HorizontalLayout toolbar = new HorizontalLayout(service, search, status, warning, district, refresh, count);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("lb-toolbar");
        toolbar.setWrap(true);
        H2 title = new H2(own != null ? getTranslation("work.queue.title.own", Labels.of(own))
                : getTranslation("work.queue.title"));
        title.setId("queue-title");
        add(title, toolbar, grid);
        refresh();
    }

    private void configureFilters(UtilityService own) {
        service.setId("queue-service");
        service.setLabel(getTranslation("work.queue.filter.service"));
        service.setItems(UtilityService.values());
        service.setItemLabelGenerator(Labels::of);
        service.setValue(filter.service());
        service.setVisible(own == null); // staff work their own utility's queue only
        service.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                filterBy(filter.withService(e.getValue()));
            }
        });

        search.setId("queue-search");
        search.setLabel(getTranslation("work.queue.search.label"));
        search.setPlaceholder(getTranslation("work.queue.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMinWidth("16em");
        search.addValueChangeListener(e -> filterBy(filter.withText(e.getValue())));

        status.setId("queue-status-filter");
        status.setLabel(getTranslation("work.queue.filter.status"));
        status.setItems(Arrays.stream(TrackStatus.values()).filter(s -> !s.isFinished()).toList());
        filterChoice(status, Labels::of);
        status.addValueChangeListener(e -> filterBy(filter.withStatus(e.getValue())));

        warning.setId("queue-warning-filter");
        warning.setLabel(getTranslation("work.queue.filter.warning"));
        warning.setItems(Warning.DUE_SOON, Warning.OVERDUE);
        filterChoice(warning, w -> getTranslation("clock.mark." + w.name()));
        warning.addValueChangeListener(e -> filterBy(filter.withWarning(e.getValue())));

        district.setId("queue-district-filter");
        district.setLabel(getTranslation("work.queue.filter.district"));
        district.setItems(District.values());
        filterChoice(district, Labels::shortOf);
        district.addValueChangeListener(e -> filterBy(filter.withDistrict(e.getValue())));
    }

    private <E extends Enum<E>> void filterChoice(Select<E> select, Function<E, String> label) {
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("work.queue.filter.all"));
        select.setItemLabelGenerator(e -> e == null ? getTranslation("work.queue.filter.all") : label.apply(e));
    }

    private void configureGrid() {
        grid.setId("queue-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("work.queue.empty"));
        grid.addColumn(new ComponentRenderer<>(QueueView::due)).setKey("dueOn")
                .setHeader(getTranslation("work.queue.column.dueOn")).setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(QueueView::mark)).setKey("warning")
                .setHeader(getTranslation("work.queue.column.warning")).setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(QueueView::caseLink)).setKey("caseNumber")
                .setHeader(getTranslation("work.queue.column.caseNumber")).setWidth("10rem").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(t -> Badge.of(t.status()))).setKey("status")
                .setHeader(getTranslation("work.queue.column.status")).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(OpenTrack::applicantName).setKey("applicant")
                .setHeader(getTranslation("work.queue.column.applicant")).setWidth("8rem").setFlexGrow(1);
        grid.addColumn(OpenTrack::projectName).setKey("project")
                .setHeader(getTranslation("work.queue.column.project")).setWidth("8rem").setFlexGrow(1);
        grid.addColumn(t -> Labels.shortOf(t.district())).setKey("district")
                .setHeader(getTranslation("work.queue.column.district")).setWidth("5.5rem").setFlexGrow(0);
        grid.addColumn(t -> Labels.shortOf(t.channel())).setKey("channel")
                .setHeader(getTranslation("work.queue.column.channel")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(t -> Labels.date(t.acceptedOn())).setKey("acceptedOn")
                .setHeader(getTranslation("work.queue.column.acceptedOn")).setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::actions)).setKey("actions")
                .setHeader(getTranslation("work.queue.column.actions")).setWidth("6.5rem").setFlexGrow(0);
        grid.setItems(query -> queries.page(filter, query.getOffset(), query.getLimit()).stream(),
                query -> queries.count(filter));
    }

    /** The due date, marked when it rests on a calendar year not yet announced. */
    private static Component due(OpenTrack t) {
        Span date = new Span(Labels.date(t.dueOn()));
        if (!t.dueProvisional()) {
            return date;
        }
        Span note = new Span(Labels.text("clock.provisional"));
        note.addClassName("lb-provisional");
        return new Div(date, note);
    }

    /** 临期 / 超期 from the system's alerts; 计时暂停 while the track waits on the applicant. */
    private static Component mark(OpenTrack t) {
        if (t.isWaiting()) {
            return new Badge(Labels.text("clock.mark.CLOCK_PAUSED"), Mark.CLOCK_PAUSED);
        }
        return t.warning() == Warning.NONE ? new Span() : new Badge(Labels.text("clock.mark." + t.warning().name()),
                t.warning());
    }

    private static Component caseLink(OpenTrack t) {
        RouterLink link = new RouterLink(t.caseNumber(), CaseView.class,
                new RouteParameters(CaseView.CASE_NUMBER, t.caseNumber()));
        link.setId("queue-case-" + t.caseNumber() + "-" + t.service().name().toLowerCase(Locale.ROOT));
        return link;
    }

    private Component actions(OpenTrack t) {
        return StepButton.forUser(recorder, messages, t.caseNumber(), t.service(),
                        "queue-record-" + t.caseNumber() + "-" + t.service().name().toLowerCase(Locale.ROOT),
                        () -> {
                            queries.awaitAfter(t.caseNumber(), t.eventCount(), PROJECTION_WAIT);
                            refresh();
                        })
                .<Component>map(b -> b).orElseGet(Span::new);
    }

    private void filterBy(QueueFilter newFilter) {
        filter = newFilter;
        refresh();
    }

    /** Reloads the grid: a recorded step reaches the queue a moment after it is recorded. */
    void refresh() {
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("work.queue.count", queries.count(filter)));
    }

    QueueFilter filter() {
        return filter;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("work.queue.title") + " | " + getTranslation("app.title");
    }

    /** The colour class of the paused mark, the same as the case page's (lb-badge--clock-paused). */
    private enum Mark {
        CLOCK_PAUSED
    }
}
