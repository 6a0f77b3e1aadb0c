package cn.weihai.lianbao.audit;

import cn.weihai.lianbao.audit.ChainHeads.Head;
import cn.weihai.lianbao.audit.ChainReport.BrokenChain;
import cn.weihai.lianbao.audit.ChainReport.Reason;

/** Walks one aggregate's stored events in sequence order and stops at the first broken one. */
final class ChainWalk {
    /** One stored row with the hashes its metadata carries (null when it has none). */
    record Row(EventChain.Link link, String hash) {
    }

    private final EventChain chain;
    private final String aggregateId;
    private final Head head;
    private String aggregateType;
    private long nextSequence;
    private String lastHash; // null while still in the unchained prefix
    private long events;
    private long unchained;
    private BrokenChain broken;

    ChainWalk(EventChain chain, String aggregateId, Head head) {
        this.chain = chain;
        this.aggregateId = aggregateId;
        this.head = head;
    }

    void accept(Row row) {
        if (broken != null) {
            return;
        }
        EventChain.Link link = row.link();
        aggregateType = link.aggregateType();
        events++;
        if (link.sequence() != nextSequence) {
            broke(nextSequence, link, Reason.ROW_MISSING);
            return;
        }
        nextSequence++;
        if (row.hash() == null) {
            if (lastHash == null) {
                unchained++;
            } else {
                broke(link.sequence(), link, Reason.HASH_MISSING);
            }
            return;
        }
        if (!EventChain.same(chain.hash(link), row.hash())) {
            broke(link.sequence(), link, Reason.PAYLOAD_CHANGED);
            return;
        }
        String expectedPrev = lastHash == null ? EventChain.GENESIS : lastHash;
        if (!expectedPrev.equals(link.prevHash())) {
            broke(link.sequence(), link, Reason.LINK_BROKEN);
            return;
        }
        lastHash = row.hash();
    }

    /** After the last row: the head must point at exactly the last chained event. */
    BrokenChain finish() {
        if (broken != null) {
            return broken;
        }
        long lastSequence = nextSequence - 1;
        if (head == null) {
            return lastHash == null ? null : headMismatch(lastSequence);
        }
        if (head.lastSequence() > lastSequence) {
            return headMismatch(lastSequence + 1);
        }
        if (head.lastSequence() < lastSequence || !EventChain.same(head.lastHash(), lastHash)) {
            return headMismatch(lastSequence);
        }
        return null;
    }

    private BrokenChain headMismatch(long sequence) {
        return new BrokenChain(aggregateId, aggregateType, sequence, null, null, Reason.HEAD_MISMATCH);
    }

    private void broke(long sequence, EventChain.Link at, Reason reason) {
        broken = new BrokenChain(aggregateId, aggregateType, sequence, at.eventId(), at.payloadType(), reason);
    }

    long events() {
        return events;
    }

    long unchained() {
        return unchained;
    }
}
