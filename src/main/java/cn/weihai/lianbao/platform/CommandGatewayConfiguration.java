package cn.weihai.lianbao.platform;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * Concurrent writers of one case: a lost race for a sequence number is recognised as such and the command retried
 * (see {@link ConflictRetry}).
 */
@Configuration(proxyBeanMethods = false)
class CommandGatewayConfiguration {

    @Bean(destroyMethod = "close")
    ConflictRetry conflictRetry(@Value("${lianbao.commands.conflict-retries:5}") int retries,
                                @Value("${lianbao.commands.conflict-backoff:20ms}") Duration backoff) {
        return new ConflictRetry(retries, backoff);
    }

    /** Replaces Axon's default, which does not recognise PostgreSQL's unique violations. */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new DuplicateKeyResolver();
    }

    @Bean
    CommandGateway commandGateway(CommandBus commandBus, ConflictRetry conflictRetry) {
        return DefaultCommandGateway.builder().commandBus(commandBus).retryScheduler(conflictRetry).build();
    }
}
