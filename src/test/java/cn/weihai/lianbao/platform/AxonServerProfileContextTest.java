package cn.weihai.lianbao.platform;

import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.axonserver.connector.query.AxonServerQueryBus;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.AxonServerAutoConfiguration;
import org.axonframework.springboot.autoconfig.AxonServerBusAutoConfiguration;
import org.axonframework.springboot.autoconfig.AxonTracingAutoConfiguration;
import org.axonframework.springboot.autoconfig.EventProcessingAutoConfiguration;
import org.axonframework.springboot.autoconfig.InfraConfiguration;
import org.axonframework.springboot.autoconfig.NoOpTransactionAutoConfiguration;
import org.axonframework.springboot.autoconfig.ObjectMapperAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Axon's own autoconfiguration under the {@code axonserver} profile, with no Axon Server reachable: the event store and
 * the buses are Axon Server's, no JDBC storage engine exists (so nothing is chained), and the application's
 * {@link EventStoreLocation} agrees. A small context of Axon's pieces only, not the application's shared one.
 */
class AxonServerProfileContextTest {

    @Configuration(proxyBeanMethods = false)
    @Import(EventStoreConfiguration.class)
    static class Application {
        @Bean
        DatabaseMode databaseMode() {
            return new DatabaseMode(false);
        }
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(context -> {
                PropertiesPropertySourceLoader loader = new PropertiesPropertySourceLoader();
                try {
                    loader.load("profile", new ClassPathResource("application-axonserver.properties"))
                            .forEach(context.getEnvironment().getPropertySources()::addLast);
                    loader.load("application", new ClassPathResource("application.properties"))
                            .forEach(context.getEnvironment().getPropertySources()::addLast);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            })
            // nothing listens there: the connector must not need a server to build the application
            .withPropertyValues("axon.axonserver.servers=localhost:1", "axon.axonserver.connect-timeout=500")
            .withConfiguration(AutoConfigurations.of(ObjectMapperAutoConfiguration.class,
                    NoOpTransactionAutoConfiguration.class, AxonServerAutoConfiguration.class,
                    AxonServerBusAutoConfiguration.class, EventProcessingAutoConfiguration.class,
                    InfraConfiguration.class, AxonTracingAutoConfiguration.class, AxonAutoConfiguration.class))
            .withUserConfiguration(Application.class);

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void eventsAndMessagesGoToAxonServerAndTheChainIsReportedUnavailable() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(EventStore.class)).isInstanceOf(AxonServerEventStore.class);
            assertThat(context.getBean(CommandBus.class)).isInstanceOf(AxonServerCommandBus.class);
            assertThat(context.getBean(QueryBus.class)).isInstanceOf(AxonServerQueryBus.class);
            assertThat(context).doesNotHaveBean(EventStorageEngine.class);
            assertThat(context.getBean(EventStoreLocation.class)).isEqualTo(EventStoreLocation.AXON_SERVER);
            assertThat(context.getBean(EventStoreLocation.class).tableReadable()).isFalse();
        });
    }
}
