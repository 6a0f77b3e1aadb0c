package cn.weihai.lianbao.integration.v1;

import cn.weihai.lianbao.LianbaoApplication;
import cn.weihai.lianbao.audit.ChainReport;
import cn.weihai.lianbao.audit.ChainVerifier;
import cn.weihai.lianbao.casefile.TestCases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9.1: the seven utilities record steps on the same case at the same moment, round after round, and WATER
 * sends each of its steps twice at once (a double click, or two systems of one utility). Nothing may be lost or
 * duplicated: each request is applied (200) or refused with a clear conflict (409 JSON), the case's sequence
 * numbers stay gapless, and the hash chain and the read models agree with the events.
 */
class ConcurrentStepsApiTest extends ApiTestSupport {
    private static final int ROUNDS = Integer.getInteger("concurrency.rounds", 10);
    private static final String ALL_SEVEN = """
            [{"type": "WATER"}, {"type": "DRAINAGE"}, {"type": "POWER", "powerCategory": "RESIDENTIAL"},
             {"type": "GAS"}, {"type": "HEATING"}, {"type": "TELECOM"}, {"type": "BROADCAST"}]""";
    private static final List<String> SERVICES =
            List.of("WATER", "DRAINAGE", "POWER", "GAS", "HEATING", "TELECOM", "BROADCAST");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ChainVerifier chains;

    private enum Step { PAUSED, RESUMED }

    private record Outcome(String service, Step step, Response response) {
    }

    @Test
    void sevenUtilitiesWritingTheSameCaseAtOnceLoseNothingAndDuplicateNothing() throws Exception {
        // accepted today: no due-soon or overdue alert joins the case's events while the test counts them
        String caseNumber = newCase(LocalDate.now(LianbaoApplication.ZONE), ALL_SEVEN);
        Map<String, Step> next = new HashMap<>();
        SERVICES.forEach(s -> next.put(s, Step.PAUSED));
        Map<String, List<Step>> applied = new HashMap<>();
        SERVICES.forEach(s -> applied.put(s, new ArrayList<>()));
        int doubleSubmitConflicts = 0;

        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(SERVICES.size() + 1);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                CyclicBarrier together = new CyclicBarrier(SERVICES.size() + 1);
                List<Future<Outcome>> sent = new ArrayList<>();
                for (String service : SERVICES) {
                    sent.add(pool.submit(() -> send(together, caseNumber, service, next.get(service))));
                }
                sent.add(pool.submit(() -> send(together, caseNumber, "WATER", next.get("WATER"))));

                int waterApplied = 0;
                for (Future<Outcome> f : sent) {
                    Outcome o = f.get(30, TimeUnit.SECONDS);
                    Response r = o.response();
                    assertThat(r.status()).as("%s %s: %s", o.service(), o.step(), r.body()).isIn(200, 409);
                    if (r.status() == 200) {
                        applied.get(o.service()).add(o.step());
                        waterApplied += o.service().equals("WATER") ? 1 : 0;
                    } else {
                        assertThat(r.json().path("errors").path(0).path("message").asString())
                                .as("a 409 says what conflicted").isNotBlank();
                        doubleSubmitConflicts += o.service().equals("WATER") ? 1 : 0;
                    }
                }
                assertThat(waterApplied).as("round %d: one of the two identical WATER steps applies", round)
                        .isEqualTo(1);
                for (String service : SERVICES) {
                    List<Step> done = applied.get(service);
                    next.put(service, !done.isEmpty() && done.getLast() == Step.PAUSED ? Step.RESUMED : Step.PAUSED);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        long written = System.nanoTime();
        assertThat(doubleSubmitConflicts).isEqualTo(ROUNDS);

        List<Map<String, Object>> events = jdbc.queryForList("""
                select sequenceNumber as seq, payloadType as type, convert_from(payload, 'UTF8') as payload
                from DomainEventEntry where aggregateIdentifier = ? order by sequenceNumber""", caseNumber);
        assertThat(events).extracting(e -> ((Number) e.get("seq")).longValue())
                .as("gapless sequence numbers 0..n-1")
                .containsExactlyElementsOf(LongStream.range(0, events.size()).boxed().toList());
        int appliedCount = applied.values().stream().mapToInt(List::size).sum();
        assertThat(events).as("the acceptance plus exactly one event per 200").hasSize(1 + appliedCount);
        for (String service : SERVICES) {
            List<Step> stored = events.stream()
                    .filter(e -> ((String) e.get("type")).matches(".*\\$Track(Paused|Resumed)"))
                    .filter(e -> ((String) e.get("payload")).contains("\"service\":\"" + service + "\""))
                    .map(e -> ((String) e.get("type")).endsWith("TrackPaused") ? Step.PAUSED : Step.RESUMED)
                    .toList();
            assertThat(stored).as(service + ": the events are exactly the answered 200s, in order")
                    .containsExactlyElementsOf(applied.get(service));
            assertThat(applied.get(service)).as(service + " was never refused").hasSize(ROUNDS);
        }

        ChainReport report = chains.verifyOne(caseNumber);
        assertThat(report.intact()).as("%s", report.broken()).isTrue();
        assertThat(report.eventsChecked()).isEqualTo(events.size());
        assertThat(jdbc.queryForObject("select last_sequence from event_chain_head where aggregate_id = ?",
                Long.class, caseNumber)).isEqualTo(events.size() - 1L);

        Map<String, String> expected = new HashMap<>();
        SERVICES.forEach(s -> expected.put(s, applied.get(s).getLast() == Step.PAUSED ? "PAUSED" : "ACCEPTED"));
        TestCases.await("the supervision and work-queue projections show every track's last step", () ->
                expected.equals(statuses("supervision_track", caseNumber))
                        && expected.equals(statuses("work_queue", caseNumber)));
        System.out.printf("Concurrent steps: %d requests in %d rounds, %d ms; projections caught up %d ms later%n",
                ROUNDS * (SERVICES.size() + 1), ROUNDS, (written - started) / 1_000_000,
                (System.nanoTime() - written) / 1_000_000);
        Response read = get("supervisor", "/api/v1/applications/" + caseNumber);
        SERVICES.forEach(s -> assertThat(track(read, s).path("status").asString()).as(s).isEqualTo(expected.get(s)));
    }

    private Outcome send(CyclicBarrier together, String caseNumber, String service, Step step) throws Exception {
        together.await(30, TimeUnit.SECONDS);
        String note = step == Step.PAUSED ? "等待申请人补充资料" : null;
        return new Outcome(service, step, step(service.toLowerCase(), caseNumber, service, step.name(), null, note));
    }

    private Map<String, String> statuses(String table, String caseNumber) {
        Map<String, String> statuses = new HashMap<>();
        jdbc.query("select service, status from " + table + " where case_number = ?",
                rs -> {
                    statuses.put(rs.getString(1), rs.getString(2));
                }, caseNumber);
        return statuses;
    }
}
