package cn.weihai.lianbao.shared;

/** Who a user is in the process (DOMAIN.md, "Who uses it"). */
public enum Role {
    ADMIN, CLERK, UTILITY_STAFF, APPROVAL_STAFF, SUPERVISOR, HOTLINE, APPLICANT, SYSTEM
}
