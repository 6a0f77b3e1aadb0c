package cn.weihai.lianbao.supervision;

import cn.weihai.lianbao.casefile.api.TrackStage;
import cn.weihai.lianbao.casefile.api.TrackStatus;
import cn.weihai.lianbao.deadline.Wait;
import cn.weihai.lianbao.deadline.Warning;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.PowerCategory;
import cn.weihai.lianbao.shared.UtilityService;

import java.time.LocalDate;
import java.util.List;

/**
 * One track of one case as the supervisor sees it: where it stands and how it stands against its time limit.
 *
 * @param dueOn         the limit's due date by {@link cn.weihai.lianbao.deadline.TrackClock}
 * @param remainingDays working days left at the last event (frozen while the track waits on the applicant)
 * @param endedOn       the day the track was connected, rejected or withdrawn; null while open
 * @param onTime        connected by the due date; null unless connected
 * @param usedDays      working days used, the applicant's waits excluded
 * @param eventCount    events of the case applied so far
 */
public record SupervisedTrack(String caseNumber, UtilityService service, PowerCategory powerCategory,
                              LocalDate acceptedOn, Channel channel, District district, String applicantName,
                              String projectName, String projectCode, TrackStatus status, TrackStage stage,
                              int limitDays, List<Wait> waits, LocalDate dueOn, boolean provisional,
                              int remainingDays, Warning warning, LocalDate endedOn, Boolean onTime, int usedDays,
                              int eventCount) {
    public SupervisedTrack {
        waits = List.copyOf(waits);
    }

    public boolean isOpen() {
        return !status.isFinished();
    }

    public boolean isWaiting() {
        return status == TrackStatus.PAUSED || status == TrackStatus.SUPPLEMENT_REQUESTED;
    }
}
