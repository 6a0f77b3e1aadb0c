package cn.weihai.lianbao.load;

import cn.weihai.lianbao.LianbaoApplication;
import cn.weihai.lianbao.audit.EventChain;
import cn.weihai.lianbao.calendar.CalendarService;
import cn.weihai.lianbao.casefile.ClockCheckDue;
import cn.weihai.lianbao.casefile.CombinedApplication;
import cn.weihai.lianbao.casefile.api.CaseEvent;
import cn.weihai.lianbao.deadline.TimeLimitPolicy;
import cn.weihai.lianbao.hotline.complaint.Complaint;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Writes {@link CasePlanner} cases straight into the event store, for building a million cases in minutes: the
 * events {@link CaseEventBuilder} derives (those the aggregates would apply), serialized by Axon's event serializer,
 * hash-chained with {@link EventChain} exactly as {@code ChainingEventStorageEngine} does (metadata
 * {@code prevHash}/{@code hash}, one {@code event_chain_head} row per aggregate), written with binary COPY in
 * one transaction per batch; the global index comes from the table's own sequence. Case numbers are reserved
 * from {@code case_number_counter} per year, so intake afterwards continues after them. Every case that keeps a
 * running clock gets its clock-check deadline planned for now through the deadline manager (as a back-dated intake
 * through the command path does): the aggregate then raises the 临期/超期 alerts and plans the next check itself.
 * The running event processors pick the new events up like any others (projection catch-up).
 */
@Component
public class BulkLoader {
    private static final Logger log = LoggerFactory.getLogger(BulkLoader.class);
    static final int BATCH = 1_000;
    private static final String CASE_TYPE = CombinedApplication.class.getSimpleName();
    private static final String COMPLAINT_TYPE = Complaint.class.getSimpleName();
    private static final String RESERVE = """
            INSERT INTO case_number_counter (year, last_value) VALUES (?, ?)
            ON CONFLICT (year) DO UPDATE SET last_value = case_number_counter.last_value + EXCLUDED.last_value
            RETURNING last_value""";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final ObjectProvider<org.axonframework.config.Configuration> axon;
    private final EventChain chain;
    private final ObjectProvider<DeadlineManager> deadlines;
    private final CalendarService calendar;
    private final TimeLimitPolicy limits;
    private final Clock clock;
    private final TransactionTemplate transaction;

    BulkLoader(DataSource dataSource, JdbcTemplate jdbc, ObjectProvider<org.axonframework.config.Configuration> axon,
               EventChain chain, ObjectProvider<DeadlineManager> deadlines, CalendarService calendar,
               TimeLimitPolicy limits, Clock clock, PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.axon = axon;
        this.chain = chain;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.limits = limits;
        this.clock = clock;
    }

    public record Result(int cases, long events, long aggregates, int clockChecks, double seconds,
                         List<String> caseNumbers) {
        public double eventsPerSecond() {
            return events / Math.max(seconds, 1e-9);
        }
    }

    public CasePlanner planner() {
        return new CasePlanner(calendar.current(), limits, LocalDate.now(clock));
    }

    /**
     * Loads cases {@code firstIndex .. firstIndex+count-1} of {@code seed}. {@code keepNumbers}: return the case
     * numbers (for tests; false for millions).
     */
    public Result load(long seed, long firstIndex, int count, boolean keepNumbers) {
        long started = System.nanoTime();
        CasePlanner planner = planner();
        CaseEventBuilder builder = new CaseEventBuilder(limits, calendar.current(), planner.today());
        Serializer serializer = axon.getObject().eventSerializer();
        List<String> numbers = new ArrayList<>();
        long events = 0;
        long aggregates = 0;
        int checks = 0;
        int loaded = 0;
        long waitNanos = 0;
        long writeNanos = 0;
        ExecutorService prepare = Executors.newSingleThreadExecutor(r -> new Thread(r, "bulk-load-prepare"));
        try {
            CompletableFuture<Batch> next = null;
            for (int done = 0; done < count || next != null; ) {
                CompletableFuture<Batch> current = next;
                if (done < count) {
                    int size = Math.min(BATCH, count - done);
                    long from = firstIndex + done;
                    List<String> reserved = reserve(planner, seed, from, size);
                    next = CompletableFuture.supplyAsync(
                            () -> prepare(planner, builder, serializer, seed, from, reserved), prepare);
                    done += size;
                } else {
                    next = null;
                }
                if (current != null) {
                    long waited = System.nanoTime();
                    Batch batch = current.join();
                    long writing = System.nanoTime();
                    waitNanos += writing - waited;
                    write(batch);
                    writeNanos += System.nanoTime() - writing;
                    checks += planChecks(batch.clockChecks(), planner.today());
                    events += batch.events();
                    aggregates += batch.aggregates();
                    if (keepNumbers) {
                        numbers.addAll(batch.caseNumbers());
                    }
                    loaded += batch.caseNumbers().size();
                    if (loaded % (10 * BATCH) == 0) {
                        log.info("bulk load: {} of {} cases, {} events", loaded, count, events);
                    }
                }
            }
        } finally {
            prepare.shutdownNow();
        }
        jdbc.execute("ANALYZE DomainEventEntry");
        double seconds = (System.nanoTime() - started) / 1e9;
        log.info("bulk load of {} cases: {} events in {} s ({} events/s), {} clock checks planned; COPY {} s, "
                        + "waiting for the preparing thread (plans, serialization, hashes) {} s", count, events,
                Math.round(seconds), Math.round(events / Math.max(seconds, 1e-9)), checks, writeNanos / 1_000_000_000,
                waitNanos / 1_000_000_000);
        return new Result(count, events, aggregates, checks, seconds, numbers);
    }

    /** Case numbers for the batch, reserved per year in their own transactions (as the allocator does). */
    private List<String> reserve(CasePlanner planner, long seed, long from, int size) {
        LocalDate[] days = new LocalDate[size];
        Map<Integer, Integer> perYear = new TreeMap<>();
        for (int i = 0; i < size; i++) {
            days[i] = planner.acceptedOn(seed, from + i);
            perYear.merge(days[i].getYear(), 1, Integer::sum);
        }
        Map<Integer, long[]> next = new HashMap<>();
        perYear.forEach((year, n) -> {
            Long last = jdbc.queryForObject(RESERVE, Long.class, year, n);
            next.put(year, new long[]{last - n + 1});
        });
        List<String> numbers = new ArrayList<>(size);
        for (LocalDate day : days) {
            numbers.add("LB-%d-%06d".formatted(day.getYear(), next.get(day.getYear())[0]++));
        }
        return numbers;
    }

    private record Batch(byte[] eventRows, byte[] headRows, long events, long aggregates, List<String> clockChecks,
                         List<String> caseNumbers) {
    }

    private Batch prepare(CasePlanner planner, CaseEventBuilder builder, Serializer serializer, long seed, long from,
                          List<String> numbers) {
        ZoneId zone = LianbaoApplication.ZONE;
        Instant now = clock.instant();
        BinaryCopy rows = new BinaryCopy();
        BinaryCopy heads = new BinaryCopy();
        List<String> checks = new ArrayList<>();
        long aggregates = 0;
        for (int i = 0; i < numbers.size(); i++) {
            CasePlan plan = planner.plan(seed, from + i, numbers.get(i));
            Random ids = new Random(plan.caseNumber().hashCode() * 31L + seed);
            append(rows, heads, serializer, plan.caseNumber(), CASE_TYPE, builder.caseEvents(plan), ids, zone, now);
            aggregates++;
            if (!plan.complaintCommands().isEmpty()) {
                List<Object> complaint = builder.complaintEvents(plan);
                String ticket = ((cn.weihai.lianbao.hotline.complaint.api.ComplaintEvents.ComplaintRegistered)
                        complaint.getFirst()).ticketNumber();
                append(rows, heads, serializer, ticket, COMPLAINT_TYPE, complaint, ids, zone, now);
                aggregates++;
            }
            if (plan.clockCheckDue()) {
                checks.add(plan.caseNumber());
            }
        }
        return new Batch(rows.finish(), heads.finish(), rows.rows(), aggregates, checks, numbers);
    }

    /** One aggregate's events as the chaining engine and the JDBC engine would have stored them. */
    private void append(BinaryCopy rows, BinaryCopy heads, Serializer serializer, String aggregateId, String type,
                        List<Object> events, Random ids, ZoneId zone, Instant now) {
        String prevHash = EventChain.GENESIS;
        for (int seq = 0; seq < events.size(); seq++) {
            Object event = events.get(seq);
            String eventId = uuid(ids).toString();
            String timestamp = DateTimeUtils.formatInstant(timestampOf(event, seq, zone, now));
            SerializedObject<byte[]> payload = serializer.serialize(event, byte[].class);
            String payloadType = payload.getType().getName();
            String revision = payload.getType().getRevision();
            String hash = chain.hash(new EventChain.Link(aggregateId, seq, eventId, type, payloadType, revision,
                    payload.getData(), timestamp, prevHash));
            String trace = uuid(ids).toString();
            byte[] metaData = serializer.serialize(MetaData.from(Map.of("traceId", trace, "correlationId", trace,
                    EventChain.PREV_HASH, prevHash, EventChain.HASH, hash)), byte[].class).getData();
            rows.row(9).text(eventId).text(aggregateId).int8(seq).text(type).text(timestamp).text(payloadType)
                    .text(revision).bytes(payload.getData()).bytes(metaData);
            prevHash = hash;
        }
        heads.row(3).text(aggregateId).int8(events.size() - 1L).text(prevHash);
    }

    /** Stored during the business day it records (steps of one day minutes apart); today's facts as of now. */
    private static Instant timestampOf(Object event, int seq, ZoneId zone, Instant now) {
        LocalDate on = event instanceof CaseEvent c ? c.occurredOn() : null;
        Instant at = on == null ? now : on.atTime(9, 0).atZone(zone).toInstant().plusSeconds(seq * 420L);
        return at.isAfter(now) ? now : at;
    }

    private static UUID uuid(Random random) {
        long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    private void write(Batch batch) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                var copy = connection.unwrap(PGConnection.class).getCopyAPI();
                copy.copyIn("COPY DomainEventEntry (eventIdentifier, aggregateIdentifier, sequenceNumber, type, "
                        + "timeStamp, payloadType, payloadRevision, payload, metaData) FROM STDIN (FORMAT binary)",
                        new ByteArrayInputStream(batch.eventRows()));
                copy.copyIn("COPY event_chain_head (aggregate_id, last_sequence, last_hash) FROM STDIN "
                        + "(FORMAT binary)", new ByteArrayInputStream(batch.headRows()));
                connection.commit();
            } catch (Exception e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("bulk load batch failed", e);
        }
    }

    /** The clock check each running case keeps, due now: the aggregate raises its alerts and plans the next. */
    private int planChecks(List<String> caseNumbers, LocalDate today) {
        DeadlineManager manager = deadlines.getObject();
        Instant now = clock.instant();
        // one transaction for the batch's deadlines (the scheduler's data source joins it), not one per case
        transaction.executeWithoutResult(status -> {
            for (String caseNumber : caseNumbers) {
                manager.schedule(now, CombinedApplication.CLOCK_CHECK, new ClockCheckDue(caseNumber, today),
                        new AggregateScopeDescriptor(CASE_TYPE, caseNumber));
            }
        });
        return caseNumbers.size();
    }

}
