package cn.weihai.lianbao.casefile.list;

import cn.weihai.lianbao.casefile.api.ApprovalStatus;
import cn.weihai.lianbao.casefile.api.CaseStatus;
import cn.weihai.lianbao.casefile.api.TrackStage;
import cn.weihai.lianbao.casefile.api.TrackStatus;
import cn.weihai.lianbao.deadline.Warning;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.UtilityService;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One row of the case list (案件列表), as the {@code case_summary} projection holds it.
 *
 * @param tracks         one per selected service, in the order of the application
 * @param externalWorks  the external-works approval's status, null when no service needs external works
 * @param eventCount     how many of the case's events the row reflects
 */
public record CaseSummary(String caseNumber, LocalDate acceptedOn, Channel channel, String applicantName,
                          String creditCode, String contactPhone, String projectName, String projectCode,
                          String address, District district, CaseStatus status, List<TrackSummary> tracks,
                          ApprovalStatus externalWorks, LocalDate lastOccurredOn, Instant lastRecordedAt,
                          int eventCount) {

    public CaseSummary {
        tracks = List.copyOf(tracks);
    }

    /**
     * A track's status, the stage it returns to when a pause ends, and the system's latest alert on it
     * (DUE_SOON 临期 / OVERDUE 超期; NONE when there is none or the track has since paused, resumed or ended).
     */
    public record TrackSummary(UtilityService service, TrackStatus status, TrackStage stage, Warning warning) {
        public TrackSummary {
            warning = warning == null ? Warning.NONE : warning;
        }

        public TrackSummary(UtilityService service, TrackStatus status, TrackStage stage) {
            this(service, status, stage, Warning.NONE);
        }
    }
}
