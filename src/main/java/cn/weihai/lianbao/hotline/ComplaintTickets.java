package cn.weihai.lianbao.hotline;

/** Whether a 12345 ticket (工单) is registered as a complaint about a case. */
public interface ComplaintTickets {
    boolean isRegisteredFor(String caseNumber, String ticketNumber);
}
