package cn.weihai.lianbao.platform.projection;

/**
 * One event processor as the projections page shows it. {@code position} is the least advanced claimed segment's
 * global index (null when nothing is claimed yet), {@code head} the event store's last global index (-1 when it is empty), and
 * {@code percentCaughtUp} position over head (100 when caught up; null when unknown or not streaming).
 */
public record ProjectionStatus(String name, Mode mode, boolean running, boolean resettable, int segmentsClaimed,
                               Long position, long head, Integer percentCaughtUp, State state, String error) {

    public enum Mode { POOLED, TRACKING, SUBSCRIBING, OTHER }

    public enum State { CAUGHT_UP, REPLAYING, CATCHING_UP, STOPPED, ERROR, LIVE }
}
