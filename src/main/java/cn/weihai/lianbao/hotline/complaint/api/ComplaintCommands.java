package cn.weihai.lianbao.hotline.complaint.api;

import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.UtilityService;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The intents on a complaint (工单); the ticket number of the 12345 platform identifies it. */
public final class ComplaintCommands {
    private ComplaintCommands() {
    }

    /** {@code service}: the one track the complaint concerns, or null for the case as a whole. */
    public record RegisterComplaint(String ticketNumber, String callerName, String callerPhone, String content,
                                    ComplaintCategory category, String caseNumber, UtilityService service,
                                    Actor actor, Channel channel) {
    }

    /** {@code utility} null: forwarded to the supervisor (监管部门) rather than to a utility. */
    public record ForwardComplaint(@TargetAggregateIdentifier String ticketNumber, UtilityService utility,
                                   int replyWorkingDays, Actor actor, Channel channel) {
        public static final int MAX_WORKING_DAYS = 30;
    }

    /** {@code replyingFor}: the utility of the replying staff, null for a supervisor. */
    public record ReplyToComplaint(@TargetAggregateIdentifier String ticketNumber, String reply,
                                   UtilityService replyingFor, Actor actor, Channel channel) {
    }

    public record CloseComplaint(@TargetAggregateIdentifier String ticketNumber, Satisfaction satisfaction,
                                 String note, Actor actor, Channel channel) {
    }

    public record ReopenComplaint(@TargetAggregateIdentifier String ticketNumber, String reason, Actor actor,
                                  Channel channel) {
    }
}
