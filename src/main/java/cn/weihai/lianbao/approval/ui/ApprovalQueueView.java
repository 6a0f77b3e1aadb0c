package cn.weihai.lianbao.approval.ui;

import cn.weihai.lianbao.approval.ApprovalQueueItem;
import cn.weihai.lianbao.approval.ApprovalQueueQueries;
import cn.weihai.lianbao.casefile.ExternalWorksPermissions;
import cn.weihai.lianbao.casefile.api.Department;
import cn.weihai.lianbao.casefile.ui.CaseActions;
import cn.weihai.lianbao.casefile.ui.CaseView;
import cn.weihai.lianbao.casefile.ui.ClockMark;
import cn.weihai.lianbao.casefile.ui.ClockTexts;
import cn.weihai.lianbao.casefile.ui.OpinionDialog;
import cn.weihai.lianbao.identity.StaffUser;
import cn.weihai.lianbao.ui.Labels;
import cn.weihai.lianbao.ui.MainLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/**
 * 待审批: the external-works approvals waiting for a department's opinion, oldest submission (soonest due) first,
 * and what was already decided (已处理). Department staff see their own department's and give their opinion here;
 * supervisors and administrators see every department's, with a department filter.
 */
@Route(value = "approvals", layout = MainLayout.class)
@RolesAllowed({"APPROVAL_STAFF", "SUPERVISOR", "ADMIN"})
public class ApprovalQueueView extends VerticalLayout implements HasDynamicTitle {
    private static final long CATCH_UP_MILLIS = 5_000;

    private final ApprovalQueueQueries queries;
    private final CaseActions actions;
    /** The department whose opinions the user gives; null for supervisors and administrators. */
    private final Department ownDepartment;
    final Tab pendingTab = new Tab();
    final Tab decidedTab = new Tab();
    final Tabs tabs = new Tabs(pendingTab, decidedTab);
    final Select<Department> department = new Select<>();
    final Grid<ApprovalQueueItem> pending = new Grid<>();
    final Grid<ApprovalQueueItem> decided = new Grid<>();

    public ApprovalQueueView(ApprovalQueueQueries queries, CaseActions actions) {
        this.queries = queries;
        this.actions = actions;
        StaffUser user = actions.user().orElse(null);
        this.ownDepartment = user != null && ExternalWorksPermissions.mayGiveOpinion(user) ? user.department() : null;
        addClassName("lb-page");
        setId("approvals-view");
        add(new H2(getTranslation("approvals.title")));
        if (ownDepartment != null) {
            Paragraph lead = new Paragraph(getTranslation("approvals.lead.department", Labels.of(ownDepartment)));
            lead.setId("approvals-own-department");
            add(lead);
        } else {
            department.setId("approvals-department");
            department.setLabel(getTranslation("approvals.filter.department"));
            department.setItems(Department.values());
            department.setItemLabelGenerator(Labels::of);
            department.setEmptySelectionAllowed(true);
            department.setEmptySelectionCaption(getTranslation("approvals.filter.allDepartments"));
            department.addValueChangeListener(e -> refresh());
            add(department);
        }
        pendingTab.setId("approvals-tab-pending");
        decidedTab.setId("approvals-tab-decided");
        tabs.setId("approvals-tabs");
        tabs.addSelectedChangeListener(e -> showTab());
        setUpPending();
        setUpDecided();
        add(tabs, pending, decided);
        refresh();
        showTab();
    }

    private Department shown() {
        return ownDepartment != null ? ownDepartment : department.getValue();
    }

    private void setUpPending() {
        pending.setId("approvals-pending");
        caseColumns(pending);
        pending.addComponentColumn(this::due).setKey("dueOn").setHeader(getTranslation("approvals.column.dueOn"))
                .setAutoWidth(true);
        partyColumns(pending);
        if (ownDepartment != null) {
            pending.addComponentColumn(this::opinionButton).setKey("action").setAutoWidth(true).setFlexGrow(0);
        }
        pending.setEmptyStateText(getTranslation("approvals.empty.pending"));
        pending.setItems(q -> queries.pending(shown(), q.getOffset(), q.getLimit()).stream(),
                q -> queries.countPending(shown()));
    }

    private void setUpDecided() {
        decided.setId("approvals-decided");
        caseColumns(decided);
        decided.addColumn(ApprovalQueueView::opinion).setKey("opinion")
                .setHeader(getTranslation("approval.column.opinion")).setFlexGrow(2);
        decided.addColumn(i -> Labels.date(i.decidedOn())).setKey("decidedOn")
                .setHeader(getTranslation("approvals.column.decidedOn")).setAutoWidth(true);
        decided.addColumn(i -> Labels.orEmpty(i.decidedBy())).setKey("decidedBy")
                .setHeader(getTranslation("approval.column.actor")).setAutoWidth(true);
        partyColumns(decided);
        decided.setEmptyStateText(getTranslation("approvals.empty.decided"));
        decided.setItems(q -> queries.decided(shown(), q.getOffset(), q.getLimit()).stream(),
                q -> queries.countDecided(shown()));
    }

    private void caseColumns(Grid<ApprovalQueueItem> grid) {
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(i -> new RouterLink(i.caseNumber(), CaseView.class,
                        new RouteParameters(CaseView.CASE_NUMBER, i.caseNumber()))).setKey("caseNumber")
                .setHeader(getTranslation("approvals.column.caseNumber")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> Labels.text("approval.round", i.round())).setKey("round")
                .setHeader(getTranslation("approval.field.round")).setAutoWidth(true).setFlexGrow(0);
        if (ownDepartment == null) {
            grid.addColumn(i -> Labels.of(i.department())).setKey("department")
                    .setHeader(getTranslation("approval.column.department")).setAutoWidth(true);
        }
        grid.addColumn(i -> Labels.date(i.submittedOn())).setKey("submittedOn")
                .setHeader(getTranslation("approval.field.submittedOn")).setAutoWidth(true).setFlexGrow(0);
    }

    private void partyColumns(Grid<ApprovalQueueItem> grid) {
        grid.addColumn(i -> Labels.orEmpty(i.applicantName())).setKey("applicant")
                .setHeader(getTranslation("approvals.column.applicant")).setFlexGrow(2);
        grid.addColumn(i -> Labels.orEmpty(i.projectName())).setKey("project")
                .setHeader(getTranslation("approvals.column.project")).setFlexGrow(2);
        grid.addColumn(i -> Labels.of(i.district())).setKey("district")
                .setHeader(getTranslation("approvals.column.district")).setAutoWidth(true);
    }

    private Component due(ApprovalQueueItem item) {
        Div cell = new Div(ClockTexts.dueDate(item.clock()));
        cell.addClassName("lb-marks");
        ClockMark.of(item.clock(), false).ifPresent(mark -> cell.add(mark.badge()));
        return cell;
    }

    private Button opinionButton(ApprovalQueueItem item) {
        Button button = new Button(getTranslation("approval.action.opinion"), click -> {
            var dialog = OpinionDialog.create(actions, item.caseNumber(), item.round(), item.department(),
                    () -> opinionGiven(item));
            // the case may have moved on meanwhile (another department refused): show the queue as it is now
            dialog.addOpenedChangeListener(e -> {
                if (!e.isOpened()) {
                    refresh();
                }
            });
            dialog.open();
        });
        button.setId("opinion-" + item.caseNumber());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    /** The queue is a projection: wait (briefly) until it has the opinion, so the row leaves at once. */
    private void opinionGiven(ApprovalQueueItem item) {
        long until = System.currentTimeMillis() + CATCH_UP_MILLIS;
        while (queries.isPending(item.caseNumber(), item.round(), item.department())
                && System.currentTimeMillis() < until) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        refresh();
        Notification done = Notification.show(getTranslation("approvals.opinionGiven", item.caseNumber()), 4000,
                Notification.Position.BOTTOM_START);
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void refresh() {
        pendingTab.setLabel(getTranslation("approvals.tab.pending", queries.countPending(shown())));
        decidedTab.setLabel(getTranslation("approvals.tab.decided", queries.countDecided(shown())));
        pending.getDataProvider().refreshAll();
        decided.getDataProvider().refreshAll();
    }

    private void showTab() {
        pending.setVisible(tabs.getSelectedTab() == pendingTab);
        decided.setVisible(tabs.getSelectedTab() == decidedTab);
    }

    private static String opinion(ApprovalQueueItem i) {
        String verdict = Labels.text(Boolean.TRUE.equals(i.agreed()) ? "approval.opinion.agreed"
                : "approval.opinion.refused");
        return i.reason() == null || i.reason().isBlank() ? verdict : Labels.text("common.reasonSuffix", verdict,
                i.reason());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("approvals.title") + " | " + getTranslation("app.title");
    }
}
