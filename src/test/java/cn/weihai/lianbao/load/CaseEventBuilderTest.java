package cn.weihai.lianbao.load;

import cn.weihai.lianbao.calendar.CalendarService;
import cn.weihai.lianbao.casefile.CombinedApplication;
import cn.weihai.lianbao.casefile.TrackClocks;
import cn.weihai.lianbao.casefile.api.Commands.AcceptApplication;
import cn.weihai.lianbao.casefile.api.Commands.GiveExternalWorksOpinion;
import cn.weihai.lianbao.casefile.api.Commands.IssueSupervisionOrder;
import cn.weihai.lianbao.casefile.api.Commands.RecordTrackStep;
import cn.weihai.lianbao.casefile.api.Commands.UploadCommitmentLetter;
import cn.weihai.lianbao.casefile.api.Commands.WithdrawApplication;
import cn.weihai.lianbao.casefile.api.Commands.WithdrawService;
import cn.weihai.lianbao.casefile.api.TrackStep;
import cn.weihai.lianbao.deadline.TimeLimitPolicy;
import cn.weihai.lianbao.hotline.complaint.CaseLookup;
import cn.weihai.lianbao.hotline.complaint.Complaint;
import cn.weihai.lianbao.hotline.complaint.ComplaintDays;
import cn.weihai.lianbao.shared.PowerCategory;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulk loader's events are the aggregates' own: 200 seeded plans run as commands through the real
 * {@link CombinedApplication} and {@link Complaint} (Axon's aggregate fixture) give exactly the events
 * {@link CaseEventBuilder} builds, payload for payload; and the plans cover what a realistic load needs.
 */
class CaseEventBuilderTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    static final TimeLimitPolicy LIMITS = new TimeLimitPolicy();
    static final CalendarService CALENDAR = new CalendarService();
    static final long SEED = 20261124L;

    private final CasePlanner planner = new CasePlanner(CALENDAR.current(), LIMITS, TODAY);
    private final CaseEventBuilder builder = new CaseEventBuilder(LIMITS, CALENDAR.current(), TODAY);

    @Test
    void builtEventsAreThoseTheAggregatesApplyForTheSameCommands() {
        for (int i = 0; i < 200; i++) {
            CasePlan plan = planner.plan(SEED, i, "LB-%d-%06d".formatted(planner.acceptedOn(SEED, i).getYear(), i + 1));
            assertThat(throughCase(plan)).as("case events of plan %d", i).isEqualTo(builder.caseEvents(plan));
            if (!plan.complaintCommands().isEmpty()) {
                assertThat(throughComplaint(plan)).as("complaint events of plan %d", i)
                        .isEqualTo(builder.complaintEvents(plan));
            }
        }
    }

    @Test
    void theSameSeedGivesTheSamePlansAndOtherSeedsOthers() {
        CasePlan once = planner.plan(SEED, 7, "LB-2025-000007");
        assertThat(planner.plan(SEED, 7, "LB-2025-000007")).isEqualTo(once);
        assertThat(planner.plan(SEED + 1, 7, "LB-2025-000007")).isNotEqualTo(once);
    }

    @Test
    void plansCoverTheCasesARealisticLoadNeeds() {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < 2000; i++) {
            CasePlan plan = planner.plan(SEED, i, "LB-2025-%06d".formatted(i + 1));
            LocalDate on = plan.acceptedOn();
            assertThat(on).isBetween(CasePlanner.FIRST_DAY, TODAY);
            assertThat(CALENDAR.current().isWorkingDay(on)).isTrue();
            seen.merge("year " + on.getYear(), 1, Integer::sum);
            for (Object c : plan.caseCommands()) {
                seen.merge(c.getClass().getSimpleName(), 1, Integer::sum);
                switch (c) {
                    case AcceptApplication a -> a.services().forEach(s -> {
                        if (s.powerCategory() == PowerCategory.KV35_SINGLE
                                || s.powerCategory() == PowerCategory.KV35_DUAL) {
                            seen.merge("35kV", 1, Integer::sum);
                        }
                        if (s.externalWorks()) {
                            seen.merge("externalWorks", 1, Integer::sum);
                        }
                    });
                    case RecordTrackStep s -> seen.merge(s.step().name(), 1, Integer::sum);
                    case GiveExternalWorksOpinion o when !o.agreed() -> seen.merge("refused", 1, Integer::sum);
                    default -> {
                    }
                }
            }
            if (!plan.complaintCommands().isEmpty()) {
                seen.merge("complaint", 1, Integer::sum);
            }
            if (plan.clockCheckDue()) {
                seen.merge("running", 1, Integer::sum);
            }
        }
        assertThat(seen).containsKeys("year 2024", "year 2025", "year 2026", "35kV", "externalWorks", "refused",
                UploadCommitmentLetter.class.getSimpleName(), "PAUSED", "RESUMED", "SUPPLEMENT_REQUESTED",
                "SUPPLEMENT_SUPPLIED", "REJECTED", "CONNECTED", WithdrawService.class.getSimpleName(),
                WithdrawApplication.class.getSimpleName(), IssueSupervisionOrder.class.getSimpleName(), "complaint",
                "RequestConnection", "RateService", "AttachMaterial", "IssueExternalWorksPermit", "running");
        assertThat(seen.get("CONNECTED")).as("most tracks are connected").isGreaterThan(2000);
        assertThat(seen.get("running")).as("a minority is still running").isBetween(100, 700);
        assertThat(seen.get(TrackStep.REJECTED.name())).isLessThan(seen.get("CONNECTED") / 5);
    }

    private static List<Object> throughCase(CasePlan plan) {
        var fixture = new AggregateTestFixture<>(CombinedApplication.class);
        fixture.registerInjectableResource(new TrackClocks(CLOCK, CALENDAR, LIMITS));
        fixture.registerInjectableResource(LIMITS);
        fixture.givenCommands(plan.caseCommands());
        return fixture.getEventStore().readEvents(plan.caseNumber()).asStream().map(EventMessage::getPayload)
                .map(Object.class::cast).toList();
    }

    private static List<Object> throughComplaint(CasePlan plan) {
        AcceptApplication accept = (AcceptApplication) plan.caseCommands().getFirst();
        var fixture = new AggregateTestFixture<>(Complaint.class);
        fixture.registerInjectableResource((CaseLookup) number -> number.equals(plan.caseNumber())
                ? Optional.of(CasePlanner.servicesOf(accept.services())) : Optional.empty());
        fixture.registerInjectableResource(new ComplaintDays() {
            @Override
            public LocalDate today() {
                return TODAY;
            }

            @Override
            public LocalDate workingDaysAfter(LocalDate start, int workingDays) {
                return CALENDAR.current().workingDaysAfter(start, workingDays);
            }

            @Override
            public Instant startOf(LocalDate day) {
                return day.atStartOfDay(ZONE).toInstant();
            }
        });
        fixture.givenCommands(plan.complaintCommands());
        String ticket = ((cn.weihai.lianbao.hotline.complaint.api.ComplaintCommands.RegisterComplaint)
                plan.complaintCommands().getFirst()).ticketNumber();
        return fixture.getEventStore().readEvents(ticket).asStream().map(EventMessage::getPayload)
                .map(Object.class::cast).toList();
    }
}
