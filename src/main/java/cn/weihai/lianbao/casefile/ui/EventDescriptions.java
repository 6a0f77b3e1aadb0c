package cn.weihai.lianbao.casefile.ui;

import cn.weihai.lianbao.casefile.api.CaseEvent;
import cn.weihai.lianbao.casefile.api.Events.ApplicationAccepted;
import cn.weihai.lianbao.casefile.api.Events.ApplicationWithdrawn;
import cn.weihai.lianbao.casefile.api.Events.CommitmentLetterUploaded;
import cn.weihai.lianbao.casefile.api.Events.ExternalWorksMaterialsPrepared;
import cn.weihai.lianbao.casefile.api.Events.ExternalWorksOpinionGiven;
import cn.weihai.lianbao.casefile.api.Events.ExternalWorksPermitIssued;
import cn.weihai.lianbao.casefile.api.Events.ExternalWorksReturnedForPreparation;
import cn.weihai.lianbao.casefile.api.Events.ExternalWorksSubmitted;
import cn.weihai.lianbao.casefile.api.Events.MaterialAttached;
import cn.weihai.lianbao.casefile.api.Events.PersonalDataRevealed;
import cn.weihai.lianbao.casefile.api.Events.ServiceWithdrawn;
import cn.weihai.lianbao.casefile.api.Events.SupplementRequested;
import cn.weihai.lianbao.casefile.api.Events.SupplementSupplied;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderAnswered;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderClosed;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderDueDateMoved;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderIssued;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderOverdue;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderSentBack;
import cn.weihai.lianbao.casefile.api.ClockKind;
import cn.weihai.lianbao.casefile.api.Events.ConnectionRequested;
import cn.weihai.lianbao.casefile.api.Events.ServiceRated;
import cn.weihai.lianbao.casefile.api.Events.TrackAlertCleared;
import cn.weihai.lianbao.casefile.api.Events.TrackDueSoon;
import cn.weihai.lianbao.casefile.api.Events.TrackOverdue;
import cn.weihai.lianbao.casefile.api.Events.TrackPaused;
import cn.weihai.lianbao.casefile.api.Events.TrackRejected;
import cn.weihai.lianbao.casefile.api.Events.TrackResumed;
import cn.weihai.lianbao.casefile.api.Events.TrackStepRecorded;
import cn.weihai.lianbao.casefile.api.ServiceSelection;
import cn.weihai.lianbao.casefile.api.TrackStatus;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintEvents.ComplaintClosed;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintEvents.ComplaintForwarded;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintEvents.ComplaintRegistered;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintEvents.ComplaintReopened;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintEvents.ComplaintReplied;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintEvents.ComplaintReplyOverdue;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * One line in words for each event of the timeline, e.g. "供电：已踏勘 — 现场踏勘完成": the event's own
 * text ({@code event.text.<Type>}) and, when the step carries one, its note or reason after a dash.
 */
public final class EventDescriptions {

    /** Looks up a message in the user's language. */
    @FunctionalInterface
    public interface Texts {
        String get(String key, Object... args);

        default String label(Enum<?> value) {
            return get("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
        }

        default String labels(Collection<? extends Enum<?>> values) {
            return values.stream().map(this::label).collect(Collectors.joining(get("list.separator")));
        }
    }

    private final Texts texts;

    public EventDescriptions(Texts texts) {
        this.texts = texts;
    }

    public String typeLabel(CaseEvent event) {
        return texts.get("event.type." + event.getClass().getSimpleName());
    }

    public String describe(CaseEvent event) {
        return switch (event) {
            case ApplicationAccepted e -> text(e, null,
                    texts.labels(e.services().stream().map(ServiceSelection::service).toList()));
            case TrackStepRecorded e -> text(e, e.note(), texts.label(e.service()),
                    texts.label(TrackStatus.valueOf(e.stage().name())));
            case TrackPaused e -> text(e, e.reason(), texts.label(e.service()));
            case TrackResumed e -> text(e, e.note(), texts.label(e.service()));
            case SupplementRequested e -> text(e, e.reason(), texts.label(e.service()));
            case SupplementSupplied e -> text(e, e.note(), texts.label(e.service()));
            case TrackRejected e -> text(e, e.reason(), texts.label(e.service()));
            case ServiceWithdrawn e -> text(e, e.reason(), texts.label(e.service()));
            case ApplicationWithdrawn e -> text(e, e.reason());
            case ExternalWorksMaterialsPrepared e -> text(e, e.note(), e.round(), texts.label(e.preparedBy()),
                    yesNo(e.commitmentApplies()));
            case CommitmentLetterUploaded e -> text(e, null, e.documentName());
            case ExternalWorksSubmitted e -> text(e, null, e.round(), texts.labels(e.departments()));
            case ExternalWorksOpinionGiven e -> text(e, e.reason(), texts.label(e.department()),
                    texts.get(e.agreed() ? "approval.opinion.agreed" : "approval.opinion.refused"));
            case ExternalWorksReturnedForPreparation e -> text(e, e.reason(), texts.label(e.refusedBy()));
            case ExternalWorksPermitIssued e -> text(e, null, e.permitNumber());
            case MaterialAttached e -> e.reusedFromCase() == null ? text(e, null, texts.label(e.type()), e.fileName())
                    : texts.get("event.text.MaterialAttached.reused", texts.label(e.type()), e.fileName(),
                    e.reusedFromCase());
            case TrackDueSoon e -> text(e, null, clockLabel(e.service(), e.clock()), e.dueDate().toString(),
                    e.remainingWorkingDays());
            case TrackOverdue e -> text(e, null, clockLabel(e.service(), e.clock()), e.dueDate().toString());
            case TrackAlertCleared e -> text(e, null, clockLabel(e.service(), e.clock()), e.dueDate().toString());
            case SupervisionOrderIssued e -> text(e, e.reason(), e.orderNumber(),
                    e.service() == null ? texts.get("order.scope.case") : texts.label(e.service()), e.workingDays(),
                    e.dueDate().toString());
            case SupervisionOrderAnswered e -> text(e, e.answer(), e.orderNumber());
            case SupervisionOrderSentBack e -> text(e, e.reason(), e.orderNumber());
            case SupervisionOrderClosed e -> text(e, e.note(), e.orderNumber());
            case SupervisionOrderOverdue e -> text(e, null, e.orderNumber(), e.dueDate().toString());
            case SupervisionOrderDueDateMoved e -> text(e, null, e.orderNumber(), e.dueDate().toString());
            case ConnectionRequested e -> text(e, e.note(), texts.label(e.service()));
            case ServiceRated e -> text(e, e.comment(), texts.label(e.service()), e.stars());
            case PersonalDataRevealed e -> text(e, e.reason(), e.ticketNumber());
            case ComplaintRegistered e -> text(e, e.content(), e.ticketNumber(), texts.label(e.category()),
                    e.service() == null ? texts.get("complaint.scope.case") : texts.label(e.service()));
            case ComplaintForwarded e -> text(e, null, e.ticketNumber(),
                    e.utility() == null ? texts.get("complaint.addressee.supervisor") : texts.label(e.utility()),
                    e.replyWorkingDays(), e.dueDate().toString());
            case ComplaintReplied e -> text(e, e.reply(), e.ticketNumber());
            case ComplaintClosed e -> text(e, e.note(), e.ticketNumber(), texts.label(e.satisfaction()));
            case ComplaintReopened e -> text(e, e.reason(), e.ticketNumber());
            case ComplaintReplyOverdue e -> text(e, null, e.ticketNumber(), e.dueDate().toString());
            default -> typeLabel(event);
        };
    }

    private String text(CaseEvent event, String note, Object... args) {
        String text = texts.get("event.text." + event.getClass().getSimpleName(), args);
        return note == null || note.isBlank() ? text : texts.get("common.reasonSuffix", text, note.strip());
    }

    /** "供电" for a track's limit, "供电（供电方案答复）" for the 35 kV plan reply. */
    private String clockLabel(cn.weihai.lianbao.shared.UtilityService service, ClockKind clock) {
        return clock == ClockKind.PLAN_REPLY ? texts.get("event.clock.planReply", texts.label(service))
                : texts.label(service);
    }

    private String yesNo(boolean value) {
        return texts.get(value ? "common.yes" : "common.no");
    }
}
