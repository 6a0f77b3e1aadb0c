package cn.weihai.lianbao.integration.webhook;

/** What an organisation may subscribe to; the names are part of the API contract (header X-Lianbao-Event). */
public enum WebhookEventType {
    /** A combined application names the subscriber's service (to that utility). */
    APPLICATION_SUBMITTED,
    /** A step, pause, resumption or rejection on the subscriber's track. */
    STEP_RECORDED,
    /** External works were submitted to the subscriber's department for its opinion. */
    APPROVAL_OPINION_REQUESTED,
    TRACK_DUE_SOON,
    TRACK_OVERDUE,
    /** To the utility of the order's track, or the service centre for a whole-case order. */
    SUPERVISION_ORDER_ISSUED,
    /** To the utility the complaint is forwarded to, or the approval bureau when it goes to the supervisor. */
    COMPLAINT_FORWARDED
}
