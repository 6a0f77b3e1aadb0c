package cn.weihai.lianbao.hotline.complaint.ui;

import cn.weihai.lianbao.casefile.api.CaseDetails;
import cn.weihai.lianbao.casefile.ui.CaseActions;
import cn.weihai.lianbao.hotline.complaint.Complaints;
import cn.weihai.lianbao.ui.Labels;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;

import java.util.Optional;

/** "登记工单" on the case page, for the 12345 hotline only. */
public final class RegisterComplaintButton {
    public static final String ID = "case-register-complaint";

    private RegisterComplaintButton() {
    }

    public static Optional<Component> forCase(CaseDetails details) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || !request.isUserInRole("HOTLINE")) {
            return Optional.empty();
        }
        Button button = new Button(Labels.text("complaint.register.button"), VaadinIcon.PHONE.create());
        button.setId(ID);
        button.addClickListener(click -> {
            var instantiator = VaadinService.getCurrent().getInstantiator();
            RegisterComplaintDialog.forCase(instantiator.getOrCreate(CaseActions.class),
                    instantiator.getOrCreate(Complaints.class), details).open();
        });
        return Optional.of(button);
    }
}
