package cn.weihai.lianbao.casefile.queue;

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
 * One row of a utility's work queue (待办): one track of one case. {@code dueOn} is the earliest due date of the
 * track's running clocks (the plan reply's for 35 kV and above until the plan is issued); while the track waits on
 * the applicant it is the due date as it stood when the wait began (it moves by the wait's working days when the
 * wait ends). {@code warning} is the system's latest 临期/超期 alert. {@code limitWorkingDays},
 * {@code planReplyLimitWorkingDays}, {@code planIssued}, {@code waits} (closed waits) and {@code waitingSince} are
 * what the due date is computed from, kept so that a calendar correction can compute it again.
 */
public record OpenTrack(String caseNumber, UtilityService service, PowerCategory powerCategory, TrackStatus status,
                        TrackStage stage, LocalDate dueOn, boolean dueProvisional, Warning warning,
                        LocalDate acceptedOn, String applicantName, String projectName, District district,
                        Channel channel, int limitWorkingDays, Integer planReplyLimitWorkingDays, boolean planIssued,
                        List<Wait> waits, LocalDate waitingSince, LocalDate lastStepOn, int eventCount) {

    public boolean isOpen() {
        return !status.isFinished();
    }

    public boolean isWaiting() {
        return waitingSince != null;
    }
}
