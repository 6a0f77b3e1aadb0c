package cn.weihai.lianbao.platform.projection;

import cn.weihai.lianbao.IntegrationTest;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The pure projections' transactions commit asynchronously; processors with outside effects keep durable commits. */
class ProjectionCommitsTest extends IntegrationTest {
    @Autowired EventProcessingConfiguration processing;
    @Autowired JdbcTemplate jdbc;

    @Test
    void pureProjectionsCommitWithoutWaitingForTheDisk() {
        for (String projection : List.of(ReadModelProcessors.CASE_VIEWS, ReadModelProcessors.SUPERVISION_VIEWS)) {
            assertThat(commitSetting(processing.transactionManager(projection))).as(projection)
                    .containsExactly("off", "session");
        }
    }

    @Test
    void processorsWithOutsideEffectsCommitAsConfigured() {
        for (String processor : List.of("alert-mail", "webhook-outbox", "calendar-recheck")) {
            assertThat(commitSetting(processing.transactionManager(processor)).get(1)).as(processor)
                    .isNotEqualTo("session");
        }
    }

    /** synchronous_commit inside one of the processor's transactions, and where that value comes from. */
    private List<String> commitSetting(TransactionManager transactions) {
        return transactions.fetchInTransaction(() -> jdbc.queryForObject(
                "SELECT setting, source FROM pg_settings WHERE name = 'synchronous_commit'",
                (rs, n) -> List.of(rs.getString(1), rs.getString(2))));
    }
}
