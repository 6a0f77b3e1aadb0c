package cn.weihai.lianbao.identity;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.platform.DatabaseMode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Demo accounts and demo passwords exist on the embedded default database only. */
class DemoAccountsOutsideEmbeddedTest extends IntegrationTest {
    /** A JdbcTemplate without a database: any use of it throws, so "returned normally" = "touched nothing". */
    static final JdbcTemplate NO_DATABASE = new JdbcTemplate();

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void noDemoAccountIsCreatedOnAnExternalDatabase() {
        new DemoAccounts(new DatabaseMode(false), NO_DATABASE).run(null);
        assertThatThrownBy(() -> new DemoAccounts(new DatabaseMode(true), NO_DATABASE).run(null))
                .as("the embedded database does get them").isInstanceOf(RuntimeException.class);
    }

    @Test
    void anAccountStillOnTheDemoPasswordIsDisabledOnAnExternalDatabase() {
        String prefix = "demoguard-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        insert(prefix + "old", encoder.encode("demo"));
        insert(prefix + "real", encoder.encode("海上日出-Sunrise-42"));
        var guard = new DemoPasswordGuard(new DatabaseMode(false), jdbc, encoder);

        assertThat(guard.disableDemoPasswords(u -> u.startsWith(prefix))).containsExactly(prefix + "old");

        assertThat(enabled(prefix + "old")).isFalse();
        assertThat(enabled(prefix + "real")).isTrue();
        assertThat(enabled("clerk")).as("the embedded run leaves the demo accounts alone").isTrue();
    }

    @Test
    void theInitialAdministratorNeedsAPasswordByTheRules() {
        for (String weak : new String[]{"demo", "admin12345678", "password1234", "short"}) {
            assertThatThrownBy(() -> new InitialAdministrator(weak, NO_DATABASE, encoder).run(null))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("LIANBAO_INITIAL_ADMIN_PASSWORD");
        }
        new InitialAdministrator("", NO_DATABASE, encoder).run(null);
    }

    private void insert(String username, String hash) {
        jdbc.update("INSERT INTO app_user (username, password_hash, display_name, role, organisation) "
                + "VALUES (?, ?, '测试', 'CLERK', '测试单位')", username, hash);
    }

    private boolean enabled(String username) {
        return jdbc.queryForObject("SELECT enabled FROM app_user WHERE username = ?", Boolean.class, username);
    }
}
