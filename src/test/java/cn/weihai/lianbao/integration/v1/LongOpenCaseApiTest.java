package cn.weihai.lianbao.integration.v1;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A case accepted long ago and still open reads OVERDUE through the API, with the days it is late. */
class LongOpenCaseApiTest extends ApiTestSupport {

    @Test
    void aCaseAcceptedLongAgoAndStillOpenReadsOverdue() {
        String caseNumber = newCase(daysAgo(120), "[{\"type\": \"TELECOM\"}, {\"type\": \"DRAINAGE\"}]");

        Response read = get("supervisor", "/api/v1/applications/" + caseNumber);

        assertThat(read.status()).isEqualTo(200);
        for (String service : new String[]{"TELECOM", "DRAINAGE"}) {
            assertThat(track(read, service).path("status").asString()).isEqualTo("ACCEPTED");
            assertThat(track(read, service).path("warning").asString()).as(service).isEqualTo("OVERDUE");
            assertThat(track(read, service).path("remainingWorkingDays").asInt()).as(service).isNegative();
            assertThat(track(read, service).path("onTime").isNull()).isTrue();
        }
    }
}
