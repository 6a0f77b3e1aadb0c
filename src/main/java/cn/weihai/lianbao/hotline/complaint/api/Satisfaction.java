package cn.weihai.lianbao.hotline.complaint.api;

/** The caller's verdict when the complaint is closed (满意 / 基本满意 / 不满意). */
public enum Satisfaction {
    SATISFIED, BASICALLY_SATISFIED, DISSATISFIED
}
