package cn.weihai.lianbao.casefile;

import cn.weihai.lianbao.casefile.api.CaseDetails;
import cn.weihai.lianbao.casefile.api.Department;
import cn.weihai.lianbao.identity.StaffUser;
import cn.weihai.lianbao.shared.Role;

/**
 * Who may act in the external-works joint approval (DOMAIN.md, "Who uses it"): one answer for the REST API
 * (which refuses with 403) and the screens (which only offer what the user may do).
 */
public final class ExternalWorksPermissions {
    /** The department that issues the external-works permit (牵头部门). */
    public static final Department PERMIT_ISSUER = Department.HOUSING_CONSTRUCTION;

    private ExternalWorksPermissions() {
    }

    /** The materials are prepared and submitted by the window or by a utility whose track has external works. */
    public static boolean mayPrepare(StaffUser user, CaseDetails c) {
        if (user.role() == Role.CLERK) {
            return true;
        }
        return user.role() == Role.UTILITY_STAFF && user.utility() != null
                && c.track(user.utility()).map(CaseDetails.TrackDetails::externalWorks).orElse(false);
    }

    /** Approval-department staff, who speak for their own department only. */
    public static boolean mayGiveOpinion(StaffUser user) {
        return user.role() == Role.APPROVAL_STAFF && user.department() != null;
    }

    /** Supervisors and administrators follow every department's approvals. */
    public static boolean maySeeAllApprovals(StaffUser user) {
        return user.role() == Role.SUPERVISOR || user.role() == Role.ADMIN;
    }

    public static boolean mayIssuePermit(StaffUser user) {
        return mayGiveOpinion(user) && user.department() == PERMIT_ISSUER;
    }
}
