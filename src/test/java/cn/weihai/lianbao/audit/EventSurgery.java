package cn.weihai.lianbao.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tampering with stored events on purpose (to prove the hash chain notices): the events table refuses UPDATE and
 * DELETE (V160) unless the transaction sets {@code lianbao.allow_event_surgery}, the documented operator repair.
 */
public final class EventSurgery {
    private EventSurgery() {
    }

    public static int update(JdbcTemplate jdbc, String sql, Object... args) {
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
        Integer changed = tx.execute(status -> {
            jdbc.execute("SET LOCAL lianbao.allow_event_surgery = 'on'");
            return jdbc.update(sql, args);
        });
        return changed == null ? 0 : changed;
    }
}
