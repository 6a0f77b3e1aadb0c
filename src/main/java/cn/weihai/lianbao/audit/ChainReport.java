package cn.weihai.lianbao.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The result of verifying the hash chains: how much was checked, and for each aggregate whose chain is broken its
 * first broken event. Events older than the chain (no hash, before the aggregate's first chained event) are
 * counted as unchained, not broken.
 */
public record ChainReport(Instant startedAt, Duration duration, long aggregatesChecked, long eventsChecked,
                          long unchainedEvents, List<BrokenChain> broken) {

    public boolean intact() {
        return broken.isEmpty();
    }

    /**
     * The first broken event of one aggregate. For a missing row, {@code sequence} is the missing number and
     * {@code eventId} / {@code payloadType} are those of the next event still present (null when the missing
     * rows were the last ones).
     */
    public record BrokenChain(String aggregateId, String aggregateType, long sequence, String eventId,
                              String payloadType, Reason reason) {
    }

    public enum Reason {
        /** The stored row no longer matches its hash: payload (or another hashed column) edited. */
        PAYLOAD_CHANGED,
        /** A sequence number is missing: a row was deleted. */
        ROW_MISSING,
        /** The row is intact but does not point at the previous event's hash: rows removed or replaced. */
        LINK_BROKEN,
        /** The aggregate's chain head does not match its last event: the last rows were deleted, or the head edited. */
        HEAD_MISMATCH,
        /** An event after the aggregate's first chained one carries no hash. */
        HASH_MISSING
    }
}
