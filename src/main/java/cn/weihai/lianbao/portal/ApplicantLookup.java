package cn.weihai.lianbao.portal;

import cn.weihai.lianbao.casefile.api.Events.ApplicationAccepted;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;

/**
 * 进度查询: an applicant finds their case with its number and the builder's unified social credit code. A wrong
 * pair is refused the same way whether or not the case exists: both paths read the store once, compare in
 * constant time, count a failure and take at least {@link #MIN_ANSWER_NANOS}, so neither the answer nor its
 * timing tells whether a case number is in use.
 */
@Service
public class ApplicantLookup {
    public static final int MAX_INPUT = 64;
    static final long MIN_ANSWER_NANOS = 200_000_000L;
    /** Compared against when there is no such case, so that both paths do the same work. */
    private static final String NO_CASE = "\u0000".repeat(18);

    private final EventStore events;
    private final LookupThrottle throttle;

    ApplicantLookup(EventStore events, LookupThrottle throttle) {
        this.events = events;
        this.throttle = throttle;
    }

    public sealed interface Answer {
    }

    public record Granted(ApplicantAccess access) implements Answer {
    }

    public record Refused() implements Answer {
    }

    public record Locked(long minutes) implements Answer {
    }

    public Answer lookup(String caseNumber, String creditCode, String clientAddress) {
        long started = System.nanoTime();
        try {
            return answer(normalize(caseNumber), normalize(creditCode), clientAddress == null ? "" : clientAddress);
        } finally {
            padTo(started);
        }
    }

    private Answer answer(String caseNumber, String creditCode, String clientAddress) {
        if (throttle.isLocked(clientAddress, caseNumber)) {
            return new Locked(throttle.window().toMinutes());
        }
        Optional<ApplicationAccepted> accepted = accepted(caseNumber);
        String expected = accepted.map(a -> normalize(a.applicant().creditCode())).orElse(NO_CASE);
        boolean matches = MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                creditCode.getBytes(StandardCharsets.UTF_8));
        if (accepted.isEmpty() || !matches || creditCode.isEmpty()) {
            throttle.failed(clientAddress, caseNumber);
            return new Refused();
        }
        return new Granted(new ApplicantAccess(caseNumber, expected, accepted.get().applicant().name()));
    }

    /** The case's first event; an unknown number reads the same index and finds nothing. */
    private Optional<ApplicationAccepted> accepted(String caseNumber) {
        if (caseNumber.isEmpty()) {
            return Optional.empty();
        }
        var stream = events.readEvents(caseNumber, 0);
        return stream.hasNext() && stream.next().getPayload() instanceof ApplicationAccepted a
                ? Optional.of(a) : Optional.empty();
    }

    static String normalize(String input) {
        if (input == null) {
            return "";
        }
        String text = input.strip().toUpperCase(Locale.ROOT);
        return text.length() > MAX_INPUT ? text.substring(0, MAX_INPUT) : text;
    }

    private static void padTo(long started) {
        long left = MIN_ANSWER_NANOS - (System.nanoTime() - started);
        if (left > 0) {
            try {
                Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
