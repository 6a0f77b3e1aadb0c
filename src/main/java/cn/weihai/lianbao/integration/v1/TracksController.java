package cn.weihai.lianbao.integration.v1;

import cn.weihai.lianbao.casefile.api.Commands.RecordTrackStep;
import cn.weihai.lianbao.casefile.api.Commands.WithdrawService;
import cn.weihai.lianbao.casefile.api.TrackStep;
import cn.weihai.lianbao.identity.StaffUser;
import cn.weihai.lianbao.integration.v1.ApiRequests.RecordStep;
import cn.weihai.lianbao.integration.v1.ApiRequests.Withdrawal;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.UtilityService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** One utility's track of a case: its steps, recorded by that utility's staff, and its withdrawal. */
@RestController
@Tag(name = "报装事项 Tracks")
@RequestMapping(path = "/api/v1/applications/{caseNumber}/tracks/{service}", produces = "application/json")
public class TracksController {
    private final CaseFiles cases;
    private final CasePermissions permissions;

    TracksController(CaseFiles cases, CasePermissions permissions) {
        this.cases = cases;
        this.permissions = permissions;
    }

    @Operation(summary = "记录办理环节（仅该市政公用企业人员）；环节不符合当前状态时 409")
    @PostMapping("/steps")
    public CaseView recordStep(@PathVariable String caseNumber, @PathVariable String service,
                               @RequestBody RecordStep body) {
        StaffUser user = permissions.utilityStaff();
        InputReader in = new InputReader();
        UtilityService utility = in.code("service", service, UtilityService.class);
        TrackStep step = in.code("step", body.step(), TrackStep.class);
        in.required("step", step);
        LocalDate on = in.date("occurredOn", body.occurredOn());
        in.throwIfAny();
        CasePermissions.requireOwnTrack(user, utility);
        return cases.send(caseNumber, new RecordTrackStep(caseNumber, utility, step, on, body.note(), user.actor(),
                Channel.API));
    }

    /** The applicant withdraws this one service; the window records it on the applicant's behalf. */
    @Operation(summary = "撤回单项报装（窗口代申请人办理）")
    @PostMapping("/withdrawal")
    public CaseView withdraw(@PathVariable String caseNumber, @PathVariable String service,
                             @RequestBody(required = false) Withdrawal body) {
        StaffUser user = permissions.window();
        Withdrawal w = body == null ? new Withdrawal(null, null) : body;
        InputReader in = new InputReader();
        UtilityService utility = in.code("service", service, UtilityService.class);
        LocalDate on = in.date("occurredOn", w.occurredOn());
        in.throwIfAny();
        return cases.send(caseNumber, new WithdrawService(caseNumber, utility, w.reason(), on, user.actor(),
                Channel.API));
    }
}
