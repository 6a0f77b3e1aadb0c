package cn.weihai.lianbao.security;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.identity.PasswordChange;
import cn.weihai.lianbao.shared.FieldViolation;
import cn.weihai.lianbao.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Secure headers, sign-in throttling, CSRF on the UI's form posts and the password rules where passwords change. */
class HardeningTest extends IntegrationTest {
    static final String STRONG = "海上日出-Sunrise-42";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    PasswordChange passwordChange;

    @Test
    void everyAnswerCarriesTheSecureHeaders() throws Exception {
        for (String path : new String[]{"/login", "/api/v1/me", "/api/v1/nothing-here"}) {
            HttpResponse<String> r = get(path, null);
            var h = r.headers();
            assertThat(h.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(h.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(h.firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
            assertThat(h.firstValue("Permissions-Policy")).as(path).get().asString().contains("camera=()");
            assertThat(h.firstValue("Content-Security-Policy")).as(path).get().asString()
                    .contains("frame-ancestors 'none'").contains("object-src 'none'");
            assertThat(h.firstValue("Strict-Transport-Security")).as("HSTS only over HTTPS").isEmpty();
        }
    }

    @Test
    void fiveFailuresLockTheAccountForThatAddressEvenWithTheRightPassword() throws Exception {
        String user = account();
        for (int i = 0; i < 5; i++) {
            assertThat(get("/api/v1/me", basic(user, "wrong-password-" + i)).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> locked = get("/api/v1/me", basic(user, STRONG));
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.body()).contains("登录失败次数过多").contains("15");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM login_failure WHERE username = ?", Integer.class, user))
                .isEqualTo(5);

        String other = account();
        assertThat(get("/api/v1/me", basic(other, STRONG)).statusCode()).as("others are not locked").isEqualTo(200);
    }

    @Test
    void failuresBelowTheLimitDoNotLock() throws Exception {
        String user = account();
        for (int i = 0; i < 4; i++) {
            assertThat(get("/api/v1/me", basic(user, "nope")).statusCode()).isEqualTo(401);
        }
        assertThat(get("/api/v1/me", basic(user, STRONG)).statusCode()).isEqualTo(200);
    }

    @Test
    void theLoginFormRefusesAPostWithoutItsCsrfToken() throws Exception {
        String user = account();
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + STRONG)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void aVaadinRequestWithoutTheSessionsCsrfTokenChangesNothing() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"csrfToken\":\"forged\",\"rpc\":[],\"syncId\":0,\"clientId\":0}")).build(),
                HttpResponse.BodyHandlers.ofString());
        System.out.println("UIDL-OBSERVED " + r.statusCode() + " " + r.headers().map() + " " + r.body());
        assertThat(r.statusCode()).isNotEqualTo(200);
    }

    @Test
    void aPasswordChangeFollowsTheRulesAndNeedsTheCurrentPassword() {
        String user = account();
        assertThatThrownBy(() -> passwordChange.change(user, "wrong", "short", "other"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::messageKey).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("current", "security.password.wrongCurrent"),
                                org.assertj.core.groups.Tuple.tuple("password", "security.password.tooShort"),
                                org.assertj.core.groups.Tuple.tuple("repeat", "security.password.mismatch")));
        assertThatThrownBy(() -> passwordChange.change(user, STRONG, user + "-long-enough", user + "-long-enough"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::messageKey).containsExactly("security.password.sameAsUsername"));

        passwordChange.change(user, STRONG, "另一个-Strong-Pass-7", "另一个-Strong-Pass-7");

        String hash = jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = ?", String.class, user);
        assertThat(encoder.matches("另一个-Strong-Pass-7", hash)).isTrue();
    }

    /** A fresh clerk account per test: throttling a shared demo account would lock other tests out. */
    private String account() {
        String user = "hard-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("INSERT INTO app_user (username, password_hash, display_name, role, organisation) "
                + "VALUES (?, ?, '测试', 'CLERK', '测试单位')", user, encoder.encode(STRONG));
        return user;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
