package cn.weihai.lianbao.integration.v1;

import cn.weihai.lianbao.casefile.TestCases;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class SupervisionDashboardApiTest extends ApiTestSupport {

    @Test
    void supervisorsReadTheDashboardCountsAndNewestTracks() {
        // accepted today: the newest case, first on the dashboard whatever other tests stored
        String caseNumber = newCase(daysAgo(0), "[{\"type\": \"TELECOM\"}]");

        Response r = get("supervisor", "/api/v1/supervision/dashboard?limit=200");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("counts").path("open").asLong()).isPositive();
        assertThat(r.json().path("tracks").asInt()).isGreaterThanOrEqualTo(r.json().path("newest").size());
        TestCases.await("the new case's track on the dashboard", () -> {
            for (JsonNode row : get("supervisor", "/api/v1/supervision/dashboard?limit=200").json().path("newest")) {
                if (caseNumber.equals(row.path("caseNumber").asString())) {
                    return row.path("warning").asString().equals("NONE") && row.path("workingDaysLeft").asInt() > 0;
                }
            }
            return false;
        });
    }

    @Test
    void onlyOverseersReadItAndTheLimitMustBeANumber() {
        assertThat(get("water", "/api/v1/supervision/dashboard").status()).isEqualTo(403);
        assertThat(get("clerk", "/api/v1/supervision/dashboard").status()).isEqualTo(403);
        assertThat(get("admin", "/api/v1/supervision/dashboard?limit=1").json().path("newest").size()).isLessThanOrEqualTo(1);
        Response bad = get("supervisor", "/api/v1/supervision/dashboard?limit=many");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactly("limit");
    }
}
