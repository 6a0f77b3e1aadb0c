package cn.weihai.lianbao.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** {@code event_chain_head}: the last chained event of each aggregate, kept with the events' own transaction. */
@Component
public class ChainHeads {
    public record Head(long lastSequence, String lastHash) {
    }

    private final JdbcTemplate jdbc;

    ChainHeads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The head, locked until the appending transaction ends, so two appends cannot both chain onto it. */
    Optional<Head> lockAndRead(String aggregateId) {
        return jdbc.query("SELECT last_sequence, last_hash FROM event_chain_head WHERE aggregate_id = ? FOR UPDATE",
                (rs, n) -> new Head(rs.getLong(1), rs.getString(2)), aggregateId).stream().findFirst();
    }

    Optional<Head> find(String aggregateId) {
        return jdbc.query("SELECT last_sequence, last_hash FROM event_chain_head WHERE aggregate_id = ?",
                (rs, n) -> new Head(rs.getLong(1), rs.getString(2)), aggregateId).stream().findFirst();
    }

    void save(String aggregateId, Head head) {
        jdbc.update("""
                INSERT INTO event_chain_head (aggregate_id, last_sequence, last_hash, updated_at) VALUES (?, ?, ?, now())
                ON CONFLICT (aggregate_id) DO UPDATE SET last_sequence = EXCLUDED.last_sequence,
                    last_hash = EXCLUDED.last_hash, updated_at = now()""",
                aggregateId, head.lastSequence(), head.lastHash());
    }
}
