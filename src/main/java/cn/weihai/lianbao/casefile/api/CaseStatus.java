package cn.weihai.lianbao.casefile.api;

public enum CaseStatus {
    IN_PROGRESS, COMPLETED, WITHDRAWN
}
