package cn.weihai.lianbao;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Base of every test that needs the application: all subclasses share ONE Spring context and so one
 * embedded PostgreSQL (a throw-away one, see application-test.properties) with the demo accounts.
 * Do not add {@code @MockitoBean}, {@code @TestPropertySource}, {@code @AutoConfigure...} or other
 * per-class configuration to subclasses: each variation starts another context and database.
 * Data is shared between tests: use unique identifiers (case numbers, project codes) per test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class IntegrationTest {

    /** Password of every demo account. */
    protected static final String DEMO_PASSWORD = "demo";

    @LocalServerPort
    protected int port;

    /** A client for the running server, without credentials. */
    protected RestTestClient anonymous() {
        return RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    /** A client for the running server with HTTP Basic as the given demo account (clerk, water, supervisor, …). */
    protected RestTestClient as(String demoUsername) {
        return RestTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth(demoUsername, DEMO_PASSWORD))
                .build();
    }
}
