package cn.weihai.lianbao.deadline;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;

/**
 * Persistent deadlines on PostgreSQL: Axon's db-scheduler deadline manager switches itself on when this
 * {@link Scheduler} exists. Deadlines are stored in the transaction of the command that schedules them, and
 * survive restarts; several nodes share the table and each deadline fires on one of them.
 */
@Configuration
public class DeadlineSchedulerConfiguration {

    @Bean(destroyMethod = "stop")
    Scheduler deadlineScheduler(DataSource dataSource, List<Task<?>> tasks,
                                @Value("${lianbao.deadlines.polling-interval:10s}") Duration pollingInterval,
                                @Value("${lianbao.deadlines.threads:2}") int threads,
                                @Value("${lianbao.deadlines.heartbeat-interval:10s}") Duration heartbeat) {
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
                .threads(threads)
                .pollingInterval(pollingInterval)
                // a deadline picked by a node that then died (kill -9, power loss) is taken up again by any node after
                // 6 missed heartbeats: one minute, not db-scheduler's default half hour
                .heartbeatInterval(heartbeat)
                .enableImmediateExecution()
                .build();
    }

    /**
     * Axon's db-scheduler deadline manager as its autoconfiguration builds it (the scheduler is started and stopped
     * by this configuration), indexing the deadlines per aggregate: see {@link IndexedDeadlineManager}.
     */
    @Bean
    DeadlineManager deadlineManager(Scheduler scheduler, org.axonframework.config.Configuration configuration,
                                    @Qualifier("eventSerializer") Serializer serializer,
                                    TransactionManager transactionManager, DeadlineManagerSpanFactory spanFactory,
                                    JdbcTemplate jdbc) {
        return new IndexedDeadlineManager(DbSchedulerDeadlineManager.builder()
                .scheduler(scheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(configuration))
                .serializer(serializer)
                .transactionManager(transactionManager)
                .spanFactory(spanFactory)
                .startScheduler(false)
                .stopScheduler(false), jdbc);
    }

    /** Fire deadlines only once Axon's aggregates and handlers are all in place. */
    @EventListener(ApplicationReadyEvent.class)
    void start(ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBean(Scheduler.class).start();
    }
}
