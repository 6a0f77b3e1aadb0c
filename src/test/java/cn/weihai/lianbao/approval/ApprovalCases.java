package cn.weihai.lianbao.approval;

import cn.weihai.lianbao.LianbaoApplication;
import cn.weihai.lianbao.casefile.TestCases;
import cn.weihai.lianbao.casefile.api.Applicant;
import cn.weihai.lianbao.casefile.api.Commands.AcceptApplication;
import cn.weihai.lianbao.casefile.api.Commands.GiveExternalWorksOpinion;
import cn.weihai.lianbao.casefile.api.Commands.PrepareExternalWorksMaterials;
import cn.weihai.lianbao.casefile.api.Commands.SubmitExternalWorks;
import cn.weihai.lianbao.casefile.api.Department;
import cn.weihai.lianbao.casefile.api.MaterialsPreparer;
import cn.weihai.lianbao.casefile.api.Project;
import cn.weihai.lianbao.casefile.api.ServiceSelection;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.ConstructionType;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.PowerCategory;
import cn.weihai.lianbao.shared.Role;
import cn.weihai.lianbao.shared.UtilityService;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Cases with an external-works approval for the approval tests, each with its own names. */
public final class ApprovalCases {
    public static final Actor WATER_STAFF = new Actor("water", "孙涛", Role.UTILITY_STAFF, "威海市水务集团有限公司");
    /** The demo accounts of the departments, as they sign events. */
    public static final Map<Department, Actor> DEPARTMENT_STAFF = Map.of(
            Department.HOUSING_CONSTRUCTION, staff("housing", "卫东", "威海市住房和城乡建设局"),
            Department.TRAFFIC_POLICE, staff("police", "蒋勇", "威海市公安局交警支队"),
            Department.NATURAL_RESOURCES_PLANNING, staff("planning", "沈洁", "威海市自然资源和规划局"),
            Department.WATER_AFFAIRS, staff("wateraffairs", "韩冰", "威海市水务局"),
            Department.BIG_DATA, staff("bigdata", "杨帆", "威海市大数据局"),
            Department.HIGHWAY, staff("highway", "朱华", "威海市公路事业发展中心"));

    private ApprovalCases() {
    }

    public static LocalDate today() {
        return LocalDate.now(LianbaoApplication.ZONE);
    }

    /**
     * Accepts water with external works and 10 kV power (no external works), {@code daysAgo} days ago; answers
     * the case number. Applicant and project carry {@code unique}.
     */
    public static String accept(CommandGateway commands, CaseNumberAllocator caseNumbers, int daysAgo,
                                String unique) {
        LocalDate acceptedOn = today().minusDays(daysAgo);
        String caseNumber = caseNumbers.allocate(acceptedOn);
        commands.sendAndWait(new AcceptApplication(caseNumber, acceptedOn, Channel.GOV_SERVICE_CENTER,
                new Applicant("审批测试建设单位" + unique, TestCases.creditCode(), "孙经理", "13806310003"),
                new Project("审批测试项目" + unique, "2025-371002-70-03-" + caseNumber.replaceAll("\\D", ""),
                        "威海市经区测试路3号", District.ECONOMIC_TECH, ConstructionType.NEW),
                List.of(new ServiceSelection(UtilityService.WATER, true, null),
                        new ServiceSelection(UtilityService.POWER, false, PowerCategory.KV10_SINGLE)),
                TestCases.CLERK));
        return caseNumber;
    }

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Materials prepared by the water utility (no commitment letter, no highway) and submitted. */
    public static void prepareAndSubmit(CommandGateway commands, String caseNumber, LocalDate on,
                                        Department... departments) {
        commands.sendAndWait(new PrepareExternalWorksMaterials(caseNumber, MaterialsPreparer.UTILITY, false, false,
                null, on, WATER_STAFF, Channel.STAFF_WORKSPACE));
        commands.sendAndWait(new SubmitExternalWorks(caseNumber, EnumSet.copyOf(List.of(departments)), on,
                WATER_STAFF, Channel.STAFF_WORKSPACE));
    }

    public static void opinion(CommandGateway commands, String caseNumber, Department department, boolean agreed,
                               String reason, LocalDate on) {
        commands.sendAndWait(new GiveExternalWorksOpinion(caseNumber, department, agreed, reason, on,
                DEPARTMENT_STAFF.get(department), Channel.STAFF_WORKSPACE));
    }

    private static Actor staff(String username, String name, String organisation) {
        return new Actor(username, name, Role.APPROVAL_STAFF, organisation);
    }
}
