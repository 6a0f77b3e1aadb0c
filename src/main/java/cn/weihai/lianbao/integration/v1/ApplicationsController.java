package cn.weihai.lianbao.integration.v1;

import cn.weihai.lianbao.casefile.api.Commands.AcceptApplication;
import cn.weihai.lianbao.casefile.api.Commands.WithdrawApplication;
import cn.weihai.lianbao.identity.StaffUser;
import cn.weihai.lianbao.integration.v1.ApiRequests.SubmitApplication;
import cn.weihai.lianbao.integration.v1.ApiRequests.Withdrawal;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import cn.weihai.lianbao.shared.Channel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Combined applications (联合报装): intake, the case, its history, withdrawal. */
@RestController
@Tag(name = "联合报装申请 Combined applications")
@RequestMapping(path = "/api/v1/applications", produces = "application/json")
public class ApplicationsController {
    private final CaseFiles cases;
    private final CasePermissions permissions;
    private final CaseNumberAllocator caseNumbers;
    private final Clock clock;

    ApplicationsController(CaseFiles cases, CasePermissions permissions, CaseNumberAllocator caseNumbers,
                           Clock clock) {
        this.cases = cases;
        this.permissions = permissions;
        this.caseNumbers = caseNumbers;
        this.clock = clock;
    }

    @Operation(summary = "受理联合报装申请（综合窗口或对接系统）；201 返回案件")
    @PostMapping
    public ResponseEntity<CaseView> submit(@RequestBody SubmitApplication body) {
        StaffUser user = permissions.window();
        AcceptApplication read = IntakeReader.read(body, LocalDate.now(clock), user.actor());
        String caseNumber = caseNumbers.allocate(read.acceptedOn());
        CaseView created = cases.create(new AcceptApplication(caseNumber, read.acceptedOn(),
                read.channel(), read.applicant(), read.project(), read.services(), read.actor()));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri()
                .path("/{caseNumber}").buildAndExpand(caseNumber).toUri()).body(created);
    }

    @Operation(summary = "查询案件：各报装事项的状态与时限；带 asOf 时为该时刻的案件（由当时已记录的事件重建，时限按当日读取）")
    @GetMapping("/{caseNumber}")
    public CaseView get(@PathVariable String caseNumber,
                        @Parameter(description = "时刻，ISO-8601 带时区，如 2026-03-02T10:00:00+08:00；不得晚于现在、"
                                + "不得早于案件受理的记录")
                        @RequestParam(required = false) String asOf) {
        return asOf == null ? cases.show(caseNumber) : cases.showAsOf(caseNumber, asOf, clock.instant());
    }

    /** Every event of the case, oldest first. */
    @Operation(summary = "办理记录：案件的全部事件，按时间先后")
    @GetMapping("/{caseNumber}/history")
    public List<Map<String, Object>> history(@PathVariable String caseNumber) {
        return cases.history(caseNumber);
    }

    /** The applicant withdraws the whole application; the window records it on the applicant's behalf. */
    @Operation(summary = "撤回整个申请（窗口代申请人办理）")
    @PostMapping("/{caseNumber}/withdrawal")
    public CaseView withdraw(@PathVariable String caseNumber, @RequestBody(required = false) Withdrawal body) {
        StaffUser user = permissions.window();
        Withdrawal w = body == null ? new Withdrawal(null, null) : body;
        InputReader in = new InputReader();
        LocalDate on = in.date("occurredOn", w.occurredOn());
        in.throwIfAny();
        return cases.send(caseNumber, new WithdrawApplication(caseNumber, w.reason(), on, user.actor(), Channel.API));
    }
}
