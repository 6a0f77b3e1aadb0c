package cn.weihai.lianbao.identity;

import cn.weihai.lianbao.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class MeApiTest extends IntegrationTest {

    @Test
    void basicAuthenticationAnswersWithTheSignedInUser() {
        as("clerk").get().uri("/api/v1/me").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.username").isEqualTo("clerk")
                .jsonPath("$.role").isEqualTo("CLERK")
                .jsonPath("$.organisation").isEqualTo("威海市政务服务中心")
                .jsonPath("$.utility").isEmpty()
                .jsonPath("$.department").isEmpty();
    }

    @Test
    void utilityAndApprovalStaffCarryTheirUtilityOrDepartment() {
        as("power").get().uri("/api/v1/me").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.role").isEqualTo("UTILITY_STAFF").jsonPath("$.utility").isEqualTo("POWER");
        as("police").get().uri("/api/v1/me").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.role").isEqualTo("APPROVAL_STAFF")
                .jsonPath("$.department").isEqualTo("TRAFFIC_POLICE");
    }

    @Test
    void wrongPasswordIsA401InTheApiErrorShape() {
        anonymous().get().uri("/api/v1/me").headers(h -> h.setBasicAuth("clerk", "wrong")).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectHeader().doesNotExist("WWW-Authenticate")
                .expectBody()
                .jsonPath("$.errors[0].field").isEmpty()
                .jsonPath("$.errors[0].message").isNotEmpty();
    }

    @Test
    void noCredentialsIsA401NotALoginRedirect() {
        anonymous().get().uri("/api/v1/me").exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.errors[0].message").isNotEmpty();
    }

    @Test
    void englishClientsGetEnglishMessages() {
        anonymous().get().uri("/api/v1/me").header("Accept-Language", "en").exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.errors[0].message")
                .value(String.class, message -> org.assertj.core.api.Assertions.assertThat(message)
                        .startsWith("Authentication required"));
    }
}
