package cn.weihai.lianbao.portal.ui;

import cn.weihai.lianbao.portal.ApplicantAccess;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;

import java.util.Optional;

/** The case the applicant opened, kept in their Vaadin session only (never in the address). */
final class PortalSession {
    private PortalSession() {
    }

    static Optional<ApplicantAccess> access() {
        VaadinSession session = VaadinSession.getCurrent();
        return Optional.ofNullable(session == null ? null : session.getAttribute(ApplicantAccess.class));
    }

    static void open(ApplicantAccess access) {
        VaadinSession.getCurrent().setAttribute(ApplicantAccess.class, access);
    }

    static void close() {
        VaadinSession.getCurrent().setAttribute(ApplicantAccess.class, null);
    }

    /** The address the request came from (behind a proxy, as the servlet container resolved it). */
    static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        String address = request == null ? null : request.getRemoteAddr();
        return address == null ? "" : address;
    }
}
