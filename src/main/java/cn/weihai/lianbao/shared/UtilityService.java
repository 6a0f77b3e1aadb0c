package cn.weihai.lianbao.shared;

/** The utility services of the combined application (事项清单 2–8). */
public enum UtilityService {
    WATER(true), DRAINAGE(false), POWER(true), GAS(true), HEATING(true), TELECOM(false), BROADCAST(false);

    private final boolean externalWorksPossible;

    UtilityService(boolean externalWorksPossible) {
        this.externalWorksPossible = externalWorksPossible;
    }

    /** Whether the policy lets this service be selected "with external works" (WATER, GAS, HEATING, POWER). */
    public boolean externalWorksPossible() {
        return externalWorksPossible;
    }
}
