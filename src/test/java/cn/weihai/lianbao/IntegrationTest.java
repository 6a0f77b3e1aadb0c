package cn.weihai.lianbao;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of every test that needs the application: all subclasses share ONE Spring context and so one
 * embedded PostgreSQL. Do not add {@code @MockitoBean}, {@code @TestPropertySource} or other
 * per-class configuration to subclasses: each variation starts another context and database.
 * Data is shared between tests: use unique identifiers (case numbers, usernames) per test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class IntegrationTest {
}
