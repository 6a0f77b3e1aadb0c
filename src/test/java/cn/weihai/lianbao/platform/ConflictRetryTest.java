package cn.weihai.lianbao.platform;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.LianbaoApplication;
import cn.weihai.lianbao.audit.ChainVerifier;
import cn.weihai.lianbao.casefile.TestCases;
import cn.weihai.lianbao.casefile.api.Events.TrackStepRecorded;
import cn.weihai.lianbao.casefile.api.TrackStage;
import cn.weihai.lianbao.casefile.api.TrackStep;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.RuleViolationException;
import cn.weihai.lianbao.shared.UtilityService;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command that loses its case's next sequence number to a writer outside this process (another node) is run
 * again on the case as it then stands, instead of failing.
 */
class ConflictRetryTest extends IntegrationTest {
    @Autowired
    CommandGateway commands;
    @Autowired
    CaseNumberAllocator caseNumbers;
    @Autowired
    EventStore eventStore;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ChainVerifier verifier;

    @Test
    void aCommandThatLostItsSequenceNumberToAnotherNodeIsRetriedAndApplied() throws Exception {
        LocalDate today = LocalDate.now(LianbaoApplication.ZONE);
        String caseNumber = caseNumbers.allocate(today);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        commands.sendAndWait(TestCases.telecom(caseNumber, today, "重试公司" + unique, "重试项目" + unique));

        // "the other node" records the survey (sequence 1) and holds its transaction open while this node pauses the
        // track: the pause was decided on sequence 0 and finds sequence 1 taken once the other node commits
        CompletableFuture<Object>[] pause = new CompletableFuture[1];
        ExecutorService thisNode = Executors.newSingleThreadExecutor();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            eventStore.publish(new GenericDomainEventMessage<>("CombinedApplication", caseNumber, 1,
                    new TrackStepRecorded(caseNumber, UtilityService.TELECOM, TrackStage.SURVEYED, "另一节点", today,
                            TestCases.TELECOM_STAFF, Channel.STAFF_WORKSPACE)));
            pause[0] = CompletableFuture.supplyAsync(() -> commands.sendAndWait(
                    TestCases.telecomStep(caseNumber, TrackStep.PAUSED, today, "等待申请人")), thisNode);
            TestCases.await("this node's append waits for the other node's transaction", () -> pause[0].isDone()
                    || waitingForTheOtherNode() > 0);
            assertThat(pause[0]).as("this node's command must wait for the other node").isNotDone();
        });

        try {
            pause[0].get(30, TimeUnit.SECONDS);
        } finally {
            thisNode.shutdownNow();
        }
        List<String> types = jdbc.queryForList("""
                select payloadType from DomainEventEntry where aggregateIdentifier = ? order by sequenceNumber""",
                String.class, caseNumber);
        assertThat(types).extracting(t -> t.substring(t.lastIndexOf('$') + 1))
                .containsExactly("ApplicationAccepted", "TrackStepRecorded", "TrackPaused");
        assertThat(verifier.verifyOne(caseNumber).intact()).isTrue();
    }

    private static final CommandMessage<?> COMMAND = GenericCommandMessage.asCommandMessage("probe");

    /**
     * Sessions appending to the event store that wait for a lock: the chain head's row, or (chaining onto the head
     * this node committed) the other transaction's event of the same sequence number. A fresh snapshot: statistics
     * are cached per transaction.
     */
    private int waitingForTheOtherNode() {
        jdbc.queryForList("select pg_stat_clear_snapshot()");
        return jdbc.queryForObject("""
                select count(*) from pg_stat_activity where wait_event_type = 'Lock'
                    and (query ilike '%event_chain_head%for update%' or query ilike '%insert into domainevententry%')""",
                Integer.class);
    }

    @Test
    void onlyAConcurrentWriteIsRetried() {
        List<Class<? extends Throwable>[]> oneFailure = List.<Class<? extends Throwable>[]>of(new Class[]{});
        try (ConflictRetry retry = new ConflictRetry(2, Duration.ofMillis(1))) {
            assertThat(retry.scheduleRetry(COMMAND, new IllegalStateException(new ConcurrencyException("lost")),
                    oneFailure, () -> { })).isTrue();
            assertThat(retry.scheduleRetry(COMMAND, new RuleViolationException("track.step.notAllowed"),
                    oneFailure, () -> { })).isFalse();
            assertThat(retry.scheduleRetry(COMMAND, new ConcurrencyException("lost"),
                    List.of(new Class[]{}, new Class[]{}, new Class[]{}), () -> { })).as("after 2 retries").isFalse();
        }
    }
}
