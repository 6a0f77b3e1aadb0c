package cn.weihai.lianbao.integration.v1;

import cn.weihai.lianbao.approval.ApprovalQueueItem;
import cn.weihai.lianbao.approval.ApprovalQueueQueries;
import cn.weihai.lianbao.casefile.ExternalWorksPermissions;
import cn.weihai.lianbao.casefile.api.Department;
import cn.weihai.lianbao.deadline.ClockReading;
import cn.weihai.lianbao.deadline.Warning;
import cn.weihai.lianbao.identity.CurrentUser;
import cn.weihai.lianbao.identity.StaffUser;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.FieldViolation;
import cn.weihai.lianbao.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/**
 * 待审批 for department systems: the external-works opinions waiting (or given) per department. Department staff
 * read their own department's; supervisors and administrators any department's, or all.
 */
@RestController
@Tag(name = "外线工程待审批 Approval queue")
@RequestMapping(path = "/api/v1/approvals", produces = "application/json")
public class ApprovalsController {
    static final int MAX_LIMIT = 200;

    private final ApprovalQueueQueries queries;
    private final CurrentUser currentUser;

    ApprovalsController(ApprovalQueueQueries queries, CurrentUser currentUser) {
        this.queries = queries;
        this.currentUser = currentUser;
    }

    /** One page of the queue; {@code total} counts every row of the same query. */
    public record ApprovalPage(int total, int offset, int limit, List<ApprovalEntry> items) {
    }

    /** {@code dueDate}, {@code remainingWorkingDays} and {@code warning} only while the opinion is awaited. */
    public record ApprovalEntry(String caseNumber, int round, Department department, String departmentName,
                                LocalDate submittedOn, LocalDate dueDate, Integer remainingWorkingDays,
                                Warning warning, String applicantName, String projectName, District district,
                                Boolean agreed, String reason, LocalDate decidedOn, String decidedBy) {
        static ApprovalEntry of(ApprovalQueueItem i) {
            ClockReading c = i.clock();
            return new ApprovalEntry(i.caseNumber(), i.round(), i.department(), i.department().chineseName(),
                    i.submittedOn(), c == null ? null : c.dueDate(), c == null ? null : c.remainingWorkingDays(),
                    c == null ? null : c.warning(), i.applicantName(), i.projectName(), i.district(), i.agreed(),
                    i.reason(), i.decidedOn(), i.decidedBy());
        }
    }

    @Operation(summary = "外线工程待审批（decided=true 为已处理）：审批部门只看本部门，监管人员可按部门查看全部")
    @GetMapping
    public ApprovalPage list(@RequestParam(required = false) String department,
                             @RequestParam(defaultValue = "false") boolean decided,
                             @RequestParam(defaultValue = "0") int offset,
                             @RequestParam(defaultValue = "50") int limit) {
        StaffUser user = currentUser.get().orElseThrow(ForbiddenException::generic);
        InputReader in = new InputReader();
        Department requested = in.code("department", department, Department.class);
        List<FieldViolation> paging = new java.util.ArrayList<>(in.violations());
        if (offset < 0) {
            paging.add(FieldViolation.of("offset", "approvals.api.offset"));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            paging.add(FieldViolation.of("limit", "approvals.api.limit", MAX_LIMIT));
        }
        if (!paging.isEmpty()) {
            throw new InvalidInputException(paging);
        }
        Department shown = departmentFor(user, requested);
        List<ApprovalQueueItem> items = decided ? queries.decided(shown, offset, limit)
                : queries.pending(shown, offset, limit);
        int total = decided ? queries.countDecided(shown) : queries.countPending(shown);
        return new ApprovalPage(total, offset, limit, items.stream().map(ApprovalEntry::of).toList());
    }

    private static Department departmentFor(StaffUser user, Department requested) {
        if (ExternalWorksPermissions.mayGiveOpinion(user)) {
            if (requested != null && requested != user.department()) {
                throw new ForbiddenException("approvals.api.otherDepartment", user.department());
            }
            return user.department();
        }
        if (ExternalWorksPermissions.maySeeAllApprovals(user)) {
            return requested;
        }
        throw ForbiddenException.generic();
    }
}
