package cn.weihai.lianbao.audit;

import cn.weihai.lianbao.IntegrationTest;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Chained events and their aggregates' chain heads in one insert statement, on PostgreSQL. */
class ChainedAppendStatementTest extends IntegrationTest {
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStorageEngine storageEngine;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer serializer;
    @Autowired
    TransactionTemplate transactions;

    private static GenericDomainEventMessage<Map<String, String>> event(String aggregate, long sequence,
                                                                      String hash) {
        var event = new GenericDomainEventMessage<>("Probe", aggregate, sequence, Map.of("n", "" + sequence));
        return hash == null ? event : event.andMetaData(Map.of(EventChain.PREV_HASH, "p", EventChain.HASH, hash));
    }

    private Map<String, Object> head(String aggregate) {
        return jdbc.queryForMap("SELECT last_sequence, last_hash FROM event_chain_head WHERE aggregate_id = ?",
                aggregate);
    }

    @Test
    void writesTheEventsAndEachAggregatesLastHeadInOneStatement() throws Exception {
        String a = "probe-" + UUID.randomUUID();
        String b = "probe-" + UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            ChainedAppendStatement.clearWritten();
            PreparedStatement statement = new ChainedAppendStatement().build(c, new EventSchema(), byte[].class,
                    List.of(event(a, 0, "a0"), event(a, 1, "a1"), event(b, 0, "b0")), serializer,
                    (ps, index, timestamp) -> ps.setString(index, timestamp.toString()));
            assertThat(statement.executeBatch()).hasSize(1);
            try (var rows = c.prepareStatement("SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier IN ('"
                    + a + "', '" + b + "')").executeQuery();
                 var heads = c.prepareStatement("SELECT aggregate_id = '" + a + "', last_sequence, last_hash"
                         + " FROM event_chain_head WHERE aggregate_id IN ('" + a + "', '" + b + "') ORDER BY 1")
                         .executeQuery()) {
                rows.next();
                assertThat(rows.getLong(1)).isEqualTo(3);
                heads.next();
                assertThat(List.of(heads.getLong(2), heads.getString(3))).containsExactly(0L, "b0");
                heads.next();
                assertThat(List.of(heads.getLong(2), heads.getString(3))).containsExactly(1L, "a1");
                assertThat(heads.next()).isFalse();
            } finally {
                c.rollback(); // the probe hashes are not a real chain
            }
        }
        assertThat(ChainedAppendStatement.takeWritten()).containsExactlyInAnyOrder(a, b);
        assertThat(ChainedAppendStatement.takeWritten()).isEmpty();
    }

    @Test
    void anAppendHoldingAnUnchainedEventIsAxonsOwnInsertAndMovesNoHead() throws Exception {
        String a = "probe-" + UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            ChainedAppendStatement.clearWritten();
            PreparedStatement statement = new ChainedAppendStatement().build(c, new EventSchema(), byte[].class,
                    List.of(event(a, 0, "a0"), event(a, 1, null)), serializer,
                    (ps, index, timestamp) -> ps.setString(index, timestamp.toString()));
            assertThat(statement.executeBatch()).hasSize(2);
            c.rollback();
        }
        assertThat(ChainedAppendStatement.takeWritten()).isEmpty();
    }

    @Test
    void theApplicationsStorageEngineAppendsThroughItAndTheChainHeadFollows() throws Exception {
        var field = JdbcEventStorageEngine.class.getDeclaredField("appendEvents");
        field.setAccessible(true);
        var chaining = (ChainingEventStorageEngine) storageEngine;
        var delegateField = ChainingEventStorageEngine.class.getDeclaredField("delegate");
        delegateField.setAccessible(true);
        assertThat(field.get(delegateField.get(chaining))).isInstanceOf(ChainedAppendStatement.class);

        String a = "probe-" + UUID.randomUUID();
        transactions.executeWithoutResult(tx -> {
            storageEngine.appendEvents(List.of(new GenericDomainEventMessage<>("Probe", a, 0, Map.of("n", "0")),
                    new GenericDomainEventMessage<>("Probe", a, 1, Map.of("n", "1"))));
            storageEngine.appendEvents(List.of(new GenericDomainEventMessage<>("Probe", a, 2, Map.of("n", "2"))));
            List<String> hashes = jdbc.queryForList("""
                    SELECT convert_from(metaData, 'UTF8')::jsonb ->> 'hash' FROM DomainEventEntry
                    WHERE aggregateIdentifier = ? ORDER BY sequenceNumber""", String.class, a);
            assertThat(hashes).hasSize(3).doesNotContainNull().doesNotHaveDuplicates();
            assertThat(head(a)).containsEntry("last_sequence", 2L).containsEntry("last_hash", hashes.get(2));
            tx.setRollbackOnly(); // probe events stay out of the shared store
        });
    }
}
