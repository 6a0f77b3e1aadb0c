package cn.weihai.lianbao.audit;

import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts {@link ChainingEventStorageEngine} around the storage engine Axon's autoconfiguration builds (the JDBC one),
 * keeping everything that configuration set up. With Axon Server there is no storage engine bean and no chain.
 */
@Configuration(proxyBeanMethods = false)
class ChainConfiguration {

    /** Taken up by the JDBC storage engine's configuration: chain heads move in the events' own insert. */
    @Bean
    AppendEventsStatementBuilder chainedAppendStatement() {
        return new ChainedAppendStatement();
    }

    @Bean
    static BeanPostProcessor eventChainPostProcessor(ObjectProvider<EventChain> chain, ObjectProvider<ChainHeads> heads,
                                                     ObjectProvider<PlatformTransactionManager> transactions) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof AbstractEventStorageEngine engine) {
                    return new ChainingEventStorageEngine(engine, engine::getEventSerializer, chain::getObject,
                            heads::getObject, () -> new TransactionTemplate(transactions.getObject()));
                }
                return bean;
            }
        };
    }
}
