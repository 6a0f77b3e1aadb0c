package cn.weihai.lianbao.platform;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.SQLException;

/**
 * Tells Axon that an insert failed on a unique key, so that two writers of the same event sequence number yield a
 * {@code ConcurrencyException} (retried, or a 409) rather than a generic store failure (a 500). Axon's default
 * resolver looks for {@code SQLIntegrityConstraintViolationException}, which the PostgreSQL driver never throws: it
 * reports SQLSTATE 23505, for a batch insert on the batch's next exception.
 */
public class DuplicateKeyResolver implements PersistenceExceptionResolver {
    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && isUniqueViolation(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUniqueViolation(SQLException first) {
        int depth = 0;
        for (SQLException e = first; e != null && depth < 10; e = e.getNextException(), depth++) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
