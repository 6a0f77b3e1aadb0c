package cn.weihai.lianbao.load;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.audit.ChainVerifier;
import cn.weihai.lianbao.casefile.CombinedApplication;
import cn.weihai.lianbao.casefile.TrackClocks;
import cn.weihai.lianbao.casefile.api.Commands.RateService;
import cn.weihai.lianbao.casefile.api.Commands.RevealPersonalData;
import cn.weihai.lianbao.casefile.api.Events.ApplicationAccepted;
import cn.weihai.lianbao.casefile.api.Events.PersonalDataRevealed;
import cn.weihai.lianbao.deadline.TimeLimitPolicy;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import cn.weihai.lianbao.shared.RuleViolationException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bulk-loaded cases on the real PostgreSQL event store: read back, they replay through the aggregate, which then
 * takes a valid command and refuses an invalid one; their hash chains verify; intake numbers continue after them;
 * and their stored payloads are byte for byte those the command path stores for the same plans.
 */
class BulkLoaderTest extends IntegrationTest {
    private static final long SEED = 88_2026L;

    @Autowired
    BulkLoader loader;
    @Autowired
    CommandPath commandPath;
    @Autowired
    EventStore eventStore;
    @Autowired
    ChainVerifier verifier;
    @Autowired
    CaseNumberAllocator allocator;
    @Autowired
    TrackClocks clocks;
    @Autowired
    TimeLimitPolicy limits;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void loadedCasesReplayThroughTheAggregateAndTheirChainsVerify() {
        BulkLoader.Result result = loader.load(SEED, 0, 200, true);

        assertThat(result.caseNumbers()).hasSize(200).doesNotHaveDuplicates();
        assertThat(result.events()).isGreaterThan(200L * 5);
        for (int i = 0; i < result.caseNumbers().size(); i++) {
            String number = result.caseNumbers().get(i);
            assertThat(verifier.verifyOne(number).broken()).as("chain of %s", number).isEmpty();
            if (i % 4 != 0) {
                continue; // the aggregate fixture is slow to build: every 4th case (50) replays through it
            }
            List<Object> stored = eventStore.readEvents(number, 0).asStream().map(EventMessage::getPayload)
                    .map(Object.class::cast).toList();
            assertThat(stored).as("events of %s", number).isNotEmpty();
            var accepted = (ApplicationAccepted) stored.getFirst();
            fixture().given(stored)
                    .when(new RevealPersonalData(number, "GD-CHECK-1", "核实来电人身份", Actors.HOTLINE,
                            cn.weihai.lianbao.shared.Channel.HOTLINE))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new PersonalDataRevealed(number, "GD-CHECK-1", "核实来电人身份",
                            LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")), Actors.HOTLINE,
                            cn.weihai.lianbao.shared.Channel.HOTLINE));
            fixture().given(stored)
                    .when(new RateService(number, accepted.services().getFirst().service(), 5, null,
                            null, Actors.CLERK, cn.weihai.lianbao.shared.Channel.STAFF_WORKSPACE))
                    .expectException(RuleViolationException.class);
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_chain_head WHERE aggregate_id = ANY (?)",
                Long.class, (Object) result.caseNumbers().toArray(String[]::new))).isEqualTo(200L);
        assertThat(verifier.verifyAll().broken()).isEmpty();
        assertThat(result.clockChecks()).isPositive();
        cn.weihai.lianbao.casefile.TestCases.await("a planned clock check of a loaded case raises 超期", () ->
                jdbc.queryForObject("""
                        SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ANY (?)
                          AND payloadType LIKE '%TrackOverdue'""", Long.class,
                        (Object) result.caseNumbers().toArray(String[]::new)) > 0);
    }

    @Test
    void intakeNumbersContinueAfterTheLoadedCases() {
        BulkLoader.Result result = loader.load(SEED, 5_000, 60, true);

        Map<Integer, Integer> highest = new HashMap<>();
        for (String number : result.caseNumbers()) {
            highest.merge(Integer.parseInt(number.substring(3, 7)), Integer.parseInt(number.substring(8)), Math::max);
        }
        highest.forEach((year, last) -> {
            String next = allocator.allocate(LocalDate.of(year, 6, 1));
            assertThat(Integer.parseInt(next.substring(8))).as("next number of %d", year).isGreaterThan(last);
        });
    }

    @Test
    void loadedRowsStoreWhatTheCommandPathStores() {
        for (long index = 9_000; index < 9_006; index++) {
            CasePlan sent = commandPath.send(SEED, index);
            String loaded = loader.load(SEED, index, 1, true).caseNumbers().getFirst();
            assertThat(storedPayloads(loaded, "CombinedApplication").stream()
                    .map(json -> renumbered(json, loaded, sent.caseNumber())).toList())
                    .as("case %d", index).isEqualTo(storedPayloads(sent.caseNumber(), "CombinedApplication"));
            if (!sent.complaintCommands().isEmpty()) {
                assertThat(storedPayloads("GD" + loaded.replace("-", ""), "Complaint").stream()
                        .map(json -> renumbered(json, loaded, sent.caseNumber())).toList())
                        .isEqualTo(storedPayloads("GD" + sent.caseNumber().replace("-", ""), "Complaint"));
            }
        }
    }

    /** The case number also appears dashless, in the complaint's ticket number. */
    private static String renumbered(String json, String from, String to) {
        return json.replace(from, to).replace(from.replace("-", ""), to.replace("-", ""));
    }

    /** Payloads as stored, without the alerts the clock check may already have added (raised "today"). */
    private List<String> storedPayloads(String aggregateId, String type) {
        return jdbc.queryForList("""
                SELECT payloadType || ' ' || convert_from(payload, 'UTF8') FROM DomainEventEntry
                WHERE aggregateIdentifier = ? AND type = ? AND payloadType NOT LIKE '%Track%Overdue'
                  AND payloadType NOT LIKE '%TrackDueSoon' AND payloadType NOT LIKE '%TrackAlertCleared'
                  AND payloadType NOT LIKE '%SupervisionOrderOverdue'
                ORDER BY sequenceNumber""", String.class, aggregateId, type);
    }

    private AggregateTestFixture<CombinedApplication> fixture() {
        var fixture = new AggregateTestFixture<>(CombinedApplication.class);
        fixture.registerInjectableResource(clocks);
        fixture.registerInjectableResource(limits);
        return fixture;
    }

}
