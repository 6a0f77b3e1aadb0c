package cn.weihai.lianbao.integration.feed;

import cn.weihai.lianbao.integration.webhook.WebhookTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FeedsApiTest extends WebhookTestSupport {
    private static final Duration WAIT = Duration.ofSeconds(40);

    @Test
    void pagingTheChangesFeedAnswersEveryEventOfTheCallersCasesOnceInOrder() throws Exception {
        String start = new FeedCursor(head()).encode();
        String water1 = newCase("[{\"type\": \"WATER\"}]");
        String water2 = newCase("[{\"type\": \"WATER\"}, {\"type\": \"TELECOM\"}]");
        String powerOnly = newCase("[{\"type\": \"POWER\", \"powerCategory\": \"RESIDENTIAL\"}]");
        Answer step = post("water", "/api/v1/applications/" + water1 + "/tracks/WATER/steps",
                "{\"step\": \"SURVEYED\", \"note\": \"现场踏勘完成\"}");
        assertThat(step.status()).as(step.body()).isEqualTo(200);
        int expected = eventsOf(water1) + eventsOf(water2);

        List<Long> seen = new ArrayList<>();
        Set<String> cases = new LinkedHashSet<>();
        String cursor = start;
        Instant deadline = Instant.now().plus(WAIT);
        while (seen.size() < expected) {
            assertThat(Instant.now()).as("all %d events within %s, got %s", expected, WAIT, seen).isBefore(deadline);
            Answer page = get("water", "/api/v1/feeds/changes?limit=2&after=" + cursor);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            assertThat(page.json().path("items").size()).isLessThanOrEqualTo(2);
            for (JsonNode item : page.json().path("items")) {
                String caseNumber = item.path("caseNumber").asString();
                if (caseNumber.equals(water1) || caseNumber.equals(water2) || caseNumber.equals(powerOnly)) {
                    seen.add(item.path("globalIndex").asLong());
                    cases.add(caseNumber);
                }
                assertThat(item.path("cursor").asString()).isNotBlank();
            }
            String next = page.json().path("nextCursor").asString();
            if (next.equals(cursor) && page.json().path("items").isEmpty()) {
                Thread.sleep(200); // the end, or a gap not yet settled: poll again
            }
            cursor = next;
        }
        assertThat(seen).doesNotHaveDuplicates().isSorted().hasSize(expected);
        assertThat(cases).containsExactlyInAnyOrder(water1, water2);

        // the supervisor sees the power-only case too; resuming from the last cursor gives nothing twice
        Answer all = eventually(() -> get("supervisor", "/api/v1/feeds/changes?limit=500&after=" + start),
                a -> a.body().contains(powerOnly), WAIT);
        assertThat(all.json().path("items").findValuesAsString("eventType")).contains("ApplicationAccepted",
                "TrackStepRecorded");
        Answer again = get("water", "/api/v1/feeds/changes?limit=500&after=" + cursor);
        assertThat(again.body()).doesNotContain(water1).doesNotContain(water2);
    }

    @Test
    void theDemandsFeedGivesAUtilityTheNewApplicationsNamingItsService() throws Exception {
        String start = new FeedCursor(head()).encode();
        String gas = newCase("[{\"type\": \"GAS\", \"externalWorks\": true}]");
        String heatingOnly = newCase("[{\"type\": \"HEATING\"}]");

        Answer page = eventually(() -> get("gas", "/api/v1/feeds/demands?after=" + start),
                a -> a.body().contains(gas), WAIT);
        JsonNode demand = page.json().path("items").path(0);
        assertThat(page.json().path("items").size()).isEqualTo(1);
        assertThat(demand.path("kind").asString()).isEqualTo("APPLICATION");
        assertThat(demand.path("caseNumber").asString()).isEqualTo(gas);
        assertThat(demand.path("service").asString()).isEqualTo("GAS");
        assertThat(demand.path("externalWorks").asBoolean()).isTrue();
        assertThat(demand.path("acceptedOn").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(page.body()).doesNotContain(heatingOnly);

        Answer next = get("gas", "/api/v1/feeds/demands?after=" + page.json().path("nextCursor").asString());
        assertThat(next.body()).doesNotContain(gas);
    }

    @Test
    void badCursorsAndLimitsAre400AndOthersMayNotReadTheFeeds() {
        Answer bad = get("water", "/api/v1/feeds/changes?after=12345&limit=0");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("errors").findValuesAsString("field")).containsExactly("after", "limit");
        assertThat(get("water", "/api/v1/feeds/demands?limit=abc").status()).isEqualTo(400);
        assertThat(get("hotline", "/api/v1/feeds/changes").status()).isEqualTo(403);
        assertThat(get("supervisor", "/api/v1/feeds/demands").status()).isEqualTo(403);
        assertThat(FeedCursor.decode("after", new FeedCursor(42).encode())).isEqualTo(new FeedCursor(42));
    }

    private long head() {
        return jdbc.queryForObject("SELECT coalesce(max(globalIndex), 0) FROM DomainEventEntry", Long.class);
    }

    private int eventsOf(String caseNumber) {
        return jdbc.queryForObject("SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                Integer.class, caseNumber);
    }
}
