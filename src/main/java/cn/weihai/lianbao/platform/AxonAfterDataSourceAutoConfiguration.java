package cn.weihai.lianbao.platform;

import org.springframework.boot.autoconfigure.AutoConfiguration;

/**
 * Holds Axon's JDBC and transaction autoconfiguration back until Spring Boot has made the DataSource and its
 * transaction manager. Axon 4.13 asks to run after them by their Spring Boot 3 class names, which Boot 4 moved; without
 * this, on an external database Axon finds no DataSource (no event store at all), and on any database it falls back to
 * running without transactions (a projection's update and its token would not commit together). Empty on purpose:
 * only its ordering matters, and the ordering is transitive.
 */
@AutoConfiguration(
        afterName = {"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
                "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration"},
        beforeName = {"org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
                "org.axonframework.springboot.autoconfig.TransactionAutoConfiguration"})
public class AxonAfterDataSourceAutoConfiguration {
}
