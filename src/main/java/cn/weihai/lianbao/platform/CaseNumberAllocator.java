package cn.weihai.lianbao.platform;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Hands out case numbers {@code LB-<year>-<6 digits>}, one counter per year of acceptance.
 * Each number is committed in its own transaction, so a failed command leaves a gap rather than
 * a duplicate, and the counter row lock is held only for the increment.
 */
@Component
public class CaseNumberAllocator {

    private static final String NEXT_VALUE = """
            INSERT INTO case_number_counter (year, last_value) VALUES (?, 1)
            ON CONFLICT (year) DO UPDATE SET last_value = case_number_counter.last_value + 1
            RETURNING last_value""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    public CaseNumberAllocator(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public String allocate(LocalDate acceptedOn) {
        int year = Objects.requireNonNull(acceptedOn, "acceptedOn").getYear();
        Long next = ownTransaction.execute(status -> jdbc.queryForObject(NEXT_VALUE, Long.class, year));
        return "LB-%d-%06d".formatted(year, Objects.requireNonNull(next));
    }
}
