package cn.weihai.lianbao.casefile.api;

/** Who prepares the external-works approval materials: the utility or the construction contractor. */
public enum MaterialsPreparer {
    UTILITY, CONTRACTOR
}
