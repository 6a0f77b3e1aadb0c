package cn.weihai.lianbao.search;

import cn.weihai.lianbao.casefile.api.Events.ApplicationAccepted;
import cn.weihai.lianbao.platform.projection.BatchedStatements;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Writes a case's {@link TextPairs} once, when it is accepted: one statement per case, never updated. Kept out of
 * the projections that rewrite a case's rows on every event, where pairs in a GIN index cost their replay 40 %
 * (issue 8). A replayed acceptance finds its rows there and adds nothing.
 */
@Component
@ProcessingGroup(TextPairProjection.PROCESSING_GROUP)
class TextPairProjection {
    static final String PROCESSING_GROUP = "text-pairs";
    private static final String INSERT = "INSERT INTO " + TextPairs.TABLE + " (pair, accepted_on, case_number, fields)"
            + " SELECT unnest(?::text[]), ?, ?, unnest(?::smallint[]) ON CONFLICT DO NOTHING";

    private final JdbcTemplate jdbc;
    private final BatchedStatements statements;

    TextPairProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.statements = new BatchedStatements(jdbc, PROCESSING_GROUP);
    }

    @EventHandler
    void on(ApplicationAccepted e) {
        Map<String, Integer> pairs = TextPairs.of(e.applicant().name(), e.project().name(), e.project().code(),
                e.project().address());
        if (pairs.isEmpty()) {
            return;
        }
        String[] texts = pairs.keySet().toArray(String[]::new);
        Integer[] fields = pairs.values().toArray(Integer[]::new);
        statements.update(INSERT, texts, e.occurredOn(), e.caseNumber(), fields);
    }

    @ResetHandler
    void reset() {
        jdbc.execute("TRUNCATE TABLE " + TextPairs.TABLE);
    }
}
