package cn.weihai.lianbao.hotline.complaint.ui;

import cn.weihai.lianbao.casefile.api.CaseDetails;
import cn.weihai.lianbao.casefile.ui.CaseActions;
import cn.weihai.lianbao.hotline.complaint.Complaints;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintCategory;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintCommands.RegisterComplaint;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.UtilityService;
import cn.weihai.lianbao.ui.Labels;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;

import java.util.List;

/**
 * 登记工单: a hotline agent registers a caller's complaint about a case, optionally about one of its services, and
 * goes on to the complaint's page. Reusable wherever an agent has found the case (the case page, the trace view).
 */
public class RegisterComplaintDialog extends ComplaintDialog {
    public static final String ID = "register-complaint";

    final TextField ticket = new TextField(Labels.text("complaint.field.ticket"));
    final TextField callerName = new TextField(Labels.text("complaint.field.callerName"));
    final TextField callerPhone = new TextField(Labels.text("complaint.field.callerPhone"));
    final TextArea content = new TextArea(Labels.text("complaint.field.content"));
    final ComboBox<ComplaintCategory> category = new ComboBox<>(Labels.text("complaint.field.category"));
    final ComboBox<UtilityService> service = new ComboBox<>(Labels.text("complaint.field.service"));

    public RegisterComplaintDialog(CaseActions actions, Complaints complaints, String caseNumber,
                                   List<UtilityService> services) {
        super(actions, ID, "complaint.register.title", "complaint.register.save");
        ticket.setId(ID + "-ticket");
        callerName.setId(ID + "-caller-name");
        callerPhone.setId(ID + "-caller-phone");
        content.setId(ID + "-content");
        category.setId(ID + "-category");
        category.setItems(ComplaintCategory.values());
        category.setItemLabelGenerator(Labels::of);
        service.setId(ID + "-service");
        service.setItems(services);
        service.setItemLabelGenerator(Labels::of);
        service.setPlaceholder(Labels.text("complaint.scope.case"));
        service.setClearButtonVisible(true);
        List.of(ticket, callerName, callerPhone).forEach(f -> f.setRequiredIndicatorVisible(true));
        content.setRequiredIndicatorVisible(true);
        category.setRequiredIndicatorVisible(true);
        field("ticketNumber", ticket).field("caller.name", callerName).field("caller.phone", callerPhone)
                .field("category", category).field("content", content).field("service", service);
        onSave(() -> {
            if (complaints.isTaken(ticket.getValue())) {
                invalid("ticketNumber", Labels.text("rule.complaint.duplicate", ticket.getValue().strip()));
                return null;
            }
            return new RegisterComplaint(ticket.getValue(), callerName.getValue(), callerPhone.getValue(),
                    content.getValue(), category.getValue(), caseNumber, service.getValue(), actions.actor(),
                    Channel.HOTLINE);
        }, () -> UI.getCurrent().navigate(ComplaintView.class,
                new RouteParameters(ComplaintView.TICKET, ticket.getValue().strip())));
    }

    public static RegisterComplaintDialog forCase(CaseActions actions, Complaints complaints, CaseDetails c) {
        return new RegisterComplaintDialog(actions, complaints, c.caseNumber(),
                c.tracks().stream().map(CaseDetails.TrackDetails::service).toList());
    }
}
