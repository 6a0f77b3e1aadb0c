package cn.weihai.lianbao.casefile;

import cn.weihai.lianbao.casefile.api.ApprovalStatus;
import cn.weihai.lianbao.casefile.api.CaseDetails;
import cn.weihai.lianbao.casefile.api.CaseStatus;
import cn.weihai.lianbao.casefile.api.Department;
import cn.weihai.lianbao.casefile.api.Events.ApplicationWithdrawn;
import cn.weihai.lianbao.casefile.api.Events.ExternalWorksMaterialsPrepared;
import cn.weihai.lianbao.casefile.api.Events.ExternalWorksOpinionGiven;
import cn.weihai.lianbao.casefile.api.Events.ExternalWorksReturnedForPreparation;
import cn.weihai.lianbao.casefile.api.Events.ExternalWorksSubmitted;
import cn.weihai.lianbao.casefile.api.Events.TrackPaused;
import cn.weihai.lianbao.casefile.api.Events.TrackResumed;
import cn.weihai.lianbao.casefile.api.MaterialsPreparer;
import cn.weihai.lianbao.casefile.api.TrackStage;
import cn.weihai.lianbao.casefile.api.TrackStatus;
import cn.weihai.lianbao.casefile.api.TrackStep;
import cn.weihai.lianbao.shared.Channel;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cn.weihai.lianbao.casefile.CaseFixtures.*;
import static cn.weihai.lianbao.shared.UtilityService.POWER;
import static cn.weihai.lianbao.shared.UtilityService.WATER;
import static org.assertj.core.api.Assertions.assertThat;

class CaseDetailsFoldTest {
    private static final LocalDate MAR_3 = LocalDate.of(2026, 3, 3);
    private static final LocalDate MAR_5 = LocalDate.of(2026, 3, 5);
    private static final Channel CH = Channel.STAFF_WORKSPACE;

    /** Read on Tuesday 2026-03-10. */
    private static final CaseDetailsFold.ClockContext CLOCKS =
            new CaseDetailsFold.ClockContext(cn.weihai.lianbao.calendar.WorkingDayCalendar.shipped(), TODAY, 1);

    @Test
    void noEventsNoCase() {
        assertThat(CaseDetailsFold.fold(List.of(), CLOCKS)).isEmpty();
    }

    @Test
    void showsStagesPausesAndWhatEachTrackAllowsNext() {
        CaseDetails c = CaseDetailsFold.fold(List.of(accepted(WATER_EXTERNAL_AND_POWER),
                reached(WATER, TrackStage.SURVEYED, MAR_3, WATER_STAFF),
                reached(WATER, TrackStage.PLAN_ISSUED, MAR_3, WATER_STAFF),
                new TrackPaused(CASE, POWER, "等待用户缴费", MAR_3, POWER_STAFF, CH),
                new TrackResumed(CASE, POWER, null, MAR_5, POWER_STAFF, CH),
                new TrackPaused(CASE, POWER, "等待用户红线内工程", MAR_5, POWER_STAFF, CH)), CLOCKS).orElseThrow();

        assertThat(c.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(c.version()).isEqualTo(5);
        var water = c.track(WATER).orElseThrow();
        assertThat(water.status()).isEqualTo(TrackStatus.PLAN_ISSUED);
        assertThat(water.allowedSteps()).containsExactly(TrackStep.PAUSED, TrackStep.SUPPLEMENT_REQUESTED,
                TrackStep.REJECTED); // construction waits for the permit
        var power = c.track(POWER).orElseThrow();
        assertThat(power.status()).isEqualTo(TrackStatus.PAUSED);
        assertThat(power.waitingReason()).isEqualTo("等待用户红线内工程");
        assertThat(power.pauses()).extracting(CaseDetails.Pause::from, CaseDetails.Pause::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MAR_3, MAR_5),
                        org.assertj.core.groups.Tuple.tuple(MAR_5, null));
        assertThat(c.approval().status()).isEqualTo(ApprovalStatus.PREPARING);

        // water with external works: 25 working days from Mon 03-02, 6 used by Tue 03-10
        assertThat(water.clock().dueDate()).isEqualTo(LocalDate.of(2026, 4, 7)); // Qingming 04-04..06 off
        assertThat(water.clock().usedWorkingDays()).isEqualTo(6);
        assertThat(water.clock().remainingWorkingDays()).isEqualTo(19);
        // power 10 kV dual, 18 days; waited 03-04, 03-05 (closed wait) and 03-06, 03-09, 03-10 (open wait):
        // only Tue 03-03 counts
        assertThat(power.clock().usedWorkingDays()).isEqualTo(1);
        assertThat(power.clock().dueDate()).isEqualTo(CAL.workingDaysAfter(LocalDate.of(2026, 3, 2), 18 + 5));
        assertThat(power.planReplyClock()).isNull();
    }

    private static final cn.weihai.lianbao.calendar.WorkingDayCalendar CAL =
            cn.weihai.lianbao.calendar.WorkingDayCalendar.shipped();

    @Test
    void kv35RunsAPlanReplyClockThatStopsWhenThePlanIsIssued() {
        var kv35 = List.of(new cn.weihai.lianbao.casefile.api.ServiceSelection(POWER, false,
                cn.weihai.lianbao.shared.PowerCategory.KV35_DUAL));
        CaseDetails c = CaseDetailsFold.fold(List.of(accepted(kv35),
                reached(POWER, TrackStage.SURVEYED, MAR_3, POWER_STAFF),
                reached(POWER, TrackStage.PLAN_ISSUED, MAR_5, POWER_STAFF)), CLOCKS).orElseThrow();
        var power = c.track(POWER).orElseThrow();
        assertThat(power.planReplyClock().limitWorkingDays()).isEqualTo(20);
        assertThat(power.planReplyClock().usedWorkingDays()).isEqualTo(3);
        assertThat(power.planReplyClock().onTime()).isTrue();
        assertThat(power.clock().limitWorkingDays()).isEqualTo(32);
        assertThat(power.clock().onTime()).isNull();
        assertThat(power.clock().usedWorkingDays()).isEqualTo(6);
    }

    @Test
    void refusedRoundMovesToEarlierRoundsAndWithdrawalEndsOpenTracks() {
        CaseDetails c = CaseDetailsFold.fold(List.of(accepted(WATER_EXTERNAL_AND_POWER),
                new ExternalWorksMaterialsPrepared(CASE, 1, MaterialsPreparer.UTILITY, false, false, null, MAR_3,
                        WATER_STAFF, CH),
                new ExternalWorksSubmitted(CASE, 1, List.of(Department.HOUSING_CONSTRUCTION,
                        Department.TRAFFIC_POLICE), MAR_3, WATER_STAFF, CH),
                new ExternalWorksOpinionGiven(CASE, 1, Department.TRAFFIC_POLICE, false, "缺图", MAR_5, POLICE, CH),
                new ExternalWorksReturnedForPreparation(CASE, 1, Department.TRAFFIC_POLICE, "缺图", MAR_5, POLICE, CH),
                new ApplicationWithdrawn(CASE, "项目暂缓", MAR_5, CLERK, CH)), CLOCKS).orElseThrow();

        assertThat(c.approval().round()).isEqualTo(2);
        assertThat(c.approval().status()).isEqualTo(ApprovalStatus.PREPARING);
        assertThat(c.approval().opinions()).isEmpty();
        assertThat(c.approval().earlierRounds()).extracting(CaseDetails.Opinion::department, CaseDetails.Opinion::agreed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Department.HOUSING_CONSTRUCTION, null),
                        org.assertj.core.groups.Tuple.tuple(Department.TRAFFIC_POLICE, false));
        assertThat(c.status()).isEqualTo(CaseStatus.WITHDRAWN);
        assertThat(c.tracks()).allSatisfy(t -> {
            assertThat(t.status()).isEqualTo(TrackStatus.WITHDRAWN);
            assertThat(t.allowedSteps()).isEmpty();
        });
    }
}
