package cn.weihai.lianbao.platform;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.LianbaoApplication;
import cn.weihai.lianbao.casefile.TestCases;
import cn.weihai.lianbao.casefile.api.Events.TrackStepRecorded;
import cn.weihai.lianbao.casefile.api.TrackStage;
import cn.weihai.lianbao.casefile.api.TrackStep;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.UtilityService;
import org.axonframework.common.caching.Cache;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case stays in memory between commands, and is never used once another writer (another node) has appended to it:
 * the command then decides on the case as stored.
 */
class AggregateCacheTest extends IntegrationTest {
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
    @Qualifier(AggregateCacheConfiguration.CASE_CACHE)
    Cache cache;

    @Test
    void aCaseAppendedToByAnotherNodeIsLoadedAgainFromTheStore() {
        LocalDate today = LocalDate.now(LianbaoApplication.ZONE);
        String caseNumber = acceptedTelecomCase(today);
        commands.sendAndWait(TestCases.telecomStep(caseNumber, TrackStep.SURVEYED, today, null));
        assertThat(cache).isInstanceOf(VerifiedAggregateCache.class);
        assertThat((Object) cache.get(caseNumber)).as("the case as this node left it").isNotNull();

        // the other node issues the plan (sequence 2); this node's entry still shows the track surveyed only
        new TransactionTemplate(transactions).executeWithoutResult(status -> eventStore.publish(
                new GenericDomainEventMessage<>("CombinedApplication", caseNumber, 2,
                        new TrackStepRecorded(caseNumber, UtilityService.TELECOM, TrackStage.PLAN_ISSUED, "另一节点",
                                today, TestCases.TELECOM_STAFF, Channel.STAFF_WORKSPACE))));
        assertThat(cache.containsKey(caseNumber)).isTrue();
        assertThat((Object) cache.get(caseNumber)).as("stale: dropped on use").isNull();
        assertThat(cache.containsKey(caseNumber)).isFalse();

        // starting construction needs the plan: allowed only on the case as stored
        commands.sendAndWait(TestCases.telecomStep(caseNumber, TrackStep.CONSTRUCTION_STARTED, today, null));
        List<String> types = jdbc.queryForList("""
                select payloadType from DomainEventEntry where aggregateIdentifier = ? order by sequenceNumber""",
                String.class, caseNumber);
        assertThat(types).extracting(t -> t.substring(t.lastIndexOf('$') + 1))
                .containsExactly("ApplicationAccepted", "TrackStepRecorded", "TrackStepRecorded", "TrackStepRecorded");
        assertThat((Object) cache.get(caseNumber)).as("cached again after the command").isNotNull();
    }

    @Test
    void aRefusedCommandLeavesNothingInTheCache() {
        LocalDate today = LocalDate.now(LianbaoApplication.ZONE);
        String caseNumber = acceptedTelecomCase(today);
        assertThat(cache.containsKey(caseNumber)).isTrue();
        try {
            commands.sendAndWait(TestCases.telecomStep(caseNumber, TrackStep.CONNECTED, today, null));
        } catch (RuntimeException refused) {
            // the step is not allowed yet: the unit of work rolled back
        }
        assertThat(cache.containsKey(caseNumber)).as("rolled back: Axon drops the entry").isFalse();
        commands.sendAndWait(TestCases.telecomStep(caseNumber, TrackStep.SURVEYED, today, null));
        assertThat(jdbc.queryForObject("select count(*) from DomainEventEntry where aggregateIdentifier = ?",
                Integer.class, caseNumber)).isEqualTo(2);
    }

    private String acceptedTelecomCase(LocalDate today) {
        String caseNumber = caseNumbers.allocate(today);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        commands.sendAndWait(TestCases.telecom(caseNumber, today, "缓存公司" + unique, "缓存项目" + unique));
        return caseNumber;
    }
}
