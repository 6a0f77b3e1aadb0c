package cn.weihai.lianbao.platform.projection;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A write-only projection's statements of one batch of events, sent when the batch's transaction prepares to
 * commit: in the order the handlers issued them, consecutive runs of the same statement as one JDBC batch. For a
 * projection that never reads its own tables while handling events (it would not see the pending writes). Outside
 * a unit of work a statement runs at once.
 */
public final class BatchedStatements {
    private final JdbcTemplate jdbc;
    private final String resource;

    public BatchedStatements(JdbcTemplate jdbc, String name) {
        this.jdbc = jdbc;
        this.resource = BatchedStatements.class.getName() + "." + Objects.requireNonNull(name);
    }

    public void update(String sql, Object... args) {
        if (!CurrentUnitOfWork.isStarted()) {
            jdbc.update(sql, args);
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        List<Statement> pending = unitOfWork.getOrComputeResource(resource, r -> {
            List<Statement> statements = new ArrayList<>();
            unitOfWork.onPrepareCommit(u -> send(statements));
            return statements;
        });
        pending.add(new Statement(sql, args));
    }

    private void send(List<Statement> statements) {
        int from = 0;
        while (from < statements.size()) {
            String sql = statements.get(from).sql();
            int to = from;
            List<Object[]> args = new ArrayList<>();
            while (to < statements.size() && statements.get(to).sql().equals(sql)) {
                args.add(statements.get(to++).args());
            }
            if (args.size() == 1) {
                jdbc.update(sql, args.getFirst());
            } else {
                jdbc.batchUpdate(sql, args);
            }
            from = to;
        }
        statements.clear();
    }

    private record Statement(String sql, Object[] args) {
    }
}
