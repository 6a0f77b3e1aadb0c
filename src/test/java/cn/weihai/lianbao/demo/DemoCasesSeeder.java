package cn.weihai.lianbao.demo;

import cn.weihai.lianbao.casefile.TestCases;
import cn.weihai.lianbao.casefile.api.Applicant;
import cn.weihai.lianbao.casefile.api.Commands.AcceptApplication;
import cn.weihai.lianbao.casefile.api.Commands.GiveExternalWorksOpinion;
import cn.weihai.lianbao.casefile.api.Commands.PrepareExternalWorksMaterials;
import cn.weihai.lianbao.casefile.api.Commands.RecordTrackStep;
import cn.weihai.lianbao.casefile.api.Commands.SubmitExternalWorks;
import cn.weihai.lianbao.casefile.api.Commands.UploadCommitmentLetter;
import cn.weihai.lianbao.casefile.api.Commands.WithdrawApplication;
import cn.weihai.lianbao.casefile.api.Department;
import cn.weihai.lianbao.casefile.api.MaterialsPreparer;
import cn.weihai.lianbao.casefile.api.Project;
import cn.weihai.lianbao.casefile.api.ServiceSelection;
import cn.weihai.lianbao.casefile.api.TrackStep;
import cn.weihai.lianbao.identity.StaffUserDetailsService;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.ConstructionType;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.PowerCategory;
import cn.weihai.lianbao.shared.UtilityService;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A few sample cases through the real commands, for looking at the screens by hand:
 * {@code ./mvnw test-compile spring-boot:run -Dspring-boot.run.useTestClasspath=true
 * -Dspring-boot.run.additional-classpath-elements=target/test-classes -Dspring-boot.run.profiles=demo-cases}.
 * Runs only on an empty event store. Not part of the application.
 */
@Component
@Profile("demo-cases")
class DemoCasesSeeder {
    private final CommandGateway commands;
    private final CaseNumberAllocator caseNumbers;
    private final StaffUserDetailsService users;
    private final JdbcTemplate jdbc;

    DemoCasesSeeder(CommandGateway commands, CaseNumberAllocator caseNumbers, StaffUserDetailsService users,
                    JdbcTemplate jdbc) {
        this.commands = commands;
        this.caseNumbers = caseNumbers;
        this.users = users;
        this.jdbc = jdbc;
    }

    /** After the application runners, so the demo accounts exist. */
    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        Integer events = jdbc.queryForObject("SELECT count(*) FROM DomainEventEntry", Integer.class);
        if (events != null && events > 0) {
            return;
        }
        LocalDate d = LocalDate.of(2025, 11, 3);
        Actor clerk = actor("clerk");

        String a = accept(d, "威海海景置业有限公司", "海景花园二期", District.HUANCUI, Channel.GOV_SERVICE_CENTER, clerk,
                new ServiceSelection(UtilityService.WATER, true, null),
                new ServiceSelection(UtilityService.POWER, false, PowerCategory.KV10_SINGLE),
                ServiceSelection.of(UtilityService.GAS), ServiceSelection.of(UtilityService.TELECOM));
        step(a, UtilityService.POWER, TrackStep.SURVEYED, d.plusDays(2), "现场踏勘完成", "power");
        step(a, UtilityService.POWER, TrackStep.PLAN_ISSUED, d.plusDays(4), "供电方案已答复", "power");
        step(a, UtilityService.WATER, TrackStep.SURVEYED, d.plusDays(1), "已会同建设单位踏勘", "water");
        step(a, UtilityService.GAS, TrackStep.SUPPLEMENT_REQUESTED, d.plusDays(2), "缺少用气点位图", "gas");
        commands.sendAndWait(new PrepareExternalWorksMaterials(a, MaterialsPreparer.UTILITY, true, true,
                "外线约350米，穿越省道", d.plusDays(3), actor("water"), Channel.STAFF_WORKSPACE));
        commands.sendAndWait(new UploadCommitmentLetter(a, "告知承诺书-海景花园二期.pdf", null, d.plusDays(3),
                actor("water"), Channel.STAFF_WORKSPACE));
        commands.sendAndWait(new SubmitExternalWorks(a, Set.of(Department.HOUSING_CONSTRUCTION,
                Department.TRAFFIC_POLICE, Department.NATURAL_RESOURCES_PLANNING), d.plusDays(4), actor("water"),
                Channel.STAFF_WORKSPACE));
        commands.sendAndWait(new GiveExternalWorksOpinion(a, Department.HOUSING_CONSTRUCTION, true, null,
                d.plusDays(5), actor("housing"), Channel.STAFF_WORKSPACE));
        commands.sendAndWait(new GiveExternalWorksOpinion(a, Department.NATURAL_RESOURCES_PLANNING, true,
                "符合规划", d.plusDays(6), actor("planning"), Channel.STAFF_WORKSPACE));

        String b = accept(d.plusDays(7), "威海高新产业园开发有限公司", "高区智能制造产业园3号厂房",
                District.TORCH_HIGH_TECH, Channel.PROJECT_APPROVAL_SYSTEM, clerk,
                new ServiceSelection(UtilityService.POWER, false, PowerCategory.LOW_VOLTAGE_THREE_ZERO),
                ServiceSelection.of(UtilityService.DRAINAGE));
        for (TrackStep s : List.of(TrackStep.SURVEYED, TrackStep.PLAN_ISSUED, TrackStep.CONSTRUCTION_STARTED,
                TrackStep.CONSTRUCTION_FINISHED, TrackStep.ACCEPTANCE_PASSED, TrackStep.CONNECTED)) {
            step(b, UtilityService.POWER, s, d.plusDays(8), null, "power");
        }
        step(b, UtilityService.DRAINAGE, TrackStep.PAUSED, d.plusDays(9), "等待建设单位完成红线内工程", "drainage");

        String c = accept(d.plusDays(10), "荣成市石岛湾渔港建设有限公司", "石岛湾渔港冷链仓储中心", District.RONGCHENG,
                Channel.SHARED_HALL, clerk, ServiceSelection.of(UtilityService.HEATING),
                ServiceSelection.of(UtilityService.BROADCAST));
        commands.sendAndWait(new WithdrawApplication(c, "项目暂缓建设", d.plusDays(12), clerk, Channel.SHARED_HALL));

        accept(d.plusDays(14), "乳山银滩旅游开发有限公司", "银滩海韵小区", District.RUSHAN, Channel.AISHANDONG_APP, clerk,
                ServiceSelection.of(UtilityService.WATER), ServiceSelection.of(UtilityService.DRAINAGE),
                new ServiceSelection(UtilityService.POWER, false, PowerCategory.RESIDENTIAL));
    }

    private String accept(LocalDate on, String applicant, String project, District district, Channel channel,
                          Actor clerk, ServiceSelection... services) {
        String number = caseNumbers.allocate(on);
        commands.sendAndWait(new AcceptApplication(number, on, channel,
                new Applicant(applicant, TestCases.creditCode(), "刘经理", "13906310000"),
                new Project(project, "2025-371002-70-01-" + number.substring(number.length() - 6),
                        district.chineseName() + "某路88号", district, ConstructionType.NEW),
                List.of(services), clerk));
        return number;
    }

    private void step(String number, UtilityService service, TrackStep step, LocalDate on, String note,
                      String username) {
        commands.sendAndWait(new RecordTrackStep(number, service, step, on, note, actor(username),
                Channel.STAFF_WORKSPACE));
    }

    private Actor actor(String username) {
        return users.find(username).orElseThrow().actor();
    }
}
