package cn.weihai.lianbao.audit;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.platform.EventStoreLocation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.time.Clock;

import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Under the Axon Server profile the verifier refuses instead of reporting the empty JDBC tables as intact. */
class ChainUnavailableTest extends IntegrationTest {
    @Autowired
    EventChain chain;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ChainVerifier defaultVerifier;
    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void withAxonServerTheVerifierRefusesRatherThanGreenLighting() {
        ChainVerifier verifier = new ChainVerifier(chain, dataSource, transactions, Clock.systemUTC(),
                EventStoreLocation.AXON_SERVER);

        assertThat(verifier.available()).isFalse();
        assertThatThrownBy(verifier::verifyAll).isInstanceOf(ChainUnavailableException.class);
        assertThatThrownBy(() -> verifier.verifyOne("WH-ANY")).isInstanceOf(ChainUnavailableException.class);
    }

    @Test
    void theCommandLineExitsWithTwoNeitherIntactNorBroken() {
        ChainVerifier verifier = new ChainVerifier(chain, dataSource, transactions, Clock.systemUTC(),
                EventStoreLocation.AXON_SERVER);

        ChainVerificationCommand.Outcome outcome = new ChainVerificationCommand(verifier, context).verify();

        assertThat(outcome.status()).isEqualTo(ChainVerificationCommand.UNAVAILABLE).isNotIn(0, 1);
        assertThat(outcome.text()).contains("not available", "Axon Server");
        assertThat(new ChainVerificationCommand(defaultVerifier, context).verify().status()).isIn(0, 1);
    }

    @Test
    void theSingleNodeDefaultVerifies() {
        assertThat(defaultVerifier.available()).isTrue();
        assertThat(defaultVerifier.verifyAll().aggregatesChecked()).isNotNegative();
    }
}
