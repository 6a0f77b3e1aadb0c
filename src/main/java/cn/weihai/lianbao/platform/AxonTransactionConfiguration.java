package cn.weihai.lianbao.platform;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Axon's units of work (commands, event processors, deadlines) in Spring's JDBC transactions. Axon 4.13's own
 * autoconfiguration declares it only "after" Boot 3's transaction autoconfiguration class, which Boot 4 renamed:
 * its condition on a PlatformTransactionManager then sees none and Axon falls back to no transactions at all,
 * so a command held one pooled connection for loading the case and took a second one for appending its events
 * (pool exhaustion at 8 concurrent commands), and its deadline was planned outside the events' transaction.
 */
@Configuration(proxyBeanMethods = false)
public class AxonTransactionConfiguration {

    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }
}
