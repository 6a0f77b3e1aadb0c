package cn.weihai.lianbao.integration.v1;

import cn.weihai.lianbao.audit.HistoryExports;
import cn.weihai.lianbao.casefile.ExternalWorksPermissions;
import cn.weihai.lianbao.casefile.api.CaseDetails;
import cn.weihai.lianbao.casefile.api.Department;
import cn.weihai.lianbao.identity.CurrentUser;
import cn.weihai.lianbao.identity.StaffUser;
import cn.weihai.lianbao.shared.Role;
import cn.weihai.lianbao.shared.UtilityService;
import org.springframework.stereotype.Component;

import java.util.Set;

/** Who may do what through the v1 API (DOMAIN.md, "Who uses it"); each check answers the signed-in user or 403. */
@Component
class CasePermissions {
    /** The department that issues the external-works permit (牵头部门). */
    static final Department PERMIT_ISSUER = ExternalWorksPermissions.PERMIT_ISSUER;

    private static final Set<Role> WINDOW = Set.of(Role.CLERK, Role.ADMIN);

    private final CurrentUser currentUser;

    CasePermissions(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** 受理 and withdrawals on the applicant's behalf: the window (or an administrator). */
    StaffUser window() {
        StaffUser user = user();
        if (!WINDOW.contains(user.role())) {
            throw ForbiddenException.generic();
        }
        return user;
    }

    /** Any utility staff; which track they may touch is checked by {@link #requireOwnTrack}. */
    StaffUser utilityStaff() {
        StaffUser user = user();
        if (user.role() != Role.UTILITY_STAFF || user.utility() == null) {
            throw ForbiddenException.generic();
        }
        return user;
    }

    static void requireOwnTrack(StaffUser user, UtilityService service) {
        if (user.utility() != service) {
            throw new ForbiddenException("error.forbidden.otherUtility", user.utility());
        }
    }

    /** The external-works approval is prepared by the window or by a utility whose track has external works. */
    StaffUser externalWorksPreparer(CaseDetails c) {
        StaffUser user = user();
        if (ExternalWorksPermissions.mayPrepare(user, c)) {
            return user;
        }
        throw user.role() == Role.UTILITY_STAFF ? new ForbiddenException("error.forbidden.notConcerned")
                : ForbiddenException.generic();
    }

    /** Approval-department staff, who speak for their own department only. */
    StaffUser approvalDepartment() {
        StaffUser user = user();
        if (!ExternalWorksPermissions.mayGiveOpinion(user)) {
            throw ForbiddenException.generic();
        }
        return user;
    }

    StaffUser permitIssuer() {
        StaffUser user = approvalDepartment();
        if (!ExternalWorksPermissions.mayIssuePermit(user)) {
            throw new ForbiddenException("error.forbidden.leadDepartment", PERMIT_ISSUER);
        }
        return user;
    }

    /** The full history as a file (CSV, PDF): supervisors and administrators. */
    StaffUser historyExporter() {
        StaffUser user = user();
        if (!HistoryExports.EXPORTERS.contains(user.role())) {
            throw ForbiddenException.generic();
        }
        return user;
    }

    /** Oversight of all cases (the supervision dashboard): supervisors and administrators. */
    StaffUser overseer() {
        StaffUser user = user();
        if (user.role() != Role.SUPERVISOR && user.role() != Role.ADMIN) {
            throw ForbiddenException.generic();
        }
        return user;
    }

    StaffUser user() {
        return currentUser.get().orElseThrow(ForbiddenException::generic);
    }
}
