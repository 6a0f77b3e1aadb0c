package cn.weihai.lianbao.platform.projection;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * The pure projections commit without waiting for their WAL to reach the disk ({@code synchronous_commit = off} for
 * their own transactions only). A projection's rows and its token commit in one transaction, and PostgreSQL loses
 * such commits after a crash only as a whole and only from the newest backwards, so a crash costs the projection at
 * most its last fraction of a second, which it then handles again from its durable token. Every durable commit
 * (each command's events, the deadlines, the mails and webhooks recorded as sent) still waits for the disk, and no
 * longer queues behind the projections' flushes: with durable commits each event otherwise cost the disk one flush
 * per projection. Processors with effects outside their tables (alert-mail, webhook-outbox, calendar-recheck) and
 * the subscribing calendar projection (it runs in the command's transaction) are not listed and commit durably.
 */
@Configuration(proxyBeanMethods = false)
class ProjectionCommits {

    @Bean
    ConfigurerModule asyncProjectionCommits(
            @Value("${lianbao.projections.async-commit:" + ReadModelProcessors.CASE_VIEWS + ","
                    + ReadModelProcessors.SUPERVISION_VIEWS + "," + ReadModelProcessors.SEARCH_VIEWS + "}")
            List<String> processors,
            ObjectProvider<TransactionManager> transactions, JdbcTemplate jdbc) {
        return configurer -> configurer.eventProcessing(processing -> processors.stream().map(String::trim)
                .filter(name -> !name.isEmpty())
                .forEach(name -> processing.registerTransactionManager(name,
                        config -> new AsyncCommit(transactions.getObject(), jdbc))));
    }

    /** Starts the processor's transaction as usual, then lets its commit return before the disk flush. */
    record AsyncCommit(TransactionManager delegate, JdbcTemplate jdbc) implements TransactionManager {
        @Override
        public Transaction startTransaction() {
            Transaction transaction = delegate.startTransaction();
            try {
                jdbc.execute("SET LOCAL synchronous_commit TO OFF");
            } catch (RuntimeException e) {
                transaction.rollback();
                throw e;
            }
            return transaction;
        }
    }
}
