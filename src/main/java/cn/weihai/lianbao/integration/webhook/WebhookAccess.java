package cn.weihai.lianbao.integration.webhook;

import cn.weihai.lianbao.identity.CurrentUser;
import cn.weihai.lianbao.identity.StaffUser;
import cn.weihai.lianbao.identity.organisation.Organisation;
import cn.weihai.lianbao.identity.organisation.Organisations;
import cn.weihai.lianbao.integration.v1.ForbiddenException;
import cn.weihai.lianbao.shared.Role;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Whose webhooks a caller may see and manage: an administrator any organisation's, everybody else (staff or an
 * organisation's API key) only their own organisation's, found by its name.
 */
@Component
public class WebhookAccess {
    private final CurrentUser currentUser;
    private final Organisations organisations;

    WebhookAccess(CurrentUser currentUser, Organisations organisations) {
        this.currentUser = currentUser;
        this.organisations = organisations;
    }

    public StaffUser user() {
        return currentUser.get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("not signed in"));
    }

    public boolean isAdmin() {
        return user().role() == Role.ADMIN;
    }

    /** The caller's organisation; 403 when the account belongs to none that is registered. */
    public Organisation ownOrganisation() {
        StaffUser user = user();
        return organisations.named(user.organisation())
                .orElseThrow(() -> new ForbiddenException("webhook.error.noOrganisation"));
    }

    /**
     * The organisation a request is about: what an administrator asks for (null: all), the caller's own for anyone
     * else, who may not ask for another.
     */
    public String scope(String requestedOrganisationId) {
        if (isAdmin()) {
            return blank(requestedOrganisationId) ? null : requestedOrganisationId.strip();
        }
        String own = ownOrganisation().id();
        if (!blank(requestedOrganisationId) && !own.equals(requestedOrganisationId.strip())) {
            throw new ForbiddenException("webhook.error.otherOrganisation");
        }
        return own;
    }

    public void requireAdmin() {
        if (!isAdmin()) {
            throw ForbiddenException.generic();
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
