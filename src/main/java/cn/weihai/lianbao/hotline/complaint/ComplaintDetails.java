package cn.weihai.lianbao.hotline.complaint;

import cn.weihai.lianbao.hotline.complaint.api.ComplaintCategory;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintStatus;
import cn.weihai.lianbao.hotline.complaint.api.Satisfaction;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.UtilityService;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One complaint as it stands, folded from its events. {@code addressee} null with {@code toSupervisor} false: not
 * forwarded yet. {@code overdue}: forwarded, no reply, and past the reply due date (read on the given day), or
 * replied late. {@code reply} is the latest reply, {@code reopenReason} the latest reason it was reopened.
 */
public record ComplaintDetails(String ticketNumber, String caseNumber, String callerName, String callerPhone,
                               String content, ComplaintCategory category, UtilityService service,
                               ComplaintStatus status, LocalDate registeredOn, Instant registeredAt,
                               Actor registeredBy, UtilityService addressee, boolean toSupervisor,
                               int replyWorkingDays, LocalDate forwardedOn, LocalDate dueDate, String reply,
                               LocalDate repliedOn, Actor repliedBy, Satisfaction satisfaction, LocalDate closedOn,
                               String reopenReason, int reopenCount, Instant updatedAt, boolean overdue) {

    public boolean isForwarded() {
        return addressee != null || toSupervisor;
    }
}
