package cn.weihai.lianbao.integration.feed;

import java.time.Instant;

/**
 * A row of Axon's event table as the feeds need it. {@code payload} (JSON) is read only for the payload types a
 * feed asked for; otherwise null.
 */
public record StoredEvent(long globalIndex, String aggregateId, long sequence, String aggregateType,
                          String payloadType, Instant recordedAt, String payload) {

    /** The event's class name without its package and enclosing class: "TrackStepRecorded". */
    public String eventName() {
        int cut = Math.max(payloadType.lastIndexOf('.'), payloadType.lastIndexOf('$'));
        return payloadType.substring(cut + 1);
    }
}
