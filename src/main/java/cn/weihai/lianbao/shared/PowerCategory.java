package cn.weihai.lianbao.shared;

/** Electricity customer categories with their grid-stage limits (办理时限, 供电). */
public enum PowerCategory {
    RESIDENTIAL, LOW_VOLTAGE_THREE_ZERO, KV10_SINGLE, KV10_DUAL, KV35_SINGLE, KV35_DUAL;

    /** 35 kV and above run two clocks: the supply-plan reply and the grid stage. */
    public boolean hasPlanReplyClock() {
        return this == KV35_SINGLE || this == KV35_DUAL;
    }
}
