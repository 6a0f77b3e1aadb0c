package cn.weihai.lianbao.casefile;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.audit.ChainVerifier;
import cn.weihai.lianbao.casefile.api.CaseEvent;
import cn.weihai.lianbao.casefile.api.Commands.AcceptApplication;
import cn.weihai.lianbao.casefile.api.Commands.RateService;
import cn.weihai.lianbao.casefile.api.Commands.RevealPersonalData;
import cn.weihai.lianbao.casefile.api.Events.ApplicationAccepted;
import cn.weihai.lianbao.casefile.api.Events.PersonalDataRevealed;
import cn.weihai.lianbao.casefile.api.HistoryEntry;
import cn.weihai.lianbao.casefile.api.ServiceSelection;
import cn.weihai.lianbao.deadline.TimeLimitPolicy;
import cn.weihai.lianbao.load.BulkLoader;
import cn.weihai.lianbao.load.CasePlan;
import cn.weihai.lianbao.load.CasePlanner;
import cn.weihai.lianbao.load.CommandPath;
import cn.weihai.lianbao.platform.SnapshotConfiguration;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.Role;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Snapshots on the real command path: a case with more events than the threshold gets a snapshot, is loaded from it,
 * takes later commands as the case folded from all its events would; its page, history and hash chain still start
 * at its first event.
 */
class CaseSnapshotTest extends IntegrationTest {
    private static final long SEED = 31_2026L;
    private static final Actor HOTLINE = new Actor("hotline", "坐席", Role.HOTLINE, "12345");
    private static final Actor APPLICANT = new Actor("applicant", "申请人", Role.APPLICANT, "");

    @Autowired
    CommandPath commandPath;
    @Autowired
    BulkLoader loader;
    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseFileQueries queries;
    @Autowired
    ChainVerifier verifier;
    @Autowired
    TrackClocks clocks;
    @Autowired
    TimeLimitPolicy limits;
    @Autowired
    @Qualifier(SnapshotConfiguration.CASE_FILTER)
    SnapshotFilter snapshotFilter;
    @Value("${lianbao.snapshots.threshold}")
    int threshold;

    @Test
    void aLongCaseIsLoadedFromItsSnapshotAndStillShowsEveryEvent() {
        CasePlan plan = commandPath.send(SEED, longPlan());
        String cn = plan.caseNumber();
        long last = eventStore.lastSequenceNumberFor(cn).orElseThrow();

        Long snapshotAt = jdbc.queryForObject(
                "SELECT max(sequenceNumber) FROM SnapshotEventEntry WHERE aggregateIdentifier = ?", Long.class, cn);
        assertThat(snapshotAt).isNotNull().isBetween((long) threshold - 1, last);
        GenericDomainEventEntry<byte[]> row = jdbc.queryForObject("""
                SELECT type, sequenceNumber, eventIdentifier, timeStamp, payloadType, payloadRevision, payload, metaData
                FROM SnapshotEventEntry WHERE aggregateIdentifier = ? AND sequenceNumber = ?""",
                (rs, n) -> new GenericDomainEventEntry<>(rs.getString(1), cn, rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getBytes(7), rs.getBytes(8)),
                cn, snapshotAt);
        assertThat(row.getPayload().getType().getRevision()).isEqualTo("1");
        assertThat(snapshotFilter.allow(row)).isTrue();
        assertThat(snapshotFilter.allow(new GenericDomainEventEntry<>(row.getType(), cn, snapshotAt, "other",
                row.getTimestamp(), row.getPayload().getType().getName(), "0", row.getPayload().getData(),
                row.getMetaData().getData()))).as("a snapshot of an earlier revision").isFalse();
        // what the repository reads: the snapshot, then the events after it
        DomainEventMessage<?> loadedFirst = eventStore.readEvents(cn).next();
        assertThat(loadedFirst.getPayload()).isInstanceOf(CombinedApplication.class);
        assertThat(loadedFirst.getSequenceNumber()).isEqualTo(snapshotAt);

        List<Object> before = payloads(cn);
        commands.sendAndWait(new RevealPersonalData(cn, "GD-SNAP-1", "核实来电人身份", HOTLINE, Channel.HOTLINE));
        assertThat(eventStore.lastSequenceNumberFor(cn)).contains(last + 1);
        assertThat(payloads(cn).getLast()).isEqualTo(new PersonalDataRevealed(cn, "GD-SNAP-1", "核实来电人身份",
                clocks.today(), HOTLINE, Channel.HOTLINE));
        // commands the state decides (connected? rated already?) are answered as from the full fold
        for (ServiceSelection s : ((AcceptApplication) plan.caseCommands().getFirst()).services()) {
            RateService rate = new RateService(cn, s.service(), 5, null, null, APPLICANT, Channel.ONLINE);
            List<Object> folded = payloads(cn);
            ResultValidator<CombinedApplication> expected = fixture().given(folded).when(rate);
            try {
                commands.sendAndWait(rate);
                List<Object> now = payloads(cn);
                expected.expectSuccessfulHandlerExecution()
                        .expectEvents(now.subList(folded.size(), now.size()).toArray());
            } catch (RuntimeException refused) {
                expected.expectException(refused.getClass()).expectExceptionMessage(refused.getMessage());
                assertThat(payloads(cn)).hasSameSizeAs(folded);
            }
        }

        List<DomainEventMessage<?>> all = eventStore.readEvents(cn, 0).asStream()
                .<DomainEventMessage<?>>map(m -> m).toList();
        assertThat(all).extracting(DomainEventMessage::getSequenceNumber)
                .containsExactlyElementsOf(LongStream.rangeClosed(0, all.getLast().getSequenceNumber()).boxed()
                        .toList());
        assertThat(before.getFirst()).isInstanceOf(ApplicationAccepted.class);
        List<HistoryEntry> history = queries.history(cn);
        assertThat(history).extracting(HistoryEntry::sequence)
                .containsExactlyElementsOf(all.stream().map(DomainEventMessage::getSequenceNumber).toList());
        assertThat(history).extracting(HistoryEntry::event)
                .containsExactlyElementsOf(all.stream().map(m -> (CaseEvent) m.getPayload()).toList());
        assertThat(queries.find(cn)).isPresent();
        assertThat(verifier.verifyOne(cn).intact()).isTrue();
        assertThat(verifier.verifyOne(cn).eventsChecked()).isEqualTo(all.size());
    }

    @Test
    void aSnapshotThatCannotBeReadIsPassedOverForTheEvents() {
        String cn = commandPath.send(SEED, longPlan()).caseNumber();
        long last = eventStore.lastSequenceNumberFor(cn).orElseThrow();
        assertThat(jdbc.update("UPDATE SnapshotEventEntry SET payload = ? WHERE aggregateIdentifier = ?",
                "{\"tracks\":\"not a map\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8), cn)).isOne();

        commands.sendAndWait(new RevealPersonalData(cn, "GD-SNAP-2", "核实来电人身份", HOTLINE, Channel.HOTLINE));

        assertThat(eventStore.lastSequenceNumberFor(cn)).contains(last + 1);
        assertThat(payloads(cn).getLast()).isInstanceOf(PersonalDataRevealed.class);
        assertThat(payloads(cn).getFirst()).isInstanceOf(ApplicationAccepted.class);
    }

    /** A plan with well more commands than the threshold. */
    private long longPlan() {
        CasePlanner planner = loader.planner();
        return LongStream.range(0, 1000)
                .filter(i -> planner.plan(SEED, i, "LB-2026-999999").caseCommands().size() > threshold + 5)
                .findFirst().orElseThrow();
    }

    private List<Object> payloads(String caseNumber) {
        return eventStore.readEvents(caseNumber, 0).asStream().map(EventMessage::getPayload)
                .map(Object.class::cast).toList();
    }

    private AggregateTestFixture<CombinedApplication> fixture() {
        var fixture = new AggregateTestFixture<>(CombinedApplication.class);
        fixture.registerInjectableResource(clocks);
        fixture.registerInjectableResource(limits);
        return fixture;
    }
}
