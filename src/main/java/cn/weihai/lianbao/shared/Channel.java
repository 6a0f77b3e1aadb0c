package cn.weihai.lianbao.shared;

/**
 * Through which channel something reached the case. The first six are the intake channels of the
 * policy (办理渠道); the others say how a later step was recorded.
 */
public enum Channel {
    GOV_SERVICE_CENTER(true),
    SHARED_HALL(true),
    UTILITY_COUNTER(true),
    PROJECT_APPROVAL_SYSTEM(true),
    SHANDONG_GOV_PORTAL(true),
    AISHANDONG_APP(true),
    /** Staff recording in the lianbao workspace. */
    STAFF_WORKSPACE(false),
    /** A business system calling the REST API. */
    API(false),
    /** The applicant's own self-service pages. */
    ONLINE(false),
    /** The system itself (deadlines, alerts). */
    SYSTEM(false),
    /** A 12345 hotline agent in the lianbao workspace. */
    HOTLINE(false);

    private final boolean intake;

    Channel(boolean intake) {
        this.intake = intake;
    }

    public boolean isIntakeChannel() {
        return intake;
    }
}
