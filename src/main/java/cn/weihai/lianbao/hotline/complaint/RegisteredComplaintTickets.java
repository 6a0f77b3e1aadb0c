package cn.weihai.lianbao.hotline.complaint;

import cn.weihai.lianbao.hotline.ComplaintTickets;
import org.springframework.stereotype.Component;

/** A ticket is registered for a case when its complaint, read from its events, is about that case. */
@Component
class RegisteredComplaintTickets implements ComplaintTickets {
    private final Complaints complaints;

    RegisteredComplaintTickets(Complaints complaints) {
        this.complaints = complaints;
    }

    @Override
    public boolean isRegisteredFor(String caseNumber, String ticketNumber) {
        return caseNumber != null && complaints.find(ticketNumber)
                .map(c -> c.caseNumber().equals(caseNumber.strip())).orElse(false);
    }
}
