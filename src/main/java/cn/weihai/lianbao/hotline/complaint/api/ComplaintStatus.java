package cn.weihai.lianbao.hotline.complaint.api;

/** Where a complaint stands. Only CLOSED is closed in the 12345 platform's sense. */
public enum ComplaintStatus {
    REGISTERED, FORWARDED, REPLIED, CLOSED, REOPENED;

    public boolean isOpen() {
        return this != CLOSED;
    }
}
