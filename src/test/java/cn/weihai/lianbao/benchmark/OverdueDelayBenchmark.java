package cn.weihai.lianbao.benchmark;

import cn.weihai.lianbao.calendar.CalendarService;
import cn.weihai.lianbao.casefile.api.Applicant;
import cn.weihai.lianbao.casefile.api.Commands.AcceptApplication;
import cn.weihai.lianbao.casefile.api.Events.TrackDueSoon;
import cn.weihai.lianbao.casefile.api.Events.TrackOverdue;
import cn.weihai.lianbao.casefile.api.Project;
import cn.weihai.lianbao.casefile.api.ServiceSelection;
import cn.weihai.lianbao.deadline.TimeLimitPolicy;
import cn.weihai.lianbao.identity.DemoAccounts;
import cn.weihai.lianbao.platform.CaseNumberAllocator;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.ConstructionType;
import cn.weihai.lianbao.shared.CreditCode;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.UtilityService;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.PrintStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * (e) The delay between a limit passing and its TrackOverdue event being stored, through the real path: the
 * case's clock-check deadline stored in db-scheduler's table, picked up by its polling, handled by the aggregate.
 * A limit passes at the start of a day; so as not to wait for midnight, each case is accepted so that its track is
 * due soon (its next check is planned for the day after the due date), and that planned check is then moved to a
 * few seconds from now in {@code scheduled_tasks}: that moment is "the limit passing". The handler reads the
 * clocks on the planned day, so the TrackOverdue it records carries that (possibly future) business date.
 * {@code -Dbenchmark.overdue.cases} (default 5) cases, planned at spread offsets so polling phases are sampled.
 */
public class OverdueDelayBenchmark {
    private final CommandGateway commands;
    private final CaseNumberAllocator caseNumbers;
    private final EventStore eventStore;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final CalendarService calendar;
    private final TimeLimitPolicy limits;
    private final Duration pollingInterval;
    private final int cases = Integer.getInteger("benchmark.overdue.cases", 5);

    public OverdueDelayBenchmark(ApplicationContext context) {
        this.commands = context.getBean(CommandGateway.class);
        this.caseNumbers = context.getBean(CaseNumberAllocator.class);
        this.eventStore = context.getBean(EventStore.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.clock = context.getBean(Clock.class);
        this.calendar = context.getBean(CalendarService.class);
        this.limits = context.getBean(TimeLimitPolicy.class);
        this.pollingInterval = context.getEnvironment().getProperty("lianbao.deadlines.polling-interval",
                Duration.class, Duration.ofSeconds(10));
    }

    public void run(PrintStream out) {
        out.printf("== (e) overdue delay: limit passing -> TrackOverdue stored (polling interval %s s, %d cases) ==%n",
                pollingInterval.toMillis() / 1000.0, cases);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            numbers.add(acceptDueSoon(i));
        }
        Instant base = Instant.now().plusSeconds(2);
        List<Instant> passes = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            Instant at = base.plusMillis(pollingInterval.toMillis() * i / Math.max(1, numbers.size()));
            passes.add(movePlannedCheck(numbers.get(i), at));
        }
        Instant deadline = Instant.now().plus(pollingInterval.multipliedBy(3)).plusSeconds(60);
        double[] seen = new double[numbers.size()];
        double[] stamped = new double[numbers.size()];
        boolean[] done = new boolean[numbers.size()];
        int remaining = numbers.size();
        while (remaining > 0 && Instant.now().isBefore(deadline)) {
            for (int i = 0; i < numbers.size(); i++) {
                if (done[i]) {
                    continue;
                }
                Optional<Instant> overdue = overdueAt(numbers.get(i));
                if (overdue.isPresent()) {
                    Instant now = Instant.now();
                    seen[i] = Duration.between(passes.get(i), now).toMillis() / 1000.0;
                    stamped[i] = Duration.between(passes.get(i), overdue.get()).toMillis() / 1000.0;
                    done[i] = true;
                    remaining--;
                }
            }
            sleep(50);
        }
        out.printf("%-16s %18s %24s%n", "case", "event time - limit", "seen stored - limit");
        for (int i = 0; i < numbers.size(); i++) {
            out.printf("%-16s %18s %24s%n", numbers.get(i), done[i] ? "%.2f s".formatted(stamped[i]) : "none",
                    done[i] ? "%.2f s".formatted(seen[i]) : "none");
        }
        double max = 0;
        double sum = 0;
        for (int i = 0; i < numbers.size(); i++) {
            max = Math.max(max, seen[i]);
            sum += seen[i];
        }
        out.printf("overdue delay: mean %.2f s, max %.2f s (%d of %d raised)%n", sum / numbers.size(), max,
                numbers.size() - remaining, numbers.size());
    }

    /** A telecom track due today or on the next working day, so its due-soon alert is raised at once. */
    private String acceptDueSoon(int i) {
        LocalDate today = LocalDate.now(clock);
        int limit = limits.limitFor(UtilityService.TELECOM, false, null).workingDays();
        LocalDate acceptedOn = today;
        // the earliest acceptance whose due date is still today or later: the smallest time left
        while (!calendar.current().workingDaysAfter(acceptedOn.minusDays(1), limit).isBefore(today)) {
            acceptedOn = acceptedOn.minusDays(1);
        }
        String number = caseNumbers.allocate(acceptedOn);
        commands.sendAndWait(new AcceptApplication(number, acceptedOn, Channel.SHARED_HALL,
                new Applicant("威海超期延迟测试有限公司", CreditCode.complete("91371000MA3DELAY" + (i % 10)), "赵六",
                        "1390632%04d".formatted(i)),
                new Project("超期延迟测试项目" + i, "DELAY-" + number, "文登区测试路" + i + "号", District.WENDENG,
                        ConstructionType.NEW),
                List.of(ServiceSelection.of(UtilityService.TELECOM)), DemoAccounts.clerk()));
        Instant until = Instant.now().plus(pollingInterval).plusSeconds(30);
        while (events(number, TrackDueSoon.class).isEmpty()) {
            if (Instant.now().isAfter(until)) {
                throw new IllegalStateException(number + ": no due-soon alert, cannot plan an overdue check");
            }
            sleep(50);
        }
        return number;
    }

    /** Moves the case's one planned clock check to {@code at}; returns the stored moment. */
    private Instant movePlannedCheck(String caseNumber, Instant at) {
        Instant until = Instant.now().plusSeconds(10);
        while (true) {
            List<Timestamp> moved = jdbc.queryForList("""
                    UPDATE scheduled_tasks SET execution_time = ?
                     WHERE NOT picked AND position(convert_to(?, 'UTF8') IN task_data) > 0
                    RETURNING execution_time""", Timestamp.class, Timestamp.from(at), caseNumber);
            if (moved.size() == 1) {
                return moved.getFirst().toInstant();
            }
            if (moved.size() > 1 || Instant.now().isAfter(until)) {
                throw new IllegalStateException(caseNumber + ": expected one planned check, found " + moved.size());
            }
            sleep(50);
        }
    }

    private Optional<Instant> overdueAt(String caseNumber) {
        return eventStore.readEvents(caseNumber, 0).asStream().filter(m -> m.getPayload() instanceof TrackOverdue)
                .map(DomainEventMessage::getTimestamp).findFirst();
    }

    private List<?> events(String caseNumber, Class<?> type) {
        return eventStore.readEvents(caseNumber, 0).asStream().map(DomainEventMessage::getPayload)
                .filter(type::isInstance).toList();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
