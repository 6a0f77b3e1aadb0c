package cn.weihai.lianbao.casefile.ui;

import cn.weihai.lianbao.casefile.api.ServiceSelection;
import cn.weihai.lianbao.deadline.TimeLimit;
import cn.weihai.lianbao.deadline.TimeLimitPolicy;
import cn.weihai.lianbao.shared.PowerCategory;
import cn.weihai.lianbao.shared.UtilityService;
import cn.weihai.lianbao.ui.Labels;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;

import java.util.Locale;

/**
 * One item of the services menu (菜单式选择): tick the service; for water, gas, heating and electricity say
 * whether it needs external works; for electricity choose the category. Beside it, the service's eligibility
 * conditions (办理条件, 附件3 §3) and the limit the choice gives.
 */
class ServiceChoice extends Div {
    final UtilityService service;
    final Checkbox selected = new Checkbox();
    /** Null where the policy has no external works for the service. */
    final Checkbox externalWorks;
    /** Electricity only. */
    final Select<PowerCategory> powerCategory;
    final Span error = new Span();
    private final Span limit = new Span();
    private final Div options = new Div();
    private final TimeLimitPolicy limits;

    ServiceChoice(UtilityService service, TimeLimitPolicy limits) {
        this.service = service;
        this.limits = limits;
        String id = "service-" + service.name().toLowerCase(Locale.ROOT);
        setId(id);
        addClassName("lb-service");

        selected.setLabel(Labels.of(service));
        selected.setId(id + "-selected");
        selected.addClassName("lb-service-name");
        options.addClassName("lb-service-options");
        if (service.externalWorksPossible()) {
            externalWorks = new Checkbox(Labels.text("intake.service.externalWorks"));
            externalWorks.setId(id + "-external-works");
            options.add(externalWorks);
        } else {
            externalWorks = null;
        }
        if (service == UtilityService.POWER) {
            powerCategory = new Select<>();
            powerCategory.setId(id + "-category");
            powerCategory.setLabel(Labels.text("intake.service.powerCategory"));
            powerCategory.setItems(PowerCategory.values());
            powerCategory.setItemLabelGenerator(Labels::of);
            powerCategory.setPlaceholder(Labels.text("intake.service.powerCategoryPlaceholder"));
            powerCategory.setRequiredIndicatorVisible(true);
            options.add(powerCategory);
        } else {
            powerCategory = null;
        }
        limit.addClassName("lb-service-limit");
        options.add(limit);
        error.addClassName("lb-field-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        Div choice = new Div(selected, options, error);
        choice.addClassName("lb-service-choice");
        Span conditionsTitle = new Span(Labels.text("intake.service.conditions"));
        conditionsTitle.addClassName("lb-service-conditions-title");
        Paragraph conditions = new Paragraph(Labels.text("intake.condition." + service.name()));
        Div eligibility = new Div(conditionsTitle, conditions);
        eligibility.addClassName("lb-service-conditions");
        eligibility.setId(id + "-conditions");
        add(choice, eligibility);

        selected.addValueChangeListener(e -> refresh());
        if (externalWorks != null) {
            externalWorks.addValueChangeListener(e -> refresh());
        }
        if (powerCategory != null) {
            powerCategory.addValueChangeListener(e -> refresh());
        }
        refresh();
    }

    boolean isSelected() {
        return selected.getValue();
    }

    boolean withExternalWorks() {
        return isSelected() && externalWorks != null && externalWorks.getValue();
    }

    /** What the command carries for this service; only meaningful when it is ticked. */
    ServiceSelection selection() {
        return new ServiceSelection(service, withExternalWorks(), powerCategory == null ? null : powerCategory.getValue());
    }

    void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    void clearError() {
        error.setText("");
        error.setVisible(false);
    }

    private void refresh() {
        boolean on = isSelected();
        options.setVisible(on);
        getElement().getClassList().set("lb-service--selected", on);
        if (!on) {
            clearError();
        }
        limit.setText(limitText());
    }

    /** "办理时限：25个工作日" for the current choice; blank until electricity has a category. */
    private String limitText() {
        if (powerCategory != null && powerCategory.getValue() == null) {
            return "";
        }
        TimeLimit l = limits.limitFor(service, externalWorks != null && externalWorks.getValue(),
                powerCategory == null ? null : powerCategory.getValue());
        return l.planReplyWorkingDays() == null ? Labels.text("intake.service.limit", l.workingDays())
                : Labels.text("intake.service.limitWithPlanReply", l.workingDays(), l.planReplyWorkingDays());
    }
}
