package cn.weihai.lianbao.portal;

import cn.weihai.lianbao.casefile.api.CaseDetails;
import cn.weihai.lianbao.casefile.api.CaseStatus;
import cn.weihai.lianbao.casefile.api.Events.ConnectionRequested;
import cn.weihai.lianbao.casefile.api.Events.ServiceRated;
import cn.weihai.lianbao.casefile.api.HistoryEntry;
import cn.weihai.lianbao.casefile.api.TrackStage;
import cn.weihai.lianbao.casefile.api.TrackStatus;
import cn.weihai.lianbao.deadline.ClockReading;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.UtilityService;

import java.time.LocalDate;
import java.util.List;

/**
 * What an applicant sees of their case (the public API's answer): the project, each track's state and time limit,
 * and their own requests and ratings; no staff names, contacts or internal records.
 */
public record ApplicantProgress(String caseNumber, CaseStatus status, String applicantName, String projectName,
                                String address, District district, LocalDate acceptedOn, List<Track> tracks) {

    public record Track(UtilityService service, TrackStatus status, TrackStage stage, String waitingReason,
                        String endReason, int limitWorkingDays, LocalDate dueDate, boolean provisional,
                        int usedWorkingDays, int remainingWorkingDays, LocalDate completedOn,
                        LocalDate connectionRequestedOn, Integer stars, String ratingComment) {
    }

    public static ApplicantProgress of(CaseDetails c, List<HistoryEntry> history) {
        return new ApplicantProgress(c.caseNumber(), c.status(), c.applicant().name(), c.project().name(),
                c.project().address(), c.project().district(), c.acceptedOn(),
                c.tracks().stream().map(t -> track(t, history)).toList());
    }

    private static Track track(CaseDetails.TrackDetails t, List<HistoryEntry> history) {
        ConnectionRequested requested = last(history, ConnectionRequested.class, t.service());
        ServiceRated rating = last(history, ServiceRated.class, t.service());
        ClockReading clock = t.clock();
        return new Track(t.service(), t.status(), t.stage(), t.waitingReason(), t.endReason(),
                clock.limitWorkingDays(), clock.dueDate(), clock.provisional(), clock.usedWorkingDays(),
                clock.remainingWorkingDays(), clock.stoppedOn(),
                requested == null ? null : requested.occurredOn(),
                rating == null ? null : rating.stars(), rating == null ? null : rating.comment());
    }

    /** The applicant's latest event of that kind on the track, or null. */
    public static <E extends cn.weihai.lianbao.casefile.api.TrackEvent> E last(List<HistoryEntry> history, Class<E> type,
                                                                                UtilityService service) {
        E found = null;
        for (HistoryEntry h : history) {
            if (type.isInstance(h.event()) && type.cast(h.event()).service() == service) {
                found = type.cast(h.event());
            }
        }
        return found;
    }

    /** Whether the applicant may ask for connection of the track now (the aggregate decides in the end). */
    public static boolean mayRequestConnection(boolean caseOpen, CaseDetails.TrackDetails t) {
        return caseOpen && !t.status().isFinished()
                && (t.stage() == TrackStage.CONSTRUCTION_FINISHED || t.stage() == TrackStage.ACCEPTANCE_PASSED);
    }
}
