package cn.weihai.lianbao.casefile.api;

/** The external-works joint approval's state. */
public enum ApprovalStatus {
    PREPARING, MATERIALS_PREPARED, UNDER_REVIEW, PERMIT_ISSUED
}
