package cn.weihai.lianbao.casefile.importing;

/** RUNNING until every row's case is in; an import stopped by a restart is RUNNING again when the app starts. */
public enum ImportStatus {
    RUNNING, DONE, FAILED
}
