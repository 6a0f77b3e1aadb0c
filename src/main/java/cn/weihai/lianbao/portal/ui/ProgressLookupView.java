package cn.weihai.lianbao.portal.ui;

import cn.weihai.lianbao.portal.ApplicantLookup;
import cn.weihai.lianbao.portal.ApplicantLookup.Granted;
import cn.weihai.lianbao.portal.ApplicantLookup.Locked;
import cn.weihai.lianbao.portal.ApplicantLookup.Refused;
import cn.weihai.lianbao.ui.LanguageSwitch;
import cn.weihai.lianbao.ui.LoginView;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * 进度查询: the applicant, without a staff account, opens their case with its number and the builder's unified
 * social credit code. A wrong pair gets one message whether or not the case exists; too many failures lock the
 * look-up for a while.
 */
@Route(value = "progress", autoLayout = false)
@AnonymousAllowed
public class ProgressLookupView extends Main implements HasDynamicTitle {
    private final ApplicantLookup lookup;
    final TextField caseNumber = new TextField();
    final TextField creditCode = new TextField();
    final Span error = new Span();

    public ProgressLookupView(ApplicantLookup lookup) {
        this.lookup = lookup;
        addClassName("login-view");
        caseNumber.setId("progress-case-number");
        caseNumber.setLabel(getTranslation("portal.field.caseNumber"));
        caseNumber.setPlaceholder("LB-2026-000001");
        caseNumber.setRequired(true);
        caseNumber.setMaxLength(ApplicantLookup.MAX_INPUT);
        creditCode.setId("progress-credit-code");
        creditCode.setLabel(getTranslation("portal.field.creditCode"));
        creditCode.setRequired(true);
        creditCode.setMaxLength(ApplicantLookup.MAX_INPUT);
        error.setId("progress-error");
        error.addClassName("lb-field-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        Button search = new Button(getTranslation("portal.lookup.submit"), click -> search());
        search.setId("progress-search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickShortcut(Key.ENTER);
        RouterLink staff = new RouterLink(getTranslation("portal.lookup.staffLogin"), LoginView.class);
        staff.setId("progress-staff-login");

        Div panel = new Div(new LanguageSwitch(), new H1(getTranslation("portal.lookup.title")),
                new Paragraph(getTranslation("portal.lookup.description")), caseNumber, creditCode, error, search,
                new Paragraph(staff));
        panel.addClassName("login-panel");
        add(panel);
    }

    void search() {
        error.setVisible(false);
        caseNumber.setInvalid(false);
        creditCode.setInvalid(false);
        if (caseNumber.getValue().isBlank() || creditCode.getValue().isBlank()) {
            required(caseNumber);
            required(creditCode);
            return;
        }
        switch (lookup.lookup(caseNumber.getValue(), creditCode.getValue(), PortalSession.clientAddress())) {
            case Granted granted -> {
                PortalSession.open(granted.access());
                getUI().ifPresent(ui -> ui.navigate(ProgressView.class));
            }
            case Refused refused -> showError(getTranslation("portal.lookup.refused"));
            case Locked locked -> showError(getTranslation("portal.lookup.locked", locked.minutes()));
        }
    }

    private void required(TextField field) {
        if (field.getValue().isBlank()) {
            field.setErrorMessage(getTranslation("validation.required"));
            field.setInvalid(true);
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.lookup.title");
    }
}
