package cn.weihai.lianbao.integration.v1;

import cn.weihai.lianbao.audit.EventSurgery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ChainVerificationApiTest extends ApiTestSupport {
    static final String PATH = "/api/v1/audit/chain-verification";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSupervisorVerifiesACaseAndSeesItsFirstBrokenEvent() {
        String caseNumber = newCase(daysAgo(2), "[{\"type\": \"TELECOM\"}]");
        assertThat(step("telecom", caseNumber, "TELECOM", "SURVEYED", daysAgo(1), null).status()).isEqualTo(200);

        Response intact = get("supervisor", PATH + "?caseNumber=" + caseNumber);
        assertThat(intact.status()).as(intact.body()).isEqualTo(200);
        assertThat(intact.json().path("intact").asBoolean()).isTrue();
        assertThat(intact.json().path("aggregatesChecked").asLong()).isEqualTo(1);
        assertThat(intact.json().path("eventsChecked").asLong()).isEqualTo(2);
        assertThat(intact.json().path("durationMillis").isNumber()).isTrue();

        Map<String, Object> original = jdbc.queryForMap(
                "SELECT * FROM DomainEventEntry WHERE aggregateIdentifier = ? AND sequenceNumber = 1", caseNumber);
        try {
            EventSurgery.update(jdbc, "UPDATE DomainEventEntry SET timeStamp = '2020-01-01T00:00:00.000Z' WHERE globalIndex = ?",
                    original.get("globalindex"));

            Response broken = get("admin", PATH + "?caseNumber=" + caseNumber);
            assertThat(broken.status()).isEqualTo(200);
            assertThat(broken.json().path("intact").asBoolean()).isFalse();
            var first = broken.json().path("broken").path(0);
            assertThat(first.path("aggregateId").asString()).isEqualTo(caseNumber);
            assertThat(first.path("sequence").asLong()).isEqualTo(1);
            assertThat(first.path("eventId").asString()).isEqualTo(original.get("eventidentifier"));
            assertThat(first.path("reason").asString()).isEqualTo("PAYLOAD_CHANGED");
        } finally {
            EventSurgery.update(jdbc, "UPDATE DomainEventEntry SET timeStamp = ? WHERE globalIndex = ?", original.get("timestamp"),
                    original.get("globalindex"));
        }
        assertThat(get("supervisor", PATH + "?caseNumber=" + caseNumber).json().path("intact").asBoolean()).isTrue();
    }

    @Test
    void allCasesAreVerifiedWithoutACaseNumber() {
        Response all = get("supervisor", PATH);
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().path("aggregatesChecked").asLong()).isPositive();
        assertThat(all.json().has("unchainedEvents")).isTrue();
    }

    @Test
    void onlySupervisorsAndAdministratorsMayVerify() {
        assertThat(get("clerk", PATH).status()).isEqualTo(403);
        assertThat(get("power", PATH).status()).isEqualTo(403);
        assertThat(get(null, PATH).status()).isEqualTo(401);
    }

    @Test
    void anUnknownCaseIs404() {
        assertThat(get("supervisor", PATH + "?caseNumber=NO-SUCH-CASE").status()).isEqualTo(404);
    }

    @Test
    void theEndpointIsInTheOpenApiDescription() {
        assertThat(get(null, "/v3/api-docs").json().path("paths").propertyNames())
                .contains(PATH, "/api/v1/projections", "/api/v1/projections/{name}/rebuild");
    }
}
