package cn.weihai.lianbao.integration.v1;

import cn.weihai.lianbao.audit.ChainReport;
import cn.weihai.lianbao.audit.ChainVerifier;
import cn.weihai.lianbao.identity.CurrentUser;
import cn.weihai.lianbao.identity.StaffUser;
import cn.weihai.lianbao.shared.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Tamper evidence: verifies the events' hash chains in the event store (supervisors and administrators). */
@RestController
@Tag(name = "审计 Audit")
@RequestMapping(path = "/api/v1/audit", produces = "application/json")
public class ChainVerificationController {
    private static final Set<Role> ALLOWED = Set.of(Role.SUPERVISOR, Role.ADMIN);

    private final ChainVerifier verifier;
    private final CurrentUser currentUser;

    ChainVerificationController(ChainVerifier verifier, CurrentUser currentUser) {
        this.verifier = verifier;
        this.currentUser = currentUser;
    }

    /** The answer: {@code intact} false when any chain is broken; each broken one names its first broken event. */
    public record ChainVerification(Instant startedAt, long durationMillis, long aggregatesChecked,
                                    long eventsChecked, long unchainedEvents, boolean intact,
                                    List<ChainReport.BrokenChain> broken) {
        static ChainVerification of(ChainReport r) {
            return new ChainVerification(r.startedAt(), r.duration().toMillis(), r.aggregatesChecked(),
                    r.eventsChecked(), r.unchainedEvents(), r.intact(), r.broken());
        }
    }

    @Operation(summary = "校验事件哈希链（监管人员、管理员）：全部案件或指定案件；列出每件首个被篡改的事件",
            description = "reason: PAYLOAD_CHANGED (row edited), ROW_MISSING (sequence gap: row deleted), "
                    + "LINK_BROKEN (row does not follow the previous one), HEAD_MISMATCH (last rows deleted or the "
                    + "chain head edited), HASH_MISSING (an event after the first chained one has no hash). Events "
                    + "stored before the chain existed count as unchainedEvents, not as broken. 503 under the "
                    + "axonserver profile: the events are in Axon Server, whose own storage is append-only and "
                    + "hash-chained, and this application keeps no chain of its own there.")
    @GetMapping("/chain-verification")
    public ChainVerification verify(@Parameter(description = "only this case (case number)")
                                    @RequestParam(required = false) String caseNumber) {
        StaffUser user = currentUser.get().orElseThrow(ForbiddenException::generic);
        if (!ALLOWED.contains(user.role())) {
            throw ForbiddenException.generic();
        }
        if (caseNumber == null || caseNumber.isBlank()) {
            return ChainVerification.of(verifier.verifyAll());
        }
        ChainReport report = verifier.verifyOne(caseNumber.strip());
        if (report.aggregatesChecked() == 0) {
            throw new CaseNotFoundException(caseNumber.strip());
        }
        return ChainVerification.of(report);
    }
}
