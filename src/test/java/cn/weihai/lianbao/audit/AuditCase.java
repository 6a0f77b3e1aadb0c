package cn.weihai.lianbao.audit;

import cn.weihai.lianbao.LianbaoApplication;
import cn.weihai.lianbao.casefile.CaseFileQueries;
import cn.weihai.lianbao.casefile.TestCases;
import cn.weihai.lianbao.casefile.api.CaseDetails;
import cn.weihai.lianbao.casefile.api.Commands.RecordTrackStep;
import cn.weihai.lianbao.casefile.api.TrackStep;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.Role;
import cn.weihai.lianbao.shared.UtilityService;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A water and power case recorded in five steps a few milliseconds apart, with the case as it stood right after
 * each step (read then, straight from the event store) kept for comparison.
 */
public final class AuditCase {
    public static final LocalDate ACCEPTED_ON = LocalDate.now(LianbaoApplication.ZONE).minusDays(3);
    public static final Actor WATER_STAFF = new Actor("water", "赵供水", Role.UTILITY_STAFF, "威海市水务集团有限公司");
    /** A note with what CSV must quote: a comma, quotes and a line break. */
    public static final String PAUSE_REASON = "等待用户缴费, 见 \"缴费通知\"\n第二行";

    public final String caseNumber;
    public final String applicant;
    /** The case right after each command, and when that was read. */
    public final List<CaseDetails> states = new ArrayList<>();
    public final List<Instant> readAt = new ArrayList<>();

    public AuditCase(CommandGateway commands, CaseNumberAllocator caseNumbers, CaseFileQueries queries) {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        caseNumber = caseNumbers.allocate(ACCEPTED_ON);
        applicant = "审计测试有限公司" + unique;
        List<Object> steps = List.of(
                TestCases.waterAndPower(caseNumber, ACCEPTED_ON, applicant, "审计花园" + unique),
                TestCases.powerSurveyed(caseNumber, ACCEPTED_ON.plusDays(1)),
                new RecordTrackStep(caseNumber, UtilityService.POWER, TrackStep.PAUSED, ACCEPTED_ON.plusDays(1),
                        PAUSE_REASON, TestCases.POWER_STAFF, Channel.STAFF_WORKSPACE),
                new RecordTrackStep(caseNumber, UtilityService.WATER, TrackStep.SURVEYED, ACCEPTED_ON.plusDays(2),
                        "水表井位置已确认", WATER_STAFF, Channel.API),
                new RecordTrackStep(caseNumber, UtilityService.POWER, TrackStep.RESUMED, ACCEPTED_ON.plusDays(3),
                        null, TestCases.POWER_STAFF, Channel.STAFF_WORKSPACE));
        for (Object command : steps) {
            pause();
            commands.sendAndWait(command);
            states.add(queries.find(caseNumber).orElseThrow());
            readAt.add(Instant.now());
            pause();
        }
    }

    /** Keeps the steps' recorded times apart. */
    private static void pause() {
        try {
            Thread.sleep(15);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
