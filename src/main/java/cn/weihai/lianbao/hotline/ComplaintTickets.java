package cn.weihai.lianbao.hotline;

/**
 * Whether a complaint (工单) is registered for a case, so that the hotline may reveal the case's personal data.
 * The complaints package provides the real lookup; until then {@link HotlineConfiguration} accepts any non-blank
 * ticket number.
 */
public interface ComplaintTickets {
    boolean isRegisteredFor(String caseNumber, String ticketNumber);
}
