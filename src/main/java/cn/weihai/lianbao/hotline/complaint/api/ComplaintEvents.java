package cn.weihai.lianbao.hotline.complaint.api;

import cn.weihai.lianbao.casefile.api.RelatedEvent;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.UtilityService;

import java.time.LocalDate;

/**
 * The facts of a complaint. Each names its case, so the case's timeline and audit show them in line with the
 * case's own events (they are events of the complaint's aggregate, not of the case's).
 */
public final class ComplaintEvents {
    private ComplaintEvents() {
    }

    /** Marks the complaint events among a case's. */
    public sealed interface ComplaintEvent extends RelatedEvent {
        String ticketNumber();
    }

    public record ComplaintRegistered(String ticketNumber, String caseNumber, String callerName, String callerPhone,
                                      String content, ComplaintCategory category, UtilityService service,
                                      LocalDate occurredOn, Actor actor, Channel channel) implements ComplaintEvent {
    }

    /** {@code utility} null: to the supervisor. The reply is due by {@code dueDate} (working days, start not counted). */
    public record ComplaintForwarded(String ticketNumber, String caseNumber, UtilityService utility,
                                     int replyWorkingDays, LocalDate dueDate, LocalDate occurredOn, Actor actor,
                                     Channel channel) implements ComplaintEvent {
    }

    public record ComplaintReplied(String ticketNumber, String caseNumber, String reply, boolean late,
                                   LocalDate occurredOn, Actor actor, Channel channel) implements ComplaintEvent {
    }

    /** The system found no reply by the due date ({@code occurredOn}: the day it was found, after the due date). */
    public record ComplaintReplyOverdue(String ticketNumber, String caseNumber, LocalDate dueDate,
                                        LocalDate occurredOn, Actor actor, Channel channel) implements ComplaintEvent {
    }

    public record ComplaintClosed(String ticketNumber, String caseNumber, Satisfaction satisfaction, String note,
                                  LocalDate occurredOn, Actor actor, Channel channel) implements ComplaintEvent {
    }

    public record ComplaintReopened(String ticketNumber, String caseNumber, String reason, LocalDate occurredOn,
                                    Actor actor, Channel channel) implements ComplaintEvent {
    }
}
