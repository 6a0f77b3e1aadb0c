package cn.weihai.lianbao.casefile.api;

/** The forward stages of one utility's track, in order. */
public enum TrackStage {
    ACCEPTED, SURVEYED, PLAN_ISSUED, CONSTRUCTION_STARTED, CONSTRUCTION_FINISHED, ACCEPTANCE_PASSED, CONNECTED;

    public TrackStage next() {
        return this == CONNECTED ? null : values()[ordinal() + 1];
    }
}
