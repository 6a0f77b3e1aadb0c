package cn.weihai.lianbao.hotline;

import cn.weihai.lianbao.LianbaoApplication;
import cn.weihai.lianbao.casefile.TestCases;
import cn.weihai.lianbao.casefile.api.Applicant;
import cn.weihai.lianbao.casefile.api.Commands.AcceptApplication;
import cn.weihai.lianbao.casefile.api.Project;
import cn.weihai.lianbao.casefile.api.ServiceSelection;
import cn.weihai.lianbao.casefile.list.CaseSummaryQueries;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintCategory;
import cn.weihai.lianbao.hotline.complaint.api.Satisfaction;
import cn.weihai.lianbao.hotline.complaint.ComplaintQueries;
import cn.weihai.lianbao.hotline.complaint.Complaints;
import cn.weihai.lianbao.identity.StaffUser;
import cn.weihai.lianbao.identity.StaffUserDetails;
import cn.weihai.lianbao.identity.StaffUserDetailsService;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.ConstructionType;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.UtilityService;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static cn.weihai.lianbao.casefile.TestCases.await;

/** A real case with its own phone, credit code, names and address, listed in case_summary before it returns. */
@Component
public class HotlineCases {
    private final CommandGateway commands;
    private final CaseNumberAllocator caseNumbers;
    private final CaseSummaryQueries summaries;
    private final Complaints complaints;
    private final StaffUserDetailsService users;
    private final ComplaintQueries complaintList;

    HotlineCases(CommandGateway commands, CaseNumberAllocator caseNumbers, CaseSummaryQueries summaries,
                 Complaints complaints, StaffUserDetailsService users, ComplaintQueries complaintList) {
        this.commands = commands;
        this.caseNumbers = caseNumbers;
        this.summaries = summaries;
        this.complaints = complaints;
        this.users = users;
        this.complaintList = complaintList;
    }

    /** The complaint forwarded to {@code utility} and answered by that utility's demo staff. */
    public void forwardAndReply(String ticket, UtilityService utility, String username, String reply) {
        complaints.forward(ticket, utility, 3, staff("hotline"), Channel.HOTLINE);
        complaints.reply(ticket, reply, staff(username), Channel.STAFF_WORKSPACE);
    }

    /** The hotline agent closes the complaint with the caller satisfied. */
    public void close(String ticket) {
        complaints.close(ticket, Satisfaction.SATISFIED, "来电人表示满意", staff("hotline"), Channel.HOTLINE);
    }

    private StaffUser staff(String username) {
        return ((StaffUserDetails) users.loadUserByUsername(username)).staffUser();
    }

    /** A complaint (工单) about the case, registered by the hotline agent (what a reveal needs), listed before it returns. */
    public String registerComplaint(String caseNumber, String ticket) {
        String registered = complaints.register(ticket, new Complaints.Caller("张先生", "13906310001"), "来电询问进度",
                ComplaintCategory.SLOW, caseNumber, null, staff("hotline"), Channel.HOTLINE);
        await("complaint " + registered + " listed", () -> complaintList.ticketsOf(caseNumber).contains(registered));
        return registered;
    }

    public record Case(String caseNumber, String phone, String creditCode, String applicant, String contact,
                       String project, String address) {
    }

    public Case accept(String unique) {
        return accept(unique, "威海市环翠区热线" + unique + "路18号");
    }

    public Case accept(String unique, String address) {
        LocalDate today = LocalDate.now(LianbaoApplication.ZONE);
        String caseNumber = caseNumbers.allocate(today);
        String phone = "139" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
        Case c = new Case(caseNumber, phone, TestCases.creditCode(), "热线测试" + unique + "有限公司", "欧阳小明",
                "热线测试" + unique + "综合楼项目", address);
        commands.sendAndWait(new AcceptApplication(caseNumber, today, Channel.GOV_SERVICE_CENTER,
                new Applicant(c.applicant(), c.creditCode(), c.contact(), c.phone()),
                new Project(c.project(), "2025-371002-70-09-" + caseNumber.replaceAll("\\D", ""), c.address(), District.HUANCUI, ConstructionType.NEW),
                List.of(ServiceSelection.of(UtilityService.TELECOM)), TestCases.CLERK));
        await("case_summary row of " + caseNumber, () -> summaries.find(caseNumber).isPresent());
        return c;
    }
}
