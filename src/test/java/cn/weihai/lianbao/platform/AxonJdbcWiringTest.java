package cn.weihai.lianbao.platform;

import cn.weihai.lianbao.IntegrationTest;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Axon's JDBC pieces use the application's DataSource and Spring transactions: a projection's update and its token
 * commit together. (Axon 4.13 orders its autoconfiguration after Boot 3 class names, which Boot 4 renamed.)
 */
class AxonJdbcWiringTest extends IntegrationTest {
    @Autowired
    TransactionManager axonTransactions;
    @Autowired
    TokenStore tokens;

    @Test
    void axonRunsInSpringTransactionsAndKeepsTokensInPostgresql() {
        assertThat(axonTransactions).isInstanceOf(SpringTransactionManager.class);
        assertThat(tokens).isInstanceOf(JdbcTokenStore.class);
    }
}
