package cn.weihai.lianbao.audit.ui;

import cn.weihai.lianbao.shared.Role;
import cn.weihai.lianbao.ui.Labels;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinRequest;

/**
 * "校验本案数据完整性" on the case page, shown to supervisors and administrators only: opens the integrity page,
 * which verifies this case's hash chain at once.
 */
public class VerifyCaseButton extends Button {

    public VerifyCaseButton(String caseNumber) {
        super(Labels.text("integrity.action.verifyThisCase"), VaadinIcon.SHIELD.create());
        setId("case-verify-chain");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setVisible(mayVerify());
        addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(IntegrityView.class,
                QueryParameters.of(IntegrityView.CASE_PARAMETER, caseNumber))));
    }

    private static boolean mayVerify() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request != null && (request.isUserInRole(Role.SUPERVISOR.name())
                || request.isUserInRole(Role.ADMIN.name()));
    }
}
