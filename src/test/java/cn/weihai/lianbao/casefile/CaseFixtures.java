package cn.weihai.lianbao.casefile;

import cn.weihai.lianbao.casefile.api.Applicant;
import cn.weihai.lianbao.casefile.api.Commands.AcceptApplication;
import cn.weihai.lianbao.casefile.api.Commands.RecordTrackStep;
import cn.weihai.lianbao.casefile.api.Events.ApplicationAccepted;
import cn.weihai.lianbao.casefile.api.Events.TrackStepRecorded;
import cn.weihai.lianbao.casefile.api.Project;
import cn.weihai.lianbao.casefile.api.ServiceSelection;
import cn.weihai.lianbao.casefile.api.TrackStage;
import cn.weihai.lianbao.casefile.api.TrackLimit;
import cn.weihai.lianbao.casefile.api.TrackStep;
import cn.weihai.lianbao.calendar.CalendarService;
import cn.weihai.lianbao.deadline.TimeLimitPolicy;
import org.axonframework.test.aggregate.AggregateTestFixture;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.ConstructionType;
import cn.weihai.lianbao.shared.CreditCode;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.PowerCategory;
import cn.weihai.lianbao.shared.Role;
import cn.weihai.lianbao.shared.UtilityService;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Shared givens for the aggregate scenarios: one Weihai developer, one project, the demo staff. */
final class CaseFixtures {
    static final String CASE = "LB-2026-000042";
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final LocalDate ACCEPTED_ON = LocalDate.of(2026, 3, 2);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
            ZoneId.of("Asia/Shanghai"));

    static final Actor CLERK = new Actor("clerk", "王窗口", Role.CLERK, "威海市政务服务中心");
    static final Actor POWER_STAFF = new Actor("power", "李供电", Role.UTILITY_STAFF, "国网威海供电公司");
    static final Actor WATER_STAFF = new Actor("water", "赵供水", Role.UTILITY_STAFF, "威海市水务集团有限公司");
    static final Actor HOUSING = new Actor("housing", "陈住建", Role.APPROVAL_STAFF, "威海市住房和城乡建设局");
    static final Actor POLICE = new Actor("police", "周交警", Role.APPROVAL_STAFF, "威海市公安局交警支队");
    static final Actor HIGHWAY = new Actor("highway", "吴公路", Role.APPROVAL_STAFF, "威海市公路事业发展中心");

    static final Applicant APPLICANT = new Applicant("威海海景置业有限公司", CreditCode.complete("91371000MA3C8XKQ5"),
            "张三", "13806310000");
    static final Project PROJECT = new Project("海景花园二期", "2603-371002-04-01-123456", "环翠区海滨北路1号",
            District.HUANCUI, ConstructionType.NEW);

    static final List<ServiceSelection> WATER_EXTERNAL_AND_POWER = List.of(
            new ServiceSelection(UtilityService.WATER, true, null),
            new ServiceSelection(UtilityService.POWER, false, PowerCategory.KV10_DUAL));
    static final List<ServiceSelection> DIRECT_ONLY = List.of(
            ServiceSelection.of(UtilityService.DRAINAGE),
            new ServiceSelection(UtilityService.POWER, false, PowerCategory.RESIDENTIAL),
            ServiceSelection.of(UtilityService.TELECOM));

    private CaseFixtures() {
    }

    static AcceptApplication accept(List<ServiceSelection> services) {
        return new AcceptApplication(CASE, ACCEPTED_ON, Channel.GOV_SERVICE_CENTER, APPLICANT, PROJECT, services, CLERK);
    }

    static final TimeLimitPolicy LIMITS = new TimeLimitPolicy();

    static ApplicationAccepted accepted(List<ServiceSelection> services) {
        return accepted(ACCEPTED_ON, Channel.GOV_SERVICE_CENTER, services);
    }

    static ApplicationAccepted accepted(LocalDate on, Channel channel, List<ServiceSelection> services) {
        boolean external = services.stream().anyMatch(ServiceSelection::externalWorks);
        return new ApplicationAccepted(CASE, on, channel, APPLICANT, PROJECT, services, external,
                services.stream().map(CaseFixtures::limit).toList(), external ? 5 : 0, CLERK);
    }

    static TrackLimit limit(ServiceSelection s) {
        var l = LIMITS.limitFor(s.service(), s.externalWorks(), s.powerCategory());
        return new TrackLimit(s.service(), l.workingDays(), l.planReplyWorkingDays());
    }

    static final TrackClocks CLOCKS = new TrackClocks(CLOCK, new CalendarService(), LIMITS);

    static AggregateTestFixture<CombinedApplication> fixture() {
        return fixture(CLOCKS);
    }

    static AggregateTestFixture<CombinedApplication> fixture(TrackClocks clocks) {
        var fixture = new AggregateTestFixture<>(CombinedApplication.class);
        fixture.registerInjectableResource(clocks);
        fixture.registerInjectableResource(LIMITS);
        return fixture;
    }

    static RecordTrackStep step(UtilityService service, TrackStep step, LocalDate on, String note, Actor actor) {
        return new RecordTrackStep(CASE, service, step, on, note, actor, Channel.STAFF_WORKSPACE);
    }

    static TrackStepRecorded reached(UtilityService service, TrackStage stage, LocalDate on, Actor actor) {
        return new TrackStepRecorded(CASE, service, stage, null, on, actor, Channel.STAFF_WORKSPACE);
    }
}
