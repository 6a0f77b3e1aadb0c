package cn.weihai.lianbao.deadline;

import cn.weihai.lianbao.shared.PowerCategory;
import cn.weihai.lianbao.shared.UtilityService;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The limits table (办理时限, 附件3 §5) in working days; the defaults are the policy's. Configurable under
 * {@code lianbao.limits.*}. A case records the limits it was accepted under, so a change reaches new cases only.
 */
@ConfigurationProperties("lianbao.limits")
public class TimeLimitPolicy {
    private int waterDirect = 7;
    private int waterExternal = 25;
    private int drainage = 25;
    private int powerResidential = 3;
    private int powerLowVoltageThreeZero = 7;
    private int powerKv10Single = 11;
    private int powerKv10Dual = 18;
    private int powerKv35SinglePlanReply = 10;
    private int powerKv35SingleGrid = 22;
    private int powerKv35DualPlanReply = 20;
    private int powerKv35DualGrid = 32;
    private int gasDirect = 4;
    private int gasExternal = 10;
    private int heatingDirect = 4;
    private int heatingExternal = 25;
    private int telecom = 5;
    private int broadcast = 5;
    /** Not in the seed's table: the joint approval's own limit, set by the bureau. */
    private int externalWorksApproval = 5;
    /** DUE_SOON (临期) from this many working days before the due date. */
    private int dueSoonWorkingDays = 1;

    public TimeLimit limitFor(UtilityService service, boolean externalWorks, PowerCategory powerCategory) {
        return switch (service) {
            case WATER -> TimeLimit.of(externalWorks ? waterExternal : waterDirect);
            case DRAINAGE -> TimeLimit.of(drainage);
            case POWER -> power(powerCategory);
            case GAS -> TimeLimit.of(externalWorks ? gasExternal : gasDirect);
            case HEATING -> TimeLimit.of(externalWorks ? heatingExternal : heatingDirect);
            case TELECOM -> TimeLimit.of(telecom);
            case BROADCAST -> TimeLimit.of(broadcast);
        };
    }

    private TimeLimit power(PowerCategory category) {
        if (category == null) {
            throw new IllegalArgumentException("electricity needs a power category");
        }
        return switch (category) {
            case RESIDENTIAL -> TimeLimit.of(powerResidential);
            case LOW_VOLTAGE_THREE_ZERO -> TimeLimit.of(powerLowVoltageThreeZero);
            case KV10_SINGLE -> TimeLimit.of(powerKv10Single);
            case KV10_DUAL -> TimeLimit.of(powerKv10Dual);
            case KV35_SINGLE -> new TimeLimit(powerKv35SingleGrid, powerKv35SinglePlanReply);
            case KV35_DUAL -> new TimeLimit(powerKv35DualGrid, powerKv35DualPlanReply);
        };
    }

    public int getExternalWorksApproval() {
        return externalWorksApproval;
    }

    public int getDueSoonWorkingDays() {
        return dueSoonWorkingDays;
    }

    // setters for configuration binding
    public void setWaterDirect(int v) { waterDirect = v; }
    public void setWaterExternal(int v) { waterExternal = v; }
    public void setDrainage(int v) { drainage = v; }
    public void setPowerResidential(int v) { powerResidential = v; }
    public void setPowerLowVoltageThreeZero(int v) { powerLowVoltageThreeZero = v; }
    public void setPowerKv10Single(int v) { powerKv10Single = v; }
    public void setPowerKv10Dual(int v) { powerKv10Dual = v; }
    public void setPowerKv35SinglePlanReply(int v) { powerKv35SinglePlanReply = v; }
    public void setPowerKv35SingleGrid(int v) { powerKv35SingleGrid = v; }
    public void setPowerKv35DualPlanReply(int v) { powerKv35DualPlanReply = v; }
    public void setPowerKv35DualGrid(int v) { powerKv35DualGrid = v; }
    public void setGasDirect(int v) { gasDirect = v; }
    public void setGasExternal(int v) { gasExternal = v; }
    public void setHeatingDirect(int v) { heatingDirect = v; }
    public void setHeatingExternal(int v) { heatingExternal = v; }
    public void setTelecom(int v) { telecom = v; }
    public void setBroadcast(int v) { broadcast = v; }
    public void setExternalWorksApproval(int v) { externalWorksApproval = v; }
    public void setDueSoonWorkingDays(int v) { dueSoonWorkingDays = v; }
}
