package cn.weihai.lianbao.casefile.ui;

import cn.weihai.lianbao.casefile.api.CaseDetails;
import cn.weihai.lianbao.casefile.api.CaseDetails.ApprovalDetails;
import cn.weihai.lianbao.casefile.api.CaseDetails.Opinion;
import cn.weihai.lianbao.deadline.ClockReading;
import cn.weihai.lianbao.ui.Badge;
import cn.weihai.lianbao.ui.Fields;
import cn.weihai.lianbao.ui.Labels;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.di.Instantiator;

import java.util.List;

/**
 * 外线工程联合审批: status and time limit, round, materials, one row per department with its opinion, and the
 * permit.
 */
class ApprovalPanel extends Div {

    /** The approval of a case, with the next steps the signed-in user may take. */
    ApprovalPanel(CaseDetails details) {
        this(details.approval());
        if (details.approval() != null) {
            add(new ApprovalActions(Instantiator.get(UI.getCurrent()).getOrCreate(CaseActions.class), details));
        }
    }

    ApprovalPanel(ApprovalDetails approval) {
        addClassName("lb-approval");
        if (approval == null) {
            add(new Paragraph(Labels.text("approval.none")));
            return;
        }
        Fields fields = new Fields()
                .add("approval.field.status", status(approval))
                .add("approval.field.round", Labels.text("approval.round", approval.round()));
        addClock(fields, approval);
        fields.add("approval.field.preparedBy", Labels.of(approval.preparedBy()))
                .add("approval.field.commitment", Labels.yesNo(approval.commitmentApplies()))
                .add("approval.field.commitmentLetter", approval.commitmentLetter())
                .add("approval.field.touchesHighway", Labels.yesNo(approval.touchesHighway()))
                .add("approval.field.permitNumber", approval.permitNumber())
                .add("approval.field.permitIssuedOn", Labels.date(approval.permitIssuedOn()));
        add(fields);
        if (!approval.opinions().isEmpty()) {
            Grid<Opinion> opinions = opinions(approval.opinions(), false);
            opinions.setId("approval-opinions");
            add(opinions);
        }
        if (!approval.earlierRounds().isEmpty()) {
            Details earlier = new Details(Labels.text("approval.earlierRounds"),
                    opinions(approval.earlierRounds(), true));
            earlier.setId("approval-earlier-rounds");
            add(earlier);
        }
    }

    private static Div status(ApprovalDetails approval) {
        Div marks = new Div(Badge.of(approval.status()));
        marks.addClassName("lb-marks");
        ClockMark.of(approval.clock(), false).ifPresent(mark -> marks.add(mark.badge()));
        return marks;
    }

    /** The approval's own limit runs from each submission until the permit is issued. */
    private static void addClock(Fields fields, ApprovalDetails approval) {
        ClockReading clock = approval.clock();
        fields.add("approval.field.limit", ClockTexts.workingDays(approval.limitWorkingDays()))
                .add("approval.field.submittedOn", Labels.date(approval.submittedOn()));
        if (clock == null) {
            fields.add("approval.field.dueOn", Labels.text("approval.clock.notStarted"));
            return;
        }
        fields.add("approval.field.dueOn", ClockTexts.dueDate(clock));
        if (clock.stoppedOn() == null) {
            fields.add("approval.field.remainingDays", ClockTexts.remaining(clock));
        } else {
            fields.add("approval.field.usedDays", ClockTexts.workingDays(clock.usedWorkingDays()));
        }
    }

    private static Grid<Opinion> opinions(List<Opinion> rows, boolean withRound) {
        Grid<Opinion> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        if (withRound) {
            grid.addColumn(o -> Labels.text("approval.round", o.round())).setHeader(Labels.text("approval.field.round"))
                    .setAutoWidth(true).setFlexGrow(0);
        }
        grid.addColumn(o -> Labels.of(o.department())).setKey("department")
                .setHeader(Labels.text("approval.column.department")).setAutoWidth(true);
        grid.addColumn(ApprovalPanel::opinion).setKey("opinion").setHeader(Labels.text("approval.column.opinion"))
                .setFlexGrow(2);
        grid.addColumn(o -> Labels.date(o.givenOn())).setHeader(Labels.text("approval.column.givenOn"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> o.actor() == null ? Labels.empty() : CaseHeader.who(o.actor()))
                .setHeader(Labels.text("approval.column.actor")).setAutoWidth(true);
        grid.setItems(rows);
        return grid;
    }

    private static String opinion(Opinion o) {
        if (o.agreed() == null) {
            return Labels.text("approval.opinion.pending");
        }
        String verdict = Labels.text(o.agreed() ? "approval.opinion.agreed" : "approval.opinion.refused");
        return o.reason() == null || o.reason().isBlank() ? verdict
                : Labels.text("common.reasonSuffix", verdict, o.reason());
    }
}
