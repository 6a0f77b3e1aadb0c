package cn.weihai.lianbao.casefile;

import cn.weihai.lianbao.casefile.api.Commands.WithdrawApplication;
import cn.weihai.lianbao.casefile.api.Commands.WithdrawService;
import cn.weihai.lianbao.casefile.api.Events.ApplicationWithdrawn;
import cn.weihai.lianbao.casefile.api.Events.ServiceWithdrawn;
import cn.weihai.lianbao.casefile.api.Events.SupplementRequested;
import cn.weihai.lianbao.casefile.api.Events.SupplementSupplied;
import cn.weihai.lianbao.casefile.api.Events.TrackPaused;
import cn.weihai.lianbao.casefile.api.Events.TrackRejected;
import cn.weihai.lianbao.casefile.api.Events.TrackResumed;
import cn.weihai.lianbao.casefile.api.Events.TrackStepRecorded;
import cn.weihai.lianbao.casefile.api.TrackStage;
import cn.weihai.lianbao.casefile.api.TrackStep;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.InvalidInputException;
import cn.weihai.lianbao.shared.RuleViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static cn.weihai.lianbao.casefile.CaseFixtures.*;
import static cn.weihai.lianbao.shared.UtilityService.DRAINAGE;
import static cn.weihai.lianbao.shared.UtilityService.GAS;
import static cn.weihai.lianbao.shared.UtilityService.POWER;
import static cn.weihai.lianbao.shared.UtilityService.TELECOM;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

/** One utility's track: 受理 → 踏勘 → 方案 → 施工 → 竣工 → 验收 → 接通, with waits, 补正, 不予受理 and 撤回. */
class TrackScenariosTest {
    private static final LocalDate MAR_3 = LocalDate.of(2026, 3, 3);
    private static final LocalDate MAR_4 = LocalDate.of(2026, 3, 4);
    private static final LocalDate MAR_5 = LocalDate.of(2026, 3, 5);
    private static final LocalDate MAR_6 = LocalDate.of(2026, 3, 6);
    private AggregateTestFixture<CombinedApplication> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void utilityRecordsSurveyWithBusinessDateAndNote() {
        fixture.given(accepted(DIRECT_ONLY))
                .when(step(POWER, TrackStep.SURVEYED, MAR_3, "现场踏勘完成", POWER_STAFF))
                .expectEvents(new TrackStepRecorded(CASE, POWER, TrackStage.SURVEYED, "现场踏勘完成", MAR_3,
                        POWER_STAFF, Channel.STAFF_WORKSPACE));
    }

    @Test
    void trackWithoutExternalWorksGoesAllTheWayToConnected() {
        fixture.given(accepted(DIRECT_ONLY),
                        reached(POWER, TrackStage.SURVEYED, MAR_3, POWER_STAFF),
                        reached(POWER, TrackStage.PLAN_ISSUED, MAR_3, POWER_STAFF),
                        reached(POWER, TrackStage.CONSTRUCTION_STARTED, MAR_4, POWER_STAFF),
                        reached(POWER, TrackStage.CONSTRUCTION_FINISHED, MAR_5, POWER_STAFF),
                        reached(POWER, TrackStage.ACCEPTANCE_PASSED, MAR_6, POWER_STAFF))
                .when(step(POWER, TrackStep.CONNECTED, MAR_6, null, POWER_STAFF))
                .expectEvents(reached(POWER, TrackStage.CONNECTED, MAR_6, POWER_STAFF));
    }

    @Test
    void stepOutOfOrderIsRefusedNamingStateAndAllowedSteps() {
        fixture.given(accepted(DIRECT_ONLY), reached(POWER, TrackStage.SURVEYED, MAR_3, POWER_STAFF))
                .when(step(POWER, TrackStep.CONSTRUCTION_STARTED, MAR_4, null, POWER_STAFF))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(allOf(containsString("rule.track.stepNotAllowed"),
                        containsString("SURVEYED"),
                        containsString("[PLAN_ISSUED, PAUSED, SUPPLEMENT_REQUESTED, REJECTED]")))
                .expectNoEvents();
    }

    @Test
    void aStepCannotBeRecordedTwice() {
        fixture.given(accepted(DIRECT_ONLY), reached(POWER, TrackStage.SURVEYED, MAR_3, POWER_STAFF))
                .when(step(POWER, TrackStep.SURVEYED, MAR_4, null, POWER_STAFF))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void connectedTrackAcceptsNothingMore() {
        fixture.given(accepted(DIRECT_ONLY),
                        reached(TELECOM, TrackStage.SURVEYED, MAR_3, POWER_STAFF),
                        reached(TELECOM, TrackStage.PLAN_ISSUED, MAR_3, POWER_STAFF),
                        reached(TELECOM, TrackStage.CONSTRUCTION_STARTED, MAR_3, POWER_STAFF),
                        reached(TELECOM, TrackStage.CONSTRUCTION_FINISHED, MAR_3, POWER_STAFF),
                        reached(TELECOM, TrackStage.ACCEPTANCE_PASSED, MAR_3, POWER_STAFF),
                        reached(TELECOM, TrackStage.CONNECTED, MAR_3, POWER_STAFF))
                .when(step(TELECOM, TrackStep.PAUSED, MAR_4, "等待", POWER_STAFF))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(allOf(containsString("CONNECTED"), containsString("[]")));
    }

    @Test
    void serviceNotSelectedIsRefused() {
        fixture.given(accepted(DIRECT_ONLY))
                .when(step(GAS, TrackStep.SURVEYED, MAR_3, null, POWER_STAFF))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("rule.track.notSelected"));
    }

    @Test
    void pauseNeedsAReasonAndWhilePausedOnlyResumeOrRejectFit() {
        fixture.given(accepted(DIRECT_ONLY))
                .when(step(DRAINAGE, TrackStep.PAUSED, MAR_3, "  ", WATER_STAFF))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage(containsString("field=note"));

        fixture.given(accepted(DIRECT_ONLY),
                        new TrackPaused(CASE, DRAINAGE, "等待建设单位完成红线内工程", MAR_3, WATER_STAFF,
                                Channel.STAFF_WORKSPACE))
                .when(step(DRAINAGE, TrackStep.SURVEYED, MAR_4, null, WATER_STAFF))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(allOf(containsString("PAUSED"), containsString("[RESUMED, REJECTED]")));
    }

    @Test
    void pausedTrackResumes() {
        fixture.given(accepted(DIRECT_ONLY),
                        new TrackPaused(CASE, DRAINAGE, "等待建设单位完成红线内工程", MAR_3, WATER_STAFF,
                                Channel.STAFF_WORKSPACE))
                .when(step(DRAINAGE, TrackStep.RESUMED, MAR_5, "红线内工程已完成", WATER_STAFF))
                .expectEvents(new TrackResumed(CASE, DRAINAGE, "红线内工程已完成", MAR_5, WATER_STAFF,
                        Channel.STAFF_WORKSPACE));
    }

    @Test
    void supplementRequestedThenSupplied() {
        fixture.given(accepted(DIRECT_ONLY))
                .when(step(DRAINAGE, TrackStep.SUPPLEMENT_REQUESTED, MAR_3, "缺化粪池位置及出水口高程", WATER_STAFF))
                .expectEvents(new SupplementRequested(CASE, DRAINAGE, "缺化粪池位置及出水口高程", MAR_3, WATER_STAFF,
                        Channel.STAFF_WORKSPACE));

        fixture.given(accepted(DIRECT_ONLY),
                        new SupplementRequested(CASE, DRAINAGE, "缺化粪池位置及出水口高程", MAR_3, WATER_STAFF,
                                Channel.STAFF_WORKSPACE))
                .when(step(DRAINAGE, TrackStep.SUPPLEMENT_SUPPLIED, MAR_5, "已补交CAD图纸", CLERK))
                .expectEvents(new SupplementSupplied(CASE, DRAINAGE, "已补交CAD图纸", MAR_5, CLERK,
                        Channel.STAFF_WORKSPACE));
    }

    @Test
    void rejectionNeedsAReasonAndEndsTheTrack() {
        fixture.given(accepted(DIRECT_ONLY))
                .when(step(TELECOM, TrackStep.REJECTED, MAR_3, null, POWER_STAFF))
                .expectException(InvalidInputException.class);

        fixture.given(accepted(DIRECT_ONLY))
                .when(step(TELECOM, TrackStep.REJECTED, MAR_3, "不属于通信配套范围", POWER_STAFF))
                .expectEvents(new TrackRejected(CASE, TELECOM, "不属于通信配套范围", MAR_3, POWER_STAFF,
                        Channel.STAFF_WORKSPACE));

        fixture.given(accepted(DIRECT_ONLY),
                        new TrackRejected(CASE, TELECOM, "不属于通信配套范围", MAR_3, POWER_STAFF, Channel.STAFF_WORKSPACE))
                .when(step(TELECOM, TrackStep.SURVEYED, MAR_4, null, POWER_STAFF))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("REJECTED"));
    }

    @Test
    void businessDateIsNeverInTheFutureNorBeforeThePreviousStep() {
        fixture.given(accepted(DIRECT_ONLY))
                .when(step(POWER, TrackStep.SURVEYED, TODAY.plusDays(1), null, POWER_STAFF))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage(containsString("validation.date.future"));

        fixture.given(accepted(DIRECT_ONLY), reached(POWER, TrackStage.SURVEYED, MAR_5, POWER_STAFF))
                .when(step(POWER, TrackStep.PLAN_ISSUED, MAR_4, null, POWER_STAFF))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage(containsString("validation.date.beforePrevious"));

        fixture.given(accepted(DIRECT_ONLY))
                .when(step(POWER, TrackStep.SURVEYED, ACCEPTED_ON.minusDays(1), null, POWER_STAFF))
                .expectException(InvalidInputException.class);
    }

    @Test
    void businessDateDefaultsToToday() {
        fixture.given(accepted(DIRECT_ONLY))
                .when(step(POWER, TrackStep.SURVEYED, null, null, POWER_STAFF))
                .expectEvents(reached(POWER, TrackStage.SURVEYED, TODAY, POWER_STAFF));
    }

    @Test
    void applicantWithdrawsOneServiceAndTheOthersGoOn() {
        fixture.given(accepted(DIRECT_ONLY))
                .when(new WithdrawService(CASE, TELECOM, "暂不需要通信配套", MAR_4, CLERK, Channel.GOV_SERVICE_CENTER))
                .expectEvents(new ServiceWithdrawn(CASE, TELECOM, "暂不需要通信配套", MAR_4, CLERK,
                        Channel.GOV_SERVICE_CENTER));

        fixture.given(accepted(DIRECT_ONLY),
                        new ServiceWithdrawn(CASE, TELECOM, null, MAR_4, CLERK, Channel.GOV_SERVICE_CENTER))
                .when(step(POWER, TrackStep.SURVEYED, MAR_5, null, POWER_STAFF))
                .expectSuccessfulHandlerExecution();

        fixture.given(accepted(DIRECT_ONLY),
                        new ServiceWithdrawn(CASE, TELECOM, null, MAR_4, CLERK, Channel.GOV_SERVICE_CENTER))
                .when(new WithdrawService(CASE, TELECOM, null, MAR_5, CLERK, Channel.GOV_SERVICE_CENTER))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("rule.track.finished"));
    }

    @Test
    void withdrawnApplicationRefusesEveryFurtherStep() {
        fixture.given(accepted(DIRECT_ONLY))
                .when(new WithdrawApplication(CASE, "项目暂缓建设", MAR_4, CLERK, Channel.GOV_SERVICE_CENTER))
                .expectEvents(new ApplicationWithdrawn(CASE, "项目暂缓建设", MAR_4, CLERK, Channel.GOV_SERVICE_CENTER));

        fixture.given(accepted(DIRECT_ONLY),
                        new ApplicationWithdrawn(CASE, "项目暂缓建设", MAR_4, CLERK, Channel.GOV_SERVICE_CENTER))
                .when(step(POWER, TrackStep.SURVEYED, MAR_5, null, POWER_STAFF))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage(containsString("rule.case.withdrawn"));
    }
}
