package cn.weihai.lianbao.audit.ui;

import cn.weihai.lianbao.ui.Labels;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;

import java.util.Optional;

/** "审计" on the case page, for those who may open the audit view (its own access rule decides). */
public final class AuditLink {
    private static final AccessAnnotationChecker ACCESS = new AccessAnnotationChecker();

    private AuditLink() {
    }

    public static Optional<Component> forCase(String caseNumber) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || !ACCESS.hasAccess(AuditView.class, request.getUserPrincipal(), request::isUserInRole)) {
            return Optional.empty();
        }
        RouterLink link = new RouterLink(AuditView.class, new RouteParameters(AuditView.CASE_NUMBER, caseNumber));
        link.add(VaadinIcon.CLIPBOARD_TEXT.create());
        link.add(Labels.text("audit.link"));
        link.setId("case-audit-link");
        link.getStyle().set("display", "inline-flex").set("align-items", "center").set("gap", "var(--lumo-space-xs)")
                .set("margin-inline-start", "var(--lumo-space-m)");
        return Optional.of(link);
    }
}
