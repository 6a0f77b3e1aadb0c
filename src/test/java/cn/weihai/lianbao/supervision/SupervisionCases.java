package cn.weihai.lianbao.supervision;

import cn.weihai.lianbao.casefile.TestCases;
import cn.weihai.lianbao.casefile.api.Applicant;
import cn.weihai.lianbao.casefile.api.Commands.AcceptApplication;
import cn.weihai.lianbao.casefile.api.Commands.RecordTrackStep;
import cn.weihai.lianbao.casefile.api.Project;
import cn.weihai.lianbao.casefile.api.ServiceSelection;
import cn.weihai.lianbao.casefile.api.TrackStep;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.ConstructionType;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.Role;
import cn.weihai.lianbao.shared.UtilityService;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.time.LocalDate;
import java.util.List;

/** Cases for the supervision tests, through the real commands; names carry the test's unique token. */
public record SupervisionCases(CommandGateway commands, CaseNumberAllocator caseNumbers) {
    static final List<TrackStep> TO_CONNECTION = List.of(TrackStep.SURVEYED, TrackStep.PLAN_ISSUED,
            TrackStep.CONSTRUCTION_STARTED, TrackStep.CONSTRUCTION_FINISHED, TrackStep.ACCEPTANCE_PASSED,
            TrackStep.CONNECTED);

    /** Accepts a case with the given direct-connection services; applicant "监管测试<token><tag>公司". */
    public String accept(String token, String tag, LocalDate on, District district, Channel channel,
                         UtilityService... services) {
        String number = caseNumbers.allocate(on);
        commands.sendAndWait(new AcceptApplication(number, on, channel,
                new Applicant("监管测试" + token + tag + "公司", TestCases.creditCode(), "刘经理", "13806310003"),
                new Project("监管项目" + token + tag, "2026-371000-70-09-" + number.replaceAll("\\D", ""),
                        district.chineseName() + "测试路1号", district, ConstructionType.NEW),
                List.of(services).stream().map(ServiceSelection::of).toList(), TestCases.CLERK));
        return number;
    }

    /** Every step up to connection, all on {@code on}. */
    public void connect(String number, UtilityService service, LocalDate on) {
        Actor staff = new Actor(service.name().toLowerCase(), "测试员", Role.UTILITY_STAFF, service.name());
        for (TrackStep step : TO_CONNECTION) {
            commands.sendAndWait(new RecordTrackStep(number, service, step, on, null, staff,
                    Channel.STAFF_WORKSPACE));
        }
    }
}
