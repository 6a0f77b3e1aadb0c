package cn.weihai.lianbao.security;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.identity.PasswordChange;
import cn.weihai.lianbao.shared.FieldViolation;
import cn.weihai.lianbao.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        for (String path : new String[]{"/login", "/api/v1/me", "/api/v1/nothing-here", "/cases"}) {
            HttpResponse<String> r = get(path, null);
            var h = r.headers();
            path = path + " " + r.statusCode() + " " + h.map();
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
    void theLoginFormTakesAPostOnlyWithItsSessionsCsrfToken() throws Exception {
        String user = account();
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager()).build();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/login")).header("Accept", "text/html")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).as(page.body()).isTrue();

        HttpResponse<String> forged = login(browser, "username=" + user + "&password=" + STRONG);
        HttpResponse<String> wrongToken = login(browser, "username=" + user + "&password=" + STRONG + "&_csrf=forged");
        HttpResponse<String> real = login(browser, "username=" + user + "&password=" + STRONG + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8));

        assertThat(signedIn(real)).as(describe(real)).isTrue();
        assertThat(signedIn(forged)).as(describe(forged)).isFalse();
        assertThat(signedIn(wrongToken)).as(describe(wrongToken)).isFalse();
    }

    @Test
    void aVaadinRequestWithAForgedCsrfTokenIsNotRun() throws Exception {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager()).build();
        browser.send(HttpRequest.newBuilder(uri("/login")).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> init = browser.send(HttpRequest.newBuilder(uri("/?v-r=init&location=login&query="))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher key = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"").matcher(init.body());
        assertThat(key.find()).as(init.body().substring(0, Math.min(600, init.body().length()))).isTrue();

        HttpResponse<String> forged = uidl(browser, "forged", 0);
        HttpResponse<String> real = uidl(browser, key.group(1), 0);

        assertThat(real.body()).as(real.body()).contains("\"syncId\":1");
        assertThat(forged.body()).as(forged.body()).doesNotContain("\"syncId\":1").doesNotContain("\"syncId\":0,");
    }

    private HttpResponse<String> uidl(HttpClient browser, String token, int syncId) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("{\"csrfToken\":\"" + token + "\",\"rpc\":[],\"syncId\":"
                        + syncId + ",\"clientId\":" + syncId + "}")).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> login(HttpClient browser, String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Spring Security answers a successful form login with a redirect away from the login page. */
    private static boolean signedIn(HttpResponse<String> r) {
        String location = r.headers().firstValue("Location").orElse("");
        return r.statusCode() == 302 && !location.contains("/login");
    }

    private static String describe(HttpResponse<String> r) {
        return r.statusCode() + " " + r.headers().firstValue("Location").orElse("-");
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
