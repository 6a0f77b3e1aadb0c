package cn.weihai.lianbao.platform.projection;

import cn.weihai.lianbao.IntegrationTest;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BatchedStatementsTest extends IntegrationTest {
    private static final String INSERT = "INSERT INTO batched_statements_test (k, v) VALUES (?, ?)";
    private static final String UPDATE = "UPDATE batched_statements_test SET v = v * 10 WHERE k = ?";

    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    @BeforeEach
    void table() {
        jdbc.execute("CREATE TABLE batched_statements_test (k TEXT PRIMARY KEY, v INT NOT NULL)");
    }

    @AfterEach
    void drop() {
        jdbc.execute("DROP TABLE batched_statements_test");
    }

    @Test
    void aBatchsStatementsRunAtCommitInTheOrderIssued() {
        var statements = new BatchedStatements(jdbc, "test");
        var unit = DefaultUnitOfWork.startAndGet(null);
        unit.attachTransaction(new SpringTransactionManager(transactions));
        unit.execute(() -> {
            statements.update(INSERT, "a", 1);
            statements.update(INSERT, "b", 2);
            statements.update(UPDATE, "a");
            statements.update(INSERT, "c", 3);
            statements.update(UPDATE, "c");
            statements.update(UPDATE, "a");
            assertThat(rows()).as("nothing sent before the commit").isEmpty();
        });

        assertThat(rows()).containsExactly("a=100", "b=2", "c=30");
    }

    @Test
    void aFailedBatchSendsNothing() {
        var statements = new BatchedStatements(jdbc, "test");
        var unit = DefaultUnitOfWork.startAndGet(null);
        unit.attachTransaction(new SpringTransactionManager(transactions));
        var result = unit.executeWithResult(() -> {
            statements.update(INSERT, "a", 1);
            throw new IllegalStateException("handler failed");
        });

        assertThat(result.isExceptional()).isTrue();
        assertThat(rows()).isEmpty();
    }

    private List<String> rows() {
        return jdbc.queryForList("SELECT k || '=' || v FROM batched_statements_test ORDER BY k", String.class);
    }
}
