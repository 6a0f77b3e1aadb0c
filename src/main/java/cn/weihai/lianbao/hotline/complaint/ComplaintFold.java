package cn.weihai.lianbao.hotline.complaint;

import cn.weihai.lianbao.hotline.complaint.api.ComplaintEvents.ComplaintClosed;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintEvents.ComplaintEvent;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintEvents.ComplaintForwarded;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintEvents.ComplaintRegistered;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintEvents.ComplaintReopened;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintEvents.ComplaintReplied;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintEvents.ComplaintReplyOverdue;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Folds a complaint's events, oldest first with the time each was recorded, into the complaint read on {@code today}. */
public final class ComplaintFold {
    private ComplaintFold() {
    }

    public record Recorded(ComplaintEvent event, Instant at) {
    }

    public static Optional<ComplaintDetails> fold(List<Recorded> events, LocalDate today) {
        ComplaintDetails c = null;
        for (Recorded r : events) {
            if (r.event() instanceof ComplaintRegistered e) {
                c = new ComplaintDetails(e.ticketNumber(), e.caseNumber(), e.callerName(), e.callerPhone(),
                        e.content(), e.category(), e.service(), ComplaintStatus.REGISTERED, e.occurredOn(), r.at(),
                        e.actor(), null, false, 0, null, null, null, null, null, null, null, null, 0, r.at(), false);
            } else if (c != null) {
                c = apply(c, r.event(), r.at());
            }
        }
        if (c == null) {
            return Optional.empty();
        }
        boolean late = c.status() == ComplaintStatus.FORWARDED && c.dueDate() != null && today.isAfter(c.dueDate());
        return Optional.of(late ? overdue(c) : c);
    }

    private static ComplaintDetails apply(ComplaintDetails c, ComplaintEvent event, Instant at) {
        return switch (event) {
            case ComplaintForwarded e -> new ComplaintDetails(c.ticketNumber(), c.caseNumber(), c.callerName(),
                    c.callerPhone(), c.content(), c.category(), c.service(), ComplaintStatus.FORWARDED,
                    c.registeredOn(), c.registeredAt(), c.registeredBy(), e.utility(), e.utility() == null,
                    e.replyWorkingDays(), e.occurredOn(), e.dueDate(), c.reply(), c.repliedOn(), c.repliedBy(),
                    c.satisfaction(), c.closedOn(), c.reopenReason(), c.reopenCount(), at, false);
            case ComplaintReplied e -> new ComplaintDetails(c.ticketNumber(), c.caseNumber(), c.callerName(),
                    c.callerPhone(), c.content(), c.category(), c.service(), ComplaintStatus.REPLIED,
                    c.registeredOn(), c.registeredAt(), c.registeredBy(), c.addressee(), c.toSupervisor(),
                    c.replyWorkingDays(), c.forwardedOn(), c.dueDate(), e.reply(), e.occurredOn(), e.actor(),
                    c.satisfaction(), c.closedOn(), c.reopenReason(), c.reopenCount(), at, e.late());
            case ComplaintClosed e -> new ComplaintDetails(c.ticketNumber(), c.caseNumber(), c.callerName(),
                    c.callerPhone(), c.content(), c.category(), c.service(), ComplaintStatus.CLOSED,
                    c.registeredOn(), c.registeredAt(), c.registeredBy(), c.addressee(), c.toSupervisor(),
                    c.replyWorkingDays(), c.forwardedOn(), c.dueDate(), c.reply(), c.repliedOn(), c.repliedBy(),
                    e.satisfaction(), e.occurredOn(), c.reopenReason(), c.reopenCount(), at, c.overdue());
            case ComplaintReopened e -> new ComplaintDetails(c.ticketNumber(), c.caseNumber(), c.callerName(),
                    c.callerPhone(), c.content(), c.category(), c.service(), ComplaintStatus.REOPENED,
                    c.registeredOn(), c.registeredAt(), c.registeredBy(), c.addressee(), c.toSupervisor(),
                    c.replyWorkingDays(), c.forwardedOn(), c.dueDate(), c.reply(), c.repliedOn(), c.repliedBy(),
                    null, null, e.reason(), c.reopenCount() + 1, at, false);
            case ComplaintReplyOverdue e -> overdue(c);
            case ComplaintRegistered e -> c;
        };
    }

    private static ComplaintDetails overdue(ComplaintDetails c) {
        return new ComplaintDetails(c.ticketNumber(), c.caseNumber(), c.callerName(), c.callerPhone(), c.content(),
                c.category(), c.service(), c.status(), c.registeredOn(), c.registeredAt(), c.registeredBy(),
                c.addressee(), c.toSupervisor(), c.replyWorkingDays(), c.forwardedOn(), c.dueDate(), c.reply(),
                c.repliedOn(), c.repliedBy(), c.satisfaction(), c.closedOn(), c.reopenReason(), c.reopenCount(),
                c.updatedAt(), true);
    }
}
