package cn.weihai.lianbao.integration.v1;

import cn.weihai.lianbao.casefile.api.Commands.GiveExternalWorksOpinion;
import cn.weihai.lianbao.casefile.api.Commands.IssueExternalWorksPermit;
import cn.weihai.lianbao.casefile.api.Commands.PrepareExternalWorksMaterials;
import cn.weihai.lianbao.casefile.api.Commands.SubmitExternalWorks;
import cn.weihai.lianbao.casefile.api.Commands.UploadCommitmentLetter;
import cn.weihai.lianbao.casefile.api.Department;
import cn.weihai.lianbao.casefile.api.MaterialsPreparer;
import cn.weihai.lianbao.identity.StaffUser;
import cn.weihai.lianbao.integration.v1.ApiRequests.CommitmentLetter;
import cn.weihai.lianbao.integration.v1.ApiRequests.ExternalWorksMaterials;
import cn.weihai.lianbao.integration.v1.ApiRequests.ExternalWorksOpinion;
import cn.weihai.lianbao.integration.v1.ApiRequests.ExternalWorksPermit;
import cn.weihai.lianbao.integration.v1.ApiRequests.ExternalWorksSubmission;
import cn.weihai.lianbao.shared.Channel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The external-works joint approval (外线工程联合审批): the utility or the window prepares and submits the
 * materials, each department concerned gives its opinion in parallel, the lead department issues the permit.
 */
@RestController
@Tag(name = "外线工程联合审批 External works")
@RequestMapping(path = "/api/v1/applications/{caseNumber}/external-works", produces = "application/json")
public class ExternalWorksController {
    private final CaseFiles cases;
    private final CasePermissions permissions;

    ExternalWorksController(CaseFiles cases, CasePermissions permissions) {
        this.cases = cases;
        this.permissions = permissions;
    }

    @Operation(summary = "备齐审批材料（窗口或涉及外线工程的企业）")
    @PostMapping("/materials")
    public CaseView prepareMaterials(@PathVariable String caseNumber, @RequestBody ExternalWorksMaterials body) {
        StaffUser user = permissions.externalWorksPreparer(cases.require(caseNumber));
        InputReader in = new InputReader();
        MaterialsPreparer preparedBy = in.code("preparedBy", body.preparedBy(), MaterialsPreparer.class);
        in.required("preparedBy", preparedBy);
        LocalDate on = in.date("occurredOn", body.occurredOn());
        in.throwIfAny();
        return cases.send(caseNumber, new PrepareExternalWorksMaterials(caseNumber, preparedBy,
                Boolean.TRUE.equals(body.commitmentApplies()), Boolean.TRUE.equals(body.touchesHighway()),
                body.note(), on, user.actor(), Channel.API));
    }

    /** 告知承诺书, identified by its file name and SHA-256 (the file itself stays with the applicant's records). */
    @Operation(summary = "上传告知承诺书")
    @PostMapping("/commitment-letter")
    public CaseView uploadCommitmentLetter(@PathVariable String caseNumber, @RequestBody CommitmentLetter body) {
        StaffUser user = permissions.externalWorksPreparer(cases.require(caseNumber));
        InputReader in = new InputReader();
        LocalDate on = in.date("occurredOn", body.occurredOn());
        in.throwIfAny();
        return cases.send(caseNumber, new UploadCommitmentLetter(caseNumber, body.documentName(), body.sha256(), on,
                user.actor(), Channel.API));
    }

    @Operation(summary = "推送审批部门并联审批")
    @PostMapping("/submission")
    public CaseView submit(@PathVariable String caseNumber, @RequestBody ExternalWorksSubmission body) {
        StaffUser user = permissions.externalWorksPreparer(cases.require(caseNumber));
        InputReader in = new InputReader();
        Set<Department> departments = departments(body.departments(), in);
        LocalDate on = in.date("occurredOn", body.occurredOn());
        in.throwIfAny();
        return cases.send(caseNumber, new SubmitExternalWorks(caseNumber, departments, on, user.actor(),
                Channel.API));
    }

    /** An approval department's opinion; the department is the signed-in user's own. */
    @Operation(summary = "审批部门出具意见（部门取自当前用户）；不同意则退回准备材料")
    @PostMapping("/opinions")
    public CaseView giveOpinion(@PathVariable String caseNumber, @RequestBody ExternalWorksOpinion body) {
        StaffUser user = permissions.approvalDepartment();
        InputReader in = new InputReader();
        in.required("agreed", body.agreed());
        LocalDate on = in.date("occurredOn", body.occurredOn());
        in.throwIfAny();
        return cases.send(caseNumber, new GiveExternalWorksOpinion(caseNumber, user.department(), body.agreed(),
                body.reason(), on, user.actor(), Channel.API));
    }

    /** 核发许可决定书, by the lead department once every department concerned has agreed. */
    @Operation(summary = "核发许可决定书（市住房城乡建设局）")
    @PostMapping("/permit")
    public CaseView issuePermit(@PathVariable String caseNumber, @RequestBody ExternalWorksPermit body) {
        StaffUser user = permissions.permitIssuer();
        InputReader in = new InputReader();
        LocalDate on = in.date("occurredOn", body.occurredOn());
        in.throwIfAny();
        return cases.send(caseNumber, new IssueExternalWorksPermit(caseNumber, body.permitNumber(), on,
                user.actor(), Channel.API));
    }

    /** Null stays null so the case reports "no departments" itself. */
    private static Set<Department> departments(List<String> codes, InputReader in) {
        if (codes == null) {
            return null;
        }
        Set<Department> departments = EnumSet.noneOf(Department.class);
        for (int i = 0; i < codes.size(); i++) {
            String field = "departments[" + i + "]";
            Department d = in.code(field, codes.get(i), Department.class);
            in.required(field, d);
            if (d != null) {
                departments.add(d);
            }
        }
        return departments;
    }
}
