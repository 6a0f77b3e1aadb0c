package cn.weihai.lianbao.casefile.list;

import cn.weihai.lianbao.casefile.api.ApprovalStatus;
import cn.weihai.lianbao.casefile.api.Applicant;
import cn.weihai.lianbao.casefile.api.CaseEvent;
import cn.weihai.lianbao.casefile.api.ClockKind;
import cn.weihai.lianbao.casefile.api.CaseStatus;
import cn.weihai.lianbao.casefile.api.Events.ApplicationAccepted;
import cn.weihai.lianbao.casefile.api.Events.ApplicationWithdrawn;
import cn.weihai.lianbao.casefile.api.Events.ExternalWorksPermitIssued;
import cn.weihai.lianbao.casefile.api.Events.ExternalWorksSubmitted;
import cn.weihai.lianbao.casefile.api.Events.SupplementRequested;
import cn.weihai.lianbao.casefile.api.Events.ServiceWithdrawn;
import cn.weihai.lianbao.casefile.api.Events.SupplementSupplied;
import cn.weihai.lianbao.casefile.api.Events.TrackDueSoon;
import cn.weihai.lianbao.casefile.api.Events.TrackOverdue;
import cn.weihai.lianbao.casefile.api.Events.TrackPaused;
import cn.weihai.lianbao.casefile.api.Events.TrackResumed;
import cn.weihai.lianbao.casefile.api.Events.TrackRejected;
import cn.weihai.lianbao.casefile.api.Events.TrackStepRecorded;
import cn.weihai.lianbao.casefile.api.Project;
import cn.weihai.lianbao.casefile.api.ServiceSelection;
import cn.weihai.lianbao.casefile.api.TrackStage;
import cn.weihai.lianbao.casefile.api.TrackStatus;
import cn.weihai.lianbao.casefile.list.CaseSummary.TrackSummary;
import cn.weihai.lianbao.deadline.Warning;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.ConstructionType;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static cn.weihai.lianbao.shared.UtilityService.GAS;
import static cn.weihai.lianbao.shared.UtilityService.TELECOM;
import static cn.weihai.lianbao.shared.UtilityService.WATER;
import static org.assertj.core.api.Assertions.assertThat;

class CaseSummaryFoldTest {
    static final String CN = "LB-2025-000042";
    static final LocalDate DAY = LocalDate.of(2025, 9, 1);
    static final Actor ACTOR = new Actor("water", "赵供水", Role.UTILITY_STAFF, "威海水务集团");
    static final Channel CH = Channel.STAFF_WORKSPACE;
    static final Instant AT = Instant.parse("2025-09-01T02:00:00Z");

    static final ApplicationAccepted ACCEPTED = new ApplicationAccepted(CN, DAY, Channel.SHARED_HALL,
            new Applicant("威海某某置业有限公司", "91371000MA3C000017", "张三", "13800000000"),
            new Project("某某花园", "P-1", "环翠区某路1号", District.HUANCUI, ConstructionType.NEW),
            List.of(new ServiceSelection(WATER, true, null), ServiceSelection.of(TELECOM)), true,
            List.of(new cn.weihai.lianbao.casefile.api.TrackLimit(WATER, 25, null),
                    new cn.weihai.lianbao.casefile.api.TrackLimit(TELECOM, 5, null)), 5,
            new Actor("clerk", "王窗口", Role.CLERK, "政务服务中心"));

    static CaseSummary fold(CaseEvent... events) {
        CaseSummary s = null;
        for (int i = 0; i < events.length; i++) {
            s = CaseSummaryFold.next(s, events[i], i, AT.plusSeconds(i));
        }
        return s;
    }

    @Test
    void acceptanceStartsEveryTrackAndTheApproval() {
        CaseSummary s = fold(ACCEPTED);
        assertThat(s.caseNumber()).isEqualTo(CN);
        assertThat(s.applicantName()).isEqualTo("威海某某置业有限公司");
        assertThat(s.district()).isEqualTo(District.HUANCUI);
        assertThat(s.channel()).isEqualTo(Channel.SHARED_HALL);
        assertThat(s.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(s.tracks()).extracting(CaseSummary.TrackSummary::service).containsExactly(WATER, TELECOM);
        assertThat(s.tracks()).allMatch(t -> t.status() == TrackStatus.ACCEPTED);
        assertThat(s.externalWorks()).isEqualTo(ApprovalStatus.PREPARING);
        assertThat(s.eventCount()).isEqualTo(1);
        assertThat(s.lastRecordedAt()).isEqualTo(AT);
    }

    @Test
    void aSupplementPausesTheTrackAndSupplyingReturnsToItsStage() {
        var surveyed = new TrackStepRecorded(CN, WATER, TrackStage.SURVEYED, "现场踏勘完成", DAY.plusDays(1), ACTOR, CH);
        var requested = new SupplementRequested(CN, WATER, "缺少用水点位图", DAY.plusDays(2), ACTOR, CH);
        assertThat(fold(ACCEPTED, surveyed, requested).tracks().getFirst().status())
                .isEqualTo(TrackStatus.SUPPLEMENT_REQUESTED);

        var supplied = new SupplementSupplied(CN, WATER, null, DAY.plusDays(5), ACTOR, CH);
        CaseSummary s = fold(ACCEPTED, surveyed, requested, supplied);
        assertThat(s.tracks().getFirst().status()).isEqualTo(TrackStatus.SURVEYED);
        assertThat(s.lastOccurredOn()).isEqualTo(DAY.plusDays(5));
        assertThat(s.eventCount()).isEqualTo(4);
    }

    @Test
    void theCaseCompletesWhenEveryTrackHasEnded() {
        var waterConnected = new TrackStepRecorded(CN, WATER, TrackStage.CONNECTED, null, DAY, ACTOR, CH);
        var telecomRejected = new TrackRejected(CN, TELECOM, "不具备条件", DAY, ACTOR, CH);
        assertThat(fold(ACCEPTED, waterConnected).status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(fold(ACCEPTED, waterConnected, telecomRejected).status()).isEqualTo(CaseStatus.COMPLETED);
    }

    @Test
    void withdrawingTheApplicationEndsTheOpenTracksOnly() {
        var telecomRejected = new TrackRejected(CN, TELECOM, "不具备条件", DAY, ACTOR, CH);
        CaseSummary s = fold(ACCEPTED, telecomRejected, new ApplicationWithdrawn(CN, "项目取消", DAY, ACTOR, CH));
        assertThat(s.status()).isEqualTo(CaseStatus.WITHDRAWN);
        assertThat(s.tracks()).extracting(CaseSummary.TrackSummary::status)
                .containsExactly(TrackStatus.WITHDRAWN, TrackStatus.REJECTED);
    }

    @Test
    void approvalEventsMoveTheExternalWorksStatus() {
        var submitted = new ExternalWorksSubmitted(CN, 1, List.of(), DAY, ACTOR, CH);
        var permit = new ExternalWorksPermitIssued(CN, 1, "威外审〔2025〕1号", DAY, ACTOR, CH);
        assertThat(fold(ACCEPTED, submitted).externalWorks()).isEqualTo(ApprovalStatus.UNDER_REVIEW);
        assertThat(fold(ACCEPTED, submitted, permit).externalWorks()).isEqualTo(ApprovalStatus.PERMIT_ISSUED);
    }

    @Test
    void anEventBeforeTheAcceptanceMakesNoRow() {
        var step = new TrackStepRecorded(CN, GAS, TrackStage.SURVEYED, null, DAY, ACTOR, CH);
        assertThat(CaseSummaryFold.next(null, step, 3, AT)).isNull();
    }

    // --- 临期 / 超期 marks ------------------------------------------------------------------------------------
    static final LocalDate DUE = DAY.plusDays(7);
    static final TrackDueSoon TELECOM_DUE_SOON = new TrackDueSoon(CN, TELECOM, ClockKind.LIMIT, DUE, 1, DUE.minusDays(1),
            Actor.system(), Channel.SYSTEM);
    static final TrackOverdue TELECOM_OVERDUE = new TrackOverdue(CN, TELECOM, ClockKind.LIMIT, DUE, DUE.plusDays(1), Actor.system(),
            Channel.SYSTEM);

    static Warning telecom(CaseSummary s) {
        return s.tracks().stream().filter(t -> t.service() == TELECOM).findFirst().orElseThrow().warning();
    }

    @Test
    void theSystemsAlertsMarkTheTrackDueSoonThenOverdue() {
        assertThat(fold(ACCEPTED).tracks()).extracting(TrackSummary::warning).containsOnly(Warning.NONE);
        CaseSummary dueSoon = fold(ACCEPTED, TELECOM_DUE_SOON);
        assertThat(telecom(dueSoon)).isEqualTo(Warning.DUE_SOON);
        assertThat(dueSoon.tracks().getFirst().warning()).as("water").isEqualTo(Warning.NONE);
        assertThat(dueSoon.eventCount()).as("an alert counts as an applied event").isEqualTo(2);
        CaseSummary overdue = fold(ACCEPTED, TELECOM_DUE_SOON, TELECOM_OVERDUE);
        assertThat(telecom(overdue)).isEqualTo(Warning.OVERDUE);
        assertThat(overdue.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(overdue.tracks().get(1).status()).as("the track's own status stays").isEqualTo(TrackStatus.ACCEPTED);
    }

    @Test
    void aStepForwardKeepsTheMarkButConnectingClearsIt() {
        var surveyed = new TrackStepRecorded(CN, TELECOM, TrackStage.SURVEYED, null, DUE.plusDays(2), ACTOR, CH);
        assertThat(telecom(fold(ACCEPTED, TELECOM_OVERDUE, surveyed))).isEqualTo(Warning.OVERDUE);
        var connected = new TrackStepRecorded(CN, TELECOM, TrackStage.CONNECTED, null, DUE.plusDays(3), ACTOR, CH);
        assertThat(telecom(fold(ACCEPTED, TELECOM_OVERDUE, surveyed, connected))).isEqualTo(Warning.NONE);
    }

    @Test
    void waitingOnTheApplicantClearsTheMarkAndResumingLeavesItToTheNextAlert() {
        var paused = new TrackPaused(CN, TELECOM, "等待申请人完成红线内工程", DUE.plusDays(2), ACTOR, CH);
        var resumed = new TrackResumed(CN, TELECOM, null, DUE.plusDays(9), ACTOR, CH);
        assertThat(telecom(fold(ACCEPTED, TELECOM_OVERDUE, paused))).isEqualTo(Warning.NONE);
        assertThat(telecom(fold(ACCEPTED, TELECOM_OVERDUE, paused, resumed))).isEqualTo(Warning.NONE);
        // the deadline system raises the alert again for the due date moved by the pause
        var overdueAgain = new TrackOverdue(CN, TELECOM, ClockKind.LIMIT, DUE.plusDays(7), DUE.plusDays(10), Actor.system(),
                Channel.SYSTEM);
        assertThat(telecom(fold(ACCEPTED, TELECOM_OVERDUE, paused, resumed, overdueAgain)))
                .isEqualTo(Warning.OVERDUE);

        var requested = new SupplementRequested(CN, TELECOM, "缺少施工图", DUE.plusDays(2), ACTOR, CH);
        var supplied = new SupplementSupplied(CN, TELECOM, null, DUE.plusDays(4), ACTOR, CH);
        assertThat(telecom(fold(ACCEPTED, TELECOM_DUE_SOON, requested))).isEqualTo(Warning.NONE);
        assertThat(telecom(fold(ACCEPTED, TELECOM_DUE_SOON, requested, supplied))).isEqualTo(Warning.NONE);
    }

    @Test
    void anEndedTrackHasNoMark() {
        assertThat(telecom(fold(ACCEPTED, TELECOM_OVERDUE, new TrackRejected(CN, TELECOM, "不具备条件", DUE, ACTOR, CH))))
                .isEqualTo(Warning.NONE);
        assertThat(telecom(fold(ACCEPTED, TELECOM_OVERDUE, new ServiceWithdrawn(CN, TELECOM, "不再需要", DUE, ACTOR, CH))))
                .isEqualTo(Warning.NONE);
        var waterOverdue = new TrackOverdue(CN, WATER, ClockKind.LIMIT, DUE, DUE, Actor.system(), Channel.SYSTEM);
        CaseSummary withdrawn = fold(ACCEPTED, TELECOM_OVERDUE, waterOverdue,
                new ApplicationWithdrawn(CN, "项目取消", DUE, ACTOR, CH));
        assertThat(withdrawn.tracks()).extracting(TrackSummary::warning).containsOnly(Warning.NONE);
    }

    @Test
    void aLateAlertForAnEndedTrackIsIgnored() {
        var rejected = new TrackRejected(CN, TELECOM, "不具备条件", DUE, ACTOR, CH);
        CaseSummary s = fold(ACCEPTED, rejected, TELECOM_OVERDUE);
        assertThat(telecom(s)).isEqualTo(Warning.NONE);
        assertThat(s.eventCount()).isEqualTo(3);
    }
}
