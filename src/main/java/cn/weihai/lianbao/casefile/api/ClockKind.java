package cn.weihai.lianbao.casefile.api;

/** Which of a track's clocks an alert concerns: its time limit, or (35 kV and above) the supply-plan reply. */
public enum ClockKind {
    LIMIT, PLAN_REPLY
}
