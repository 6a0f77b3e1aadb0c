package cn.weihai.lianbao.shared;

import java.util.Objects;

/** The person or system behind a command, recorded on every event. */
public record Actor(String username, String displayName, Role role, String organisation) {
    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        displayName = displayName == null ? username : displayName;
        organisation = organisation == null ? "" : organisation;
    }

    public static Actor system() {
        return new Actor("system", "系统", Role.SYSTEM, "联合报装系统");
    }
}
