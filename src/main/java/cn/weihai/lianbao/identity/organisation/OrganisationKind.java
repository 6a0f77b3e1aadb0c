package cn.weihai.lianbao.identity.organisation;

import cn.weihai.lianbao.shared.Role;

/** What an organisation is in the process, and the role its people and systems act in. */
public enum OrganisationKind {
    UTILITY(Role.UTILITY_STAFF),
    APPROVAL_DEPARTMENT(Role.APPROVAL_STAFF),
    SERVICE_CENTRE(Role.CLERK),
    /** 行政审批服务局: supervises every case. */
    APPROVAL_BUREAU(Role.SUPERVISOR),
    HOTLINE(Role.HOTLINE);

    private final Role role;

    OrganisationKind(Role role) {
        this.role = role;
    }

    /** The role in which this organisation's systems act through the API. */
    public Role role() {
        return role;
    }
}
