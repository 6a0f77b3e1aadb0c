package cn.weihai.lianbao.casefile.list;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.casefile.TestCases;
import cn.weihai.lianbao.casefile.api.CaseStatus;
import cn.weihai.lianbao.casefile.api.CaseEvent;
import cn.weihai.lianbao.casefile.api.Events.ApplicationAccepted;
import cn.weihai.lianbao.casefile.api.Events.TrackOverdue;
import cn.weihai.lianbao.casefile.api.TrackStep;
import cn.weihai.lianbao.casefile.api.TrackStatus;
import cn.weihai.lianbao.deadline.Warning;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.UtilityService;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static cn.weihai.lianbao.casefile.TestCases.await;
import static org.assertj.core.api.Assertions.assertThat;

/** The case list follows the real command side on PostgreSQL. */
class CaseSummaryProjectionTest extends IntegrationTest {
    // recent enough that no limit has passed: a long-past acceptance would also bring the system's 超期 events
    static final LocalDate ACCEPTED_ON = LocalDate.now(cn.weihai.lianbao.LianbaoApplication.ZONE).minusDays(3);

    @Autowired
    CommandGateway commands;
    @Autowired
    CaseNumberAllocator caseNumbers;
    @Autowired
    CaseSummaryQueries queries;
    @Autowired
    CaseSummaryProjection projection;
    @Autowired
    EventStore eventStore;

    @Test
    void aCaseAndItsStepsReachTheList() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String caseNumber = caseNumbers.allocate(ACCEPTED_ON);
        commands.sendAndWait(TestCases.waterAndPower(caseNumber, ACCEPTED_ON, "列表测试公司" + unique,
                "列表测试项目" + unique));
        commands.sendAndWait(TestCases.powerSurveyed(caseNumber, ACCEPTED_ON.plusDays(2)));

        await("two events of " + caseNumber + " in the list",
                () -> queries.find(caseNumber).filter(s -> s.eventCount() == 2).isPresent());
        CaseSummary row = queries.find(caseNumber).orElseThrow();
        assertThat(row.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(row.district()).isEqualTo(District.HUANCUI);
        assertThat(row.tracks()).extracting(CaseSummary.TrackSummary::service)
                .containsExactly(UtilityService.WATER, UtilityService.POWER);
        assertThat(row.tracks()).extracting(CaseSummary.TrackSummary::status)
                .containsExactly(TrackStatus.ACCEPTED, TrackStatus.SURVEYED);
        assertThat(row.lastOccurredOn()).isEqualTo(ACCEPTED_ON.plusDays(2));
        assertThat(row.lastRecordedAt()).isNotNull();

        CaseFilter byApplicant = CaseFilter.ALL.withText("列表测试公司" + unique.toUpperCase());
        assertThat(queries.count(byApplicant)).isEqualTo(1);
        assertThat(queries.page(byApplicant, 0, 10, List.of())).extracting(CaseSummary::caseNumber)
                .containsExactly(caseNumber);
        assertThat(queries.count(CaseFilter.ALL.withText(unique).withStatus(CaseStatus.COMPLETED))).isZero();
        assertThat(queries.count(CaseFilter.ALL.withText(caseNumber).withDistrict(District.HUANCUI))).isEqualTo(1);
        assertThat(queries.count(CaseFilter.ALL.withText("100%_" + unique))).isZero();
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        String caseNumber = caseNumbers.allocate(ACCEPTED_ON);
        commands.sendAndWait(TestCases.waterAndPower(caseNumber, ACCEPTED_ON, "重放测试公司", "重放测试项目"));
        commands.sendAndWait(TestCases.powerSurveyed(caseNumber, ACCEPTED_ON.plusDays(1)));
        await("both events of " + caseNumber,
                () -> queries.find(caseNumber).filter(s -> s.eventCount() == 2).isPresent());
        CaseSummary before = queries.find(caseNumber).orElseThrow();

        var accepted = (ApplicationAccepted) eventStore.readEvents(caseNumber, 0).asStream().findFirst()
                .orElseThrow().getPayload();
        projection.on(accepted, 0, Instant.now());

        assertThat(queries.find(caseNumber)).contains(before);
    }

    @Test
    void pagesFollowTheRequestedOrder() {
        for (int i = 0; i < 3; i++) {
            String caseNumber = caseNumbers.allocate(ACCEPTED_ON);
            commands.sendAndWait(TestCases.waterAndPower(caseNumber, ACCEPTED_ON.minusDays(i), "排序测试公司",
                    "排序测试项目"));
        }
        await("three sorting cases", () -> queries.count(CaseFilter.ALL.withText("排序测试公司")) >= 3);
        List<CaseSummary> newestFirst = queries.page(CaseFilter.ALL.withText("排序测试公司"), 0, 50, List.of());
        assertThat(newestFirst).extracting(CaseSummary::acceptedOn).isSortedAccordingTo(
                java.util.Comparator.reverseOrder());
        List<CaseSummary> byNumber = queries.page(CaseFilter.ALL.withText("排序测试公司"), 1, 2,
                List.of(new CaseSort(CaseSort.Column.CASE_NUMBER, false)));
        assertThat(byNumber).hasSize(2).extracting(CaseSummary::caseNumber).isSorted();
    }

    @Test
    void theSystemsOverdueAlertMarksTheTrackAndTheWarningFilterFindsTheCase() {
        LocalDate longAgo = LocalDate.now(cn.weihai.lianbao.LianbaoApplication.ZONE).minusDays(30);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String caseNumber = caseNumbers.allocate(longAgo);
        commands.sendAndWait(TestCases.telecom(caseNumber, longAgo, "超期列表测试公司" + unique, "超期列表项目" + unique));

        // telecom's 5 working days are long past: the persistent deadline raises 超期 within a few seconds
        await("the overdue mark of " + caseNumber, () -> queries.find(caseNumber)
                .filter(s -> s.tracks().getFirst().warning() == Warning.OVERDUE).isPresent());
        CaseFilter mine = CaseFilter.ALL.withText(unique);
        assertThat(queries.page(mine.withWarning(Warning.OVERDUE), 0, 10, List.of()))
                .extracting(CaseSummary::caseNumber).containsExactly(caseNumber);
        assertThat(queries.count(mine.withWarning(Warning.OVERDUE))).isEqualTo(1);
        assertThat(queries.count(mine.withWarning(Warning.DUE_SOON))).isZero();
        assertThat(queries.count(mine.withWarning(Warning.NONE))).isZero();

        // the alert delivered again changes nothing
        CaseSummary marked = queries.find(caseNumber).orElseThrow();
        DomainEventMessage<?> alert = eventStore.readEvents(caseNumber, 0).asStream()
                .filter(m -> m.getPayload() instanceof TrackOverdue).findFirst().orElseThrow();
        projection.on((CaseEvent) alert.getPayload(), alert.getSequenceNumber(), Instant.now());
        assertThat(queries.find(caseNumber)).contains(marked);

        // waiting on the applicant clears the mark: the due date floats until the track resumes
        LocalDate today = LocalDate.now(cn.weihai.lianbao.LianbaoApplication.ZONE);
        commands.sendAndWait(TestCases.telecomStep(caseNumber, TrackStep.PAUSED, today, "等待申请人完成红线内管道"));
        await("the mark cleared by the pause", () -> queries.find(caseNumber)
                .filter(s -> s.tracks().getFirst().status() == TrackStatus.PAUSED).isPresent());
        assertThat(queries.find(caseNumber).orElseThrow().tracks().getFirst().warning()).isEqualTo(Warning.NONE);
        assertThat(queries.count(mine.withWarning(Warning.OVERDUE))).isZero();
        assertThat(queries.count(mine.withWarning(Warning.NONE))).isEqualTo(1);
    }
}
