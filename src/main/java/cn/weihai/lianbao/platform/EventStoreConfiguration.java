package cn.weihai.lianbao.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Publishes {@link EventStoreLocation} and warns about layouts that lose data or guarantees under Axon Server. */
@Configuration(proxyBeanMethods = false)
public class EventStoreConfiguration {
    private static final Logger log = LoggerFactory.getLogger(EventStoreConfiguration.class);

    @Bean
    EventStoreLocation eventStoreLocation(Environment environment, DatabaseMode database) {
        EventStoreLocation location = EventStoreLocation.of(environment);
        if (location == EventStoreLocation.AXON_SERVER) {
            log.warn("Events are stored in Axon Server (context {}): the application's HMAC hash chain is not kept "
                    + "and /integrity reports it as unavailable; Axon Server's own append-only, hash-chained storage "
                    + "applies instead.", environment.getProperty("axon.axonserver.context", "default"));
            if (database.embedded()) {
                // tokens, projections and deadlines stay in this database: a second node would not share them
                log.warn("Axon Server profile on the embedded PostgreSQL: fine for one node only. Several nodes must "
                        + "share one external PostgreSQL (spring.datasource.url), see docs/operations.md.");
            }
        }
        return location;
    }
}
