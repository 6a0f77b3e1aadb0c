package cn.weihai.lianbao.platform;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The cases ({@code CombinedApplication}) most recently worked on stay in memory between commands, checked against
 * the event store before each use ({@link VerifiedAggregateCache}); {@code lianbao.aggregate-cache.size} of them
 * (0 or less: none).
 */
@Configuration(proxyBeanMethods = false)
public class AggregateCacheConfiguration {
    public static final String CASE_CACHE = "caseCache";

    @Bean(CASE_CACHE)
    Cache caseCache(@Value("${lianbao.aggregate-cache.size:10000}") int size, ObjectProvider<EventStore> eventStore) {
        if (size <= 0 || !VerifiedAggregateCache.supported()) {
            return NoCache.INSTANCE;
        }
        return new VerifiedAggregateCache(size, id -> eventStore.getObject().lastSequenceNumberFor(id));
    }
}
