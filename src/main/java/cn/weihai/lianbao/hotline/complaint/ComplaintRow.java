package cn.weihai.lianbao.hotline.complaint;

import cn.weihai.lianbao.hotline.complaint.api.ComplaintCategory;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintStatus;
import cn.weihai.lianbao.shared.UtilityService;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a complaint list. {@code addressee} null and {@code toSupervisor} false: not forwarded yet.
 * {@code overdue}: forwarded, unanswered and past its reply due date today.
 */
public record ComplaintRow(String ticketNumber, String caseNumber, String callerName, ComplaintCategory category,
                           UtilityService service, ComplaintStatus status, UtilityService addressee,
                           boolean toSupervisor, LocalDate dueDate, LocalDate registeredOn, Instant updatedAt,
                           boolean overdue) {
}
