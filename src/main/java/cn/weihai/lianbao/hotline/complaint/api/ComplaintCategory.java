package cn.weihai.lianbao.hotline.complaint.api;

/** What the caller complains about: slow progress, staff unreachable, fees, quality of work, anything else. */
public enum ComplaintCategory {
    SLOW, UNREACHABLE, FEES, QUALITY, OTHER
}
