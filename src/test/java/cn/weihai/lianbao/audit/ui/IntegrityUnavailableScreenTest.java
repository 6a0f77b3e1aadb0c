package cn.weihai.lianbao.audit.ui;

import cn.weihai.lianbao.UiTest;
import cn.weihai.lianbao.audit.ChainVerifier;
import cn.weihai.lianbao.audit.EventChain;
import cn.weihai.lianbao.platform.EventStoreLocation;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.time.Clock;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The integrity page under the Axon Server profile says why it cannot verify, and offers nothing to click. */
class IntegrityUnavailableScreenTest extends UiTest {
    @Autowired
    EventChain chain;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void thePageSaysVerificationIsNotAvailableWithAxonServer() {
        signIn("supervisor");
        IntegrityView view = new IntegrityView(new ChainVerifier(chain, dataSource, transactions, Clock.systemUTC(),
                EventStoreLocation.AXON_SERVER));

        assertThat(view.summary.getText()).contains("Axon Server").doesNotContain("完好。");
        assertThat(view.summary.getElement().getAttribute("data-intact")).isEqualTo("unavailable");
        assertThat(_get(view, Button.class, spec -> spec.withId("integrity-verify-all")).isEnabled()).isFalse();
        assertThat(_get(view, Button.class, spec -> spec.withId("integrity-verify-case")).isEnabled()).isFalse();
        assertThat(view.broken.isVisible()).isFalse();
    }
}
