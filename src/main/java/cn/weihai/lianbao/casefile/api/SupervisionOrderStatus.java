package cn.weihai.lianbao.casefile.api;

/** Where a supervision order (督办) stands: waiting for an answer, answered, sent back for a new answer, closed. */
public enum SupervisionOrderStatus {
    OPEN, ANSWERED, SENT_BACK, CLOSED;

    /** Whether the addressed party owes an answer. */
    public boolean awaitsAnswer() {
        return this == OPEN || this == SENT_BACK;
    }
}
