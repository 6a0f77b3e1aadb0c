package cn.weihai.lianbao.supervision;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.LianbaoApplication;
import cn.weihai.lianbao.calendar.CalendarService;
import cn.weihai.lianbao.calendar.WorkingDayCalendar;
import cn.weihai.lianbao.casefile.api.CaseEvent;
import cn.weihai.lianbao.deadline.Warning;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.UtilityService;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static cn.weihai.lianbao.casefile.TestCases.await;
import static cn.weihai.lianbao.shared.UtilityService.TELECOM;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Five telecom cases (limit 5 working days) through the real commands: overdue, due soon, just accepted,
 * connected on time and connected late. The projection's counts, rows, filters and search, on PostgreSQL.
 */
class SupervisionQueriesTest extends IntegrationTest {
    @Autowired
    CommandGateway commands;
    @Autowired
    CaseNumberAllocator caseNumbers;
    @Autowired
    CalendarService calendarService;
    @Autowired
    SupervisionQueries queries;
    @Autowired
    SupervisionProjection projection;
    @Autowired
    SupervisionTable table;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;

    final String token = UUID.randomUUID().toString().substring(0, 8);
    final LocalDate today = LocalDate.now(LianbaoApplication.ZONE);
    WorkingDayCalendar calendar;
    SupervisionFilter mine;
    String overdue, dueSoon, fresh, onTime, late;

    @BeforeEach
    void fiveCases() {
        calendar = calendarService.current();
        mine = SupervisionFilter.ALL.withText(token);
        var cases = new SupervisionCases(commands, caseNumbers);
        LocalDate monthAgo = today.minusDays(30);
        overdue = cases.accept(token, "超期", monthAgo, District.WENDENG, Channel.SHARED_HALL, TELECOM);
        LocalDate fourDaysUsed = today;
        while (calendar.workingDaysBetween(fourDaysUsed, today) < 4) {
            fourDaysUsed = fourDaysUsed.minusDays(1);
        }
        dueSoon = cases.accept(token, "临期", fourDaysUsed, District.WENDENG, Channel.SHARED_HALL, TELECOM);
        fresh = cases.accept(token, "新件", today, District.HUANCUI, Channel.AISHANDONG_APP, TELECOM);
        onTime = cases.accept(token, "按期", monthAgo, District.WENDENG, Channel.SHARED_HALL, TELECOM);
        cases.connect(onTime, TELECOM, calendar.workingDaysAfter(monthAgo, 2));
        late = cases.accept(token, "逾期", monthAgo, District.WENDENG, Channel.SHARED_HALL, TELECOM);
        cases.connect(late, TELECOM, calendar.workingDaysAfter(monthAgo, 8));
        await("the supervision counts of the five cases",
                () -> queries.counts(mine).equals(new SupervisionCounts(3, 1, 1, 2)));
    }

    private List<String> caseNumbers(SupervisionFilter filter) {
        return queries.page(filter, 0, 50).stream().map(SupervisedTrack::caseNumber).toList();
    }

    private SupervisedTrack row(String caseNumber) {
        return queries.page(SupervisionFilter.ALL.withText(caseNumber), 0, 1).getFirst();
    }

    @Test
    void countsRowsAndTimeLeftFollowTheClocks() {
        assertThat(queries.count(mine)).isEqualTo(5);
        assertThat(caseNumbers(mine).getFirst()).as("newest accepted first").isEqualTo(fresh);

        SupervisedTrack overdueTrack = row(overdue);
        assertThat(overdueTrack.warning()).isEqualTo(Warning.OVERDUE);
        LocalDate due = calendar.workingDaysAfter(today.minusDays(30), 5);
        assertThat(overdueTrack.dueOn()).isEqualTo(due);
        assertThat(queries.timeLeft(overdueTrack)).hasValue(-calendar.workingDaysBetween(due, today));
        assertThat(queries.timeLeft(row(fresh))).hasValue(5);
        assertThat(queries.timeLeft(row(dueSoon))).hasValue(1);
        assertThat(row(dueSoon).warning()).isEqualTo(Warning.DUE_SOON);

        SupervisedTrack inTime = row(onTime);
        assertThat(inTime.onTime()).isTrue();
        assertThat(inTime.usedDays()).isEqualTo(2);
        assertThat(queries.timeLeft(inTime)).isEmpty();
        SupervisedTrack tooLate = row(late);
        assertThat(tooLate.onTime()).isFalse();
        assertThat(tooLate.usedDays()).isEqualTo(8);
        assertThat(tooLate.warning()).isEqualTo(Warning.NONE);
    }

    @Test
    void filtersNarrowTheTracksAndTheCounts() {
        assertThat(caseNumbers(mine.withService(UtilityService.TELECOM))).hasSize(5);
        assertThat(caseNumbers(mine.withService(UtilityService.POWER))).isEmpty();
        assertThat(caseNumbers(mine.withDistrict(District.HUANCUI))).containsExactly(fresh);
        assertThat(caseNumbers(mine.withChannel(Channel.SHARED_HALL))).hasSize(4).doesNotContain(fresh);
        assertThat(caseNumbers(mine.withWarning(Warning.OVERDUE))).containsExactly(overdue);
        assertThat(caseNumbers(mine.withWarning(Warning.DUE_SOON))).containsExactly(dueSoon);
        assertThat(caseNumbers(mine.withFrom(today))).containsExactly(fresh);
        assertThat(caseNumbers(mine.withTo(today.minusDays(30)))).containsExactlyInAnyOrder(overdue, onTime, late);
        assertThat(queries.counts(mine.withDistrict(District.WENDENG))).isEqualTo(new SupervisionCounts(2, 1, 1, 2));
        assertThat(queries.count(mine.withFrom(today).withTo(today.minusDays(1)))).isZero();
    }

    @Test
    void aSearchIsCountedUpToTheLimitAndBeyondItSaysSoInsteadOfCounting() {
        assertThat(queries.totals(mine)).isEqualTo(
                new SupervisionQueries.Totals(new SupervisionCounts(3, 1, 1, 2), 5, true));

        var limitedToFive = new SupervisionQueries(jdbc, calendarService, Clock.systemDefaultZone(),
                Duration.ZERO, 5);
        assertThat(limitedToFive.totals(mine)).as("exactly the limit is still counted").isEqualTo(
                new SupervisionQueries.Totals(new SupervisionCounts(3, 1, 1, 2), 5, true));
        assertThat(limitedToFive.count(mine)).isEqualTo(5);

        var limitedToFour = new SupervisionQueries(jdbc, calendarService, Clock.systemDefaultZone(),
                Duration.ZERO, 4);
        assertThat(limitedToFour.totals(mine)).isEqualTo(new SupervisionQueries.Totals(null, 4, false));
        assertThat(limitedToFour.count(mine)).as("the table pages as far as the limit").isEqualTo(4);
        for (int offset : new int[]{0, 2, 4, 9}) {
            assertThat(limitedToFour.page(mine, offset, 2)).as("walked (more matches than the limit), at " + offset)
                    .isEqualTo(queries.page(mine, offset, 2));
        }
        assertThat(queries.page(mine, 0, 50)).hasSize(5);
        assertThat(limitedToFour.totals(mine.withDistrict(District.WENDENG))).as("a narrower search is counted")
                .isEqualTo(new SupervisionQueries.Totals(new SupervisionCounts(2, 1, 1, 2), 4, true));
        assertThat(limitedToFour.totals(SupervisionFilter.ALL.withFrom(today)).complete())
                .as("no text: counted from the tallies, whatever the limit").isTrue();
    }

    @Test
    void searchFindsCaseNumberApplicantAndProjectIgnoringCaseAndTakingWildcardsLiterally() {
        assertThat(caseNumbers(SupervisionFilter.ALL.withText(late.toLowerCase()))).containsExactly(late);
        assertThat(caseNumbers(SupervisionFilter.ALL.withText("监管测试" + token + "按期"))).containsExactly(onTime);
        assertThat(caseNumbers(SupervisionFilter.ALL.withText("监管测试" + token + "按期公司"))).containsExactly(onTime);
        assertThat(caseNumbers(SupervisionFilter.ALL.withText("监管测试" + token + "按期有限公司")))
                .as("the legal form is left out of the index's part only").isEmpty();
        assertThat(caseNumbers(SupervisionFilter.ALL.withText("项目" + token + "临期"))).containsExactly(dueSoon);
        assertThat(caseNumbers(SupervisionFilter.ALL.withText(token.toUpperCase()))).hasSize(5);
        assertThat(caseNumbers(SupervisionFilter.ALL.withText(token + "%"))).isEmpty();
        assertThat(caseNumbers(SupervisionFilter.ALL.withText(token.substring(0, 4) + "_"
                + token.substring(5)))).isEmpty();
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        List<SupervisedTrack> before = table.ofCase(late);
        var events = eventStore.readEvents(late, 0).asStream().toList();
        projection.on((CaseEvent) events.getFirst().getPayload(), 0);
        projection.on((CaseEvent) events.get(3).getPayload(), 3);
        assertThat(table.ofCase(late)).isEqualTo(before);
        assertThat(before.getFirst().eventCount()).isEqualTo(events.size());
    }
}
