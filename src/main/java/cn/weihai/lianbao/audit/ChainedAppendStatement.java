package cn.weihai.lianbao.audit;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.JdbcEventStorageEngineStatements;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JDBC engine's insert of chained events, moving their aggregates' chain heads in the same statement: one round
 * trip per append instead of two (issue 8). The rows are those of Axon's own statement
 * ({@link JdbcEventStorageEngineStatements#appendEvents}), which still writes any append holding an unchained event.
 * {@link ChainingEventStorageEngine} learns which heads were written here ({@link #takeWritten}) and writes the others
 * itself, so the chain holds whichever statement the engine was built with.
 */
public final class ChainedAppendStatement implements AppendEventsStatementBuilder {
    private static final ThreadLocal<Set<String>> WRITTEN = ThreadLocal.withInitial(HashSet::new);
    private static final int COLUMNS = 9;

    @Override
    public PreparedStatement build(Connection connection, EventSchema schema, Class<?> dataType,
                                   List<? extends EventMessage<?>> events, Serializer serializer,
                                   TimestampWriter timestampWriter) throws SQLException {
        Map<String, DomainEventMessage<?>> last = new LinkedHashMap<>();
        for (EventMessage<?> event : events) {
            if (!(event instanceof DomainEventMessage<?> domain) || domain.getType() == null
                    || !(domain.getMetaData().get(EventChain.HASH) instanceof String)) {
                return JdbcEventStorageEngineStatements.appendEvents(connection, schema, dataType, events, serializer,
                        timestampWriter);
            }
            last.merge(domain.getAggregateIdentifier(), domain,
                    (a, b) -> a.getSequenceNumber() > b.getSequenceNumber() ? a : b);
        }
        StringBuilder sql = new StringBuilder("WITH appended AS (INSERT INTO ").append(schema.domainEventTable())
                .append(" (").append(schema.domainEventFields()).append(") VALUES ");
        for (int i = 0; i < events.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }
        sql.append(") INSERT INTO event_chain_head (aggregate_id, last_sequence, last_hash, updated_at) VALUES ");
        for (int i = 0; i < last.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, now())");
        }
        sql.append(" ON CONFLICT (aggregate_id) DO UPDATE SET last_sequence = EXCLUDED.last_sequence,"
                + " last_hash = EXCLUDED.last_hash, updated_at = now()");
        PreparedStatement statement = connection.prepareStatement(sql.toString());
        int p = 0;
        for (EventMessage<?> event : events) {
            DomainEventMessage<?> e = (DomainEventMessage<?>) event;
            SerializedObject<?> payload = e.serializePayload(serializer, dataType);
            SerializedObject<?> metaData = e.serializeMetaData(serializer, dataType);
            statement.setString(p + 1, e.getIdentifier());
            statement.setString(p + 2, e.getAggregateIdentifier());
            statement.setLong(p + 3, e.getSequenceNumber());
            statement.setString(p + 4, e.getType());
            timestampWriter.writeTimestamp(statement, p + 5, e.getTimestamp());
            statement.setString(p + 6, payload.getType().getName());
            statement.setString(p + 7, payload.getType().getRevision());
            statement.setObject(p + 8, payload.getData());
            statement.setObject(p + 9, metaData.getData());
            p += COLUMNS;
        }
        for (DomainEventMessage<?> head : last.values()) {
            statement.setString(++p, head.getAggregateIdentifier());
            statement.setLong(++p, head.getSequenceNumber());
            statement.setString(++p, (String) head.getMetaData().get(EventChain.HASH));
        }
        statement.addBatch(); // the engine executes the statement as a batch
        WRITTEN.get().addAll(last.keySet());
        return statement;
    }

    /** Forgets what an earlier append on this thread wrote (call before appending). */
    static void clearWritten() {
        WRITTEN.get().clear();
    }

    /** The aggregates whose heads this thread's last append wrote (valid once the append returned normally). */
    static Set<String> takeWritten() {
        Set<String> written = Set.copyOf(WRITTEN.get());
        WRITTEN.get().clear();
        return written;
    }
}
