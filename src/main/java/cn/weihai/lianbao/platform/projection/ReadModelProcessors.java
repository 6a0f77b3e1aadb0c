package cn.weihai.lianbao.platform.projection;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Map;

/**
 * The event processors the pure projections run in: each projection keeps its own processing group (its name keys
 * its batch in the unit of work), and the groups share two processors. One processor per projection read, deserialised
 * and committed every event with a token once per projection: eight times, and under a steady stream of commands those
 * eight processors took a good part of the two cores the commands needed (issue 8). Two rather than one so that each
 * still replays at over 20,000 events a second on two cores (one with all eight: 19,400). A projection's handler that
 * fails now holds up the others of its processor until it is fixed; a rebuild replays the whole processor.
 */
@Configuration(proxyBeanMethods = false)
public class ReadModelProcessors {
    /** The case list, the utilities' work queue, the approvals waiting, materials on file, hotline complaints. */
    public static final String CASE_VIEWS = "case-views";
    /** Supervision (tracks and tallies), supervision orders, alert notifications. */
    public static final String SUPERVISION_VIEWS = "supervision-views";
    /**
     * The two-character words of each case (search.TextPairs), written once per case: in a processor of their own,
     * the two above do not pay for them in their replay, and a new one fills its table from the first event.
     */
    public static final String SEARCH_VIEWS = "search-views";

    /** Processor name → the processing groups (named in their projections) it runs. */
    public static final Map<String, List<String>> GROUPS = Map.of(
            CASE_VIEWS, List.of("case-summary", "work-queue", "approval-queue", "materials", "complaints"),
            SUPERVISION_VIEWS, List.of("supervision", "supervision-orders", "notifications"),
            SEARCH_VIEWS, List.of("text-pairs"));

    @Bean
    ConfigurerModule readModelProcessorAssignment() {
        return configurer -> configurer.eventProcessing(processing -> GROUPS.forEach((processor, groups) ->
                groups.forEach(group -> processing.assignProcessingGroup(group, processor))));
    }
}
