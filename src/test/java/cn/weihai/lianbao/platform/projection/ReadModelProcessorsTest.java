package cn.weihai.lianbao.platform.projection;

import cn.weihai.lianbao.IntegrationTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReadModelProcessorsTest extends IntegrationTest {
    @Autowired EventProcessingConfiguration processing;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theEightProjectionsRunInTwoPooledProcessors() {
        ReadModelProcessors.GROUPS.forEach((processor, groups) -> groups.forEach(group ->
                assertThat(processing.eventProcessorByProcessingGroup(group).map(EventProcessor::getName))
                        .as(group).contains(processor)));
        assertThat(processing.eventProcessors().keySet()).doesNotContain("case-summary", "work-queue",
                "approval-queue", "materials", "complaints", "supervision", "supervision-orders", "notifications");
        for (String processor : ReadModelProcessors.GROUPS.keySet()) {
            assertThat(processing.eventProcessor(processor)).get().as(processor)
                    .isInstanceOf(PooledStreamingEventProcessor.class);
        }
    }

    @Test
    void theOldProcessorsLeaveNoTokensBehind() {
        List<String> names = jdbc.queryForList("SELECT DISTINCT processorName FROM TokenEntry", String.class);
        assertThat(names).contains(ReadModelProcessors.CASE_VIEWS, ReadModelProcessors.SUPERVISION_VIEWS)
                .doesNotContain("case-summary", "supervision");
    }
}
