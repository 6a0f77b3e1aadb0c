package cn.weihai.lianbao.casefile.api;

/** What a utility records on its track (the {@code step} of the v1 API). */
public enum TrackStep {
    SURVEYED, PLAN_ISSUED, CONSTRUCTION_STARTED, CONSTRUCTION_FINISHED, ACCEPTANCE_PASSED, CONNECTED,
    PAUSED, RESUMED, SUPPLEMENT_REQUESTED, SUPPLEMENT_SUPPLIED, REJECTED;

    /** The stage a forward step reaches, or null for the other steps. */
    public TrackStage reachedStage() {
        return switch (this) {
            case SURVEYED -> TrackStage.SURVEYED;
            case PLAN_ISSUED -> TrackStage.PLAN_ISSUED;
            case CONSTRUCTION_STARTED -> TrackStage.CONSTRUCTION_STARTED;
            case CONSTRUCTION_FINISHED -> TrackStage.CONSTRUCTION_FINISHED;
            case ACCEPTANCE_PASSED -> TrackStage.ACCEPTANCE_PASSED;
            case CONNECTED -> TrackStage.CONNECTED;
            default -> null;
        };
    }

    /** Steps whose note is the reason and therefore required. */
    public boolean requiresNote() {
        return this == PAUSED || this == REJECTED || this == SUPPLEMENT_REQUESTED;
    }
}
