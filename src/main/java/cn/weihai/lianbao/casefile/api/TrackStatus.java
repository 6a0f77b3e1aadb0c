package cn.weihai.lianbao.casefile.api;

/** A track's status as shown: its stage, or why it is waiting or finished. */
public enum TrackStatus {
    ACCEPTED, SURVEYED, PLAN_ISSUED, CONSTRUCTION_STARTED, CONSTRUCTION_FINISHED, ACCEPTANCE_PASSED, CONNECTED,
    PAUSED, SUPPLEMENT_REQUESTED, REJECTED, WITHDRAWN;

    public boolean isFinished() {
        return this == CONNECTED || this == REJECTED || this == WITHDRAWN;
    }
}
