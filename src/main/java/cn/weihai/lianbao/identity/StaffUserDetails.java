package cn.weihai.lianbao.identity;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.List;

/** The Spring Security principal: a {@link StaffUser} with authority {@code ROLE_<Role>}. */
public final class StaffUserDetails implements UserDetails, CredentialsContainer {

    private final StaffUser staffUser;
    private final boolean enabled;
    private String passwordHash;

    StaffUserDetails(StaffUser staffUser, String passwordHash, boolean enabled) {
        this.staffUser = staffUser;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    public StaffUser staffUser() {
        return staffUser;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + staffUser.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return staffUser.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Keeps the hash out of the HTTP session once the login is checked. */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
