package cn.weihai.lianbao.casefile;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.calendar.CalendarService;
import cn.weihai.lianbao.casefile.api.Commands.AcceptApplication;
import cn.weihai.lianbao.casefile.api.Commands.AnswerSupervisionOrder;
import cn.weihai.lianbao.casefile.api.Commands.AttachMaterial;
import cn.weihai.lianbao.casefile.api.Commands.CloseSupervisionOrder;
import cn.weihai.lianbao.casefile.api.Commands.GiveExternalWorksOpinion;
import cn.weihai.lianbao.casefile.api.Commands.IssueExternalWorksPermit;
import cn.weihai.lianbao.casefile.api.Commands.IssueSupervisionOrder;
import cn.weihai.lianbao.casefile.api.Commands.PrepareExternalWorksMaterials;
import cn.weihai.lianbao.casefile.api.Commands.RateService;
import cn.weihai.lianbao.casefile.api.Commands.RecheckClocks;
import cn.weihai.lianbao.casefile.api.Commands.RecordTrackStep;
import cn.weihai.lianbao.casefile.api.Commands.RequestConnection;
import cn.weihai.lianbao.casefile.api.Commands.RevealPersonalData;
import cn.weihai.lianbao.casefile.api.Commands.SendBackSupervisionOrder;
import cn.weihai.lianbao.casefile.api.Commands.SubmitExternalWorks;
import cn.weihai.lianbao.casefile.api.Commands.UploadCommitmentLetter;
import cn.weihai.lianbao.casefile.api.Commands.WithdrawApplication;
import cn.weihai.lianbao.casefile.api.Commands.WithdrawService;
import cn.weihai.lianbao.casefile.api.Department;
import cn.weihai.lianbao.casefile.api.MaterialsPreparer;
import cn.weihai.lianbao.casefile.api.ServiceSelection;
import cn.weihai.lianbao.casefile.api.TrackStep;
import cn.weihai.lianbao.deadline.TimeLimitPolicy;
import cn.weihai.lianbao.load.CasePlan;
import cn.weihai.lianbao.load.CasePlanner;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.InvalidInputException;
import cn.weihai.lianbao.shared.Role;
import cn.weihai.lianbao.shared.RuleViolationException;
import cn.weihai.lianbao.shared.UtilityService;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.inspection.AnnotatedAggregate;
import org.axonframework.test.deadline.StubDeadlineManager;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case restored from its snapshot is the case folded from its events: for generated cases (the bulk loader's plans
 * run as commands, then a clock check so that alerts stand), the aggregate folded from its events is written and read
 * back with the serializer Axon stores snapshots with; the two must be equal field for field, collections of the same
 * kind, and must answer every command a probe sends (steps on every track, withdrawals, approval, orders, materials,
 * ratings) with the same events or the same refusal, and be alike again afterwards.
 */
class CaseSnapshotRoundTripTest extends IntegrationTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    private static final TimeLimitPolicy LIMITS = new TimeLimitPolicy();
    private static final CalendarService CALENDAR = new CalendarService();
    private static final long SEED = 17_2026L;
    private static final int CASES = 60;
    /** Further cases, taken only until every event type below has occurred (a rejection is rare). */
    private static final int MAX_CASES = 300;
    /** The aggregate as Axon sees it, with the resources its handlers take (a stub for the deadlines). */
    private static final AggregateModel<CombinedApplication> MODEL =
            AnnotatedAggregateMetaModelFactory.inspectAggregate(CombinedApplication.class,
                    MultiParameterResolverFactory.ordered(
                            ClasspathParameterResolverFactory.forClass(CombinedApplication.class),
                            new SimpleResourceParameterResolverFactory(List.of(new TrackClocks(CLOCK, CALENDAR, LIMITS),
                                    LIMITS, new StubDeadlineManager()))));

    private static final Actor CLERK = new Actor("clerk", "窗口", Role.CLERK, "综合窗口");
    private static final Actor SUPERVISOR = new Actor("supervisor", "监管", Role.SUPERVISOR, "审批局");
    private static final Actor APPLICANT = new Actor("applicant", "申请人", Role.APPLICANT, "");
    private static final Actor HOTLINE = new Actor("hotline", "坐席", Role.HOTLINE, "12345");
    private static final Actor APPROVER = new Actor("approver", "审批", Role.APPROVAL_STAFF, "住建");

    @Autowired
    Serializer serializer;

    private final CasePlanner planner = new CasePlanner(CALENDAR.current(), LIMITS, TODAY);

    @Test
    void aRestoredCaseEqualsTheFoldedOneAndAnswersCommandsAlike() {
        Set<String> seen = new TreeSet<>();
        int probes = 0;
        for (int i = 0; i < CASES || i < MAX_CASES && !seen.contains("TrackRejected"); i++) {
            CasePlan plan = planner.plan(SEED, i, "LB-%d-%06d".formatted(planner.acceptedOn(SEED, i).getYear(), i + 1));
            List<DomainEventMessage<?>> events = eventsOf(plan, i);
            events.forEach(e -> seen.add(e.getPayloadType().getSimpleName()));
            SerializedObject<byte[]> snapshot = serializer.serialize(fold(events), byte[].class);
            assertThat(snapshot.getType().getRevision()).isEqualTo("1");

            assertThat(restore(snapshot)).as("case %d restored", i)
                    .usingRecursiveComparison().withStrictTypeChecking().isEqualTo(fold(events));
            for (Object command : probes(plan)) {
                CombinedApplication folded = fold(events);
                CombinedApplication restored = restore(snapshot);
                List<Object> expected = outcome(folded, command);
                assertThat(outcome(restored, command)).as("case %d: %s", i, command).isEqualTo(expected);
                if (expected.size() > 1) { // events applied: the states moved alike (as equal as written out)
                    assertThat(serializer.serialize(restored, String.class).getData()).as("case %d after %s", i,
                            command).isEqualTo(serializer.serialize(folded, String.class).getData());
                }
                probes++;
            }
        }
        assertThat(probes).isGreaterThan(CASES * 30);
        // the cases reach every part of the state
        assertThat(seen).contains("SupervisionOrderIssued", "SupervisionOrderAnswered", "TrackPaused",
                "TrackResumed", "SupplementRequested", "ExternalWorksReturnedForPreparation",
                "ExternalWorksPermitIssued", "MaterialAttached", "ServiceRated", "ConnectionRequested",
                "TrackRejected", "ServiceWithdrawn", "TrackOverdue");
    }

    /**
     * The plan's events, with supervision orders on every other open case (few plans have one), and then alerts
     * from a clock check.
     */
    private static List<DomainEventMessage<?>> eventsOf(CasePlan plan, int index) {
        String cn = plan.caseNumber();
        List<Object> extra = new ArrayList<>();
        if (index % 2 == 0 && plan.caseCommands().stream().noneMatch(WithdrawApplication.class::isInstance)) {
            extra.add(new IssueSupervisionOrder(cn, null, "请加快办理", 1, SUPERVISOR, Channel.STAFF_WORKSPACE));
            extra.add(new IssueSupervisionOrder(cn, null, "材料退回原因未告知", 10, SUPERVISOR,
                    Channel.STAFF_WORKSPACE));
            if (index % 4 == 0) {
                extra.add(new AnswerSupervisionOrder(cn, 2, "已告知", null, CLERK, Channel.STAFF_WORKSPACE));
            }
        }
        var fixture = fixture();
        fixture.givenCommands(Stream.of(plan.caseCommands().stream(), extra.stream(),
                Stream.of(new RecheckClocks(cn))).flatMap(c -> c).toList());
        return fixture.getEventStore().readEvents(plan.caseNumber()).asStream()
                .<DomainEventMessage<?>>map(m -> m).toList();
    }

    private static CombinedApplication fold(List<DomainEventMessage<?>> events) {
        CombinedApplication root = new GenericAggregateFactory<>(MODEL)
                .createAggregateRoot(events.getFirst().getAggregateIdentifier(), events.getFirst());
        events.forEach(e -> MODEL.publish(e, root));
        return root;
    }

    private CombinedApplication restore(SerializedObject<byte[]> snapshot) {
        return serializer.deserialize(snapshot);
    }

    /** The result or refusal of one command on the given state, then the events it applied. */
    private static List<Object> outcome(CombinedApplication state, Object command) {
        List<Object> events = new ArrayList<>();
        SimpleEventBus bus = SimpleEventBus.builder().build();
        bus.subscribe(published -> published.forEach(e -> events.add(e.getPayload())));
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command);
        ResultMessage<?> result = DefaultUnitOfWork.startAndGet(message)
                .executeWithResult(() -> AnnotatedAggregate.initialize(state, MODEL, bus).handle(message));
        List<Object> out = new ArrayList<>();
        out.add(result.isExceptional() ? refusal(result.exceptionResult()) : result.getPayload());
        out.addAll(events);
        return out;
    }

    private static Object refusal(Throwable t) {
        return switch (t) {
            case RuleViolationException r -> List.of(r.messageKey(), r.args());
            case InvalidInputException v -> v.violations();
            default -> t.toString();
        };
    }

    private static AggregateTestFixture<CombinedApplication> fixture() {
        var fixture = new AggregateTestFixture<>(CombinedApplication.class);
        fixture.registerInjectableResource(new TrackClocks(CLOCK, CALENDAR, LIMITS));
        fixture.registerInjectableResource(LIMITS);
        return fixture;
    }

    /** Commands that read every part of the state: most are refused, which is as telling as an event. */
    private static List<Object> probes(CasePlan plan) {
        String cn = plan.caseNumber();
        Channel ch = Channel.STAFF_WORKSPACE;
        List<Object> probes = new ArrayList<>();
        List<UtilityService> services = new ArrayList<>(((AcceptApplication) plan.caseCommands().getFirst()).services()
                .stream().map(ServiceSelection::service).toList());
        Stream.of(UtilityService.values()).filter(s -> !services.contains(s)).findFirst().ifPresent(services::add);
        for (UtilityService s : services) {
            Actor staff = new Actor("staff-" + s, null, Role.UTILITY_STAFF, s.name());
            for (TrackStep step : TrackStep.values()) {
                probes.add(new RecordTrackStep(cn, s, step, null, "说明", staff, ch));
            }
            probes.add(new WithdrawService(cn, s, "不再需要", null, CLERK, ch));
            probes.add(new RequestConnection(cn, s, null, null, APPLICANT, Channel.ONLINE));
            probes.add(new RateService(cn, s, 4, null, null, APPLICANT, Channel.ONLINE));
            probes.add(new AnswerSupervisionOrder(cn, 1, "已整改", s, staff, ch));
        }
        probes.add(new WithdrawApplication(cn, "项目取消", null, CLERK, ch));
        probes.add(new RecheckClocks(cn));
        probes.add(new PrepareExternalWorksMaterials(cn, MaterialsPreparer.UTILITY, true, true, null, null, CLERK, ch));
        probes.add(new UploadCommitmentLetter(cn, "承诺书.pdf", null, null, CLERK, ch));
        probes.add(new SubmitExternalWorks(cn, Set.of(Department.HOUSING_CONSTRUCTION), null, CLERK, ch));
        for (Department d : Department.values()) {
            probes.add(new GiveExternalWorksOpinion(cn, d, true, null, null, APPROVER, ch));
        }
        probes.add(new GiveExternalWorksOpinion(cn, Department.TRAFFIC_POLICE, false, "占道方案不全", null, APPROVER,
                ch));
        probes.add(new IssueExternalWorksPermit(cn, "XK-2026-1", null, CLERK, ch));
        probes.add(new IssueSupervisionOrder(cn, null, "请加快办理", 5, SUPERVISOR, ch));
        for (int order = 1; order <= 3; order++) {
            probes.add(new AnswerSupervisionOrder(cn, order, "已整改", null, CLERK, ch));
            probes.add(new SendBackSupervisionOrder(cn, order, "整改不到位", SUPERVISOR, ch));
            probes.add(new CloseSupervisionOrder(cn, order, null, SUPERVISOR, ch));
        }
        plan.caseCommands().stream().filter(AttachMaterial.class::isInstance).forEach(probes::add);
        probes.add(new RevealPersonalData(cn, "GD-1", "核实来电人身份", HOTLINE, Channel.HOTLINE));
        return probes;
    }
}
