package cn.weihai.lianbao.identity;

import cn.weihai.lianbao.shared.Actor;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The account behind the current request (REST call or Vaadin UI request). */
@Component
public class CurrentUser {

    public Optional<StaffUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffUserDetails details) {
            return Optional.of(details.staffUser());
        }
        return Optional.empty();
    }

    /** The actor to record on events; fails (401 on the API) when nobody is signed in. */
    public Actor actor() {
        return get().map(StaffUser::actor)
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("no signed-in user"));
    }
}
