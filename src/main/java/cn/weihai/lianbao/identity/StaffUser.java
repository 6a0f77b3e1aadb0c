package cn.weihai.lianbao.identity;

import cn.weihai.lianbao.casefile.api.Department;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Role;
import cn.weihai.lianbao.shared.UtilityService;

import java.io.Serializable;
import java.util.Objects;

/**
 * A signed-in account. {@code utility} is set for utility staff (the only track they may work on),
 * {@code department} for approval-department staff; both are null otherwise.
 */
public record StaffUser(String username, String displayName, Role role, String organisation,
                        UtilityService utility, Department department) implements Serializable {

    public StaffUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
    }

    /** Who to record on events caused by this user. */
    public Actor actor() {
        return new Actor(username, displayName, role, organisation);
    }

    public boolean hasRole(Role wanted) {
        return role == wanted;
    }
}
