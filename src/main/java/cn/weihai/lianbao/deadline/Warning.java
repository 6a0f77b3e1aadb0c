package cn.weihai.lianbao.deadline;

/** NONE, 临期 (due soon) or 超期 (overdue). */
public enum Warning {
    NONE, DUE_SOON, OVERDUE
}
