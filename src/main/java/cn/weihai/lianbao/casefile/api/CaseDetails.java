package cn.weihai.lianbao.casefile.api;

import cn.weihai.lianbao.deadline.ClockReading;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.PowerCategory;
import cn.weihai.lianbao.shared.UtilityService;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A case as it stands after a given sequence of its events (the case page and the v1 GET). */
public record CaseDetails(String caseNumber, CaseStatus status, LocalDate acceptedOn, Channel channel,
                          Applicant applicant, Project project, Actor acceptedBy, List<TrackDetails> tracks,
                          ApprovalDetails approval, List<Material> materials, long version) {

    public Optional<TrackDetails> track(UtilityService service) {
        return tracks.stream().filter(t -> t.service() == service).findFirst();
    }

    /**
     * One track. {@code clock} is the track's statutory clock ({@code dueDate}, used/remaining days, warning);
     * {@code planReplyClock} only for electricity at 35 kV and above (stops at PLAN_ISSUED).
     */
    public record TrackDetails(UtilityService service, boolean externalWorks, PowerCategory powerCategory,
                               TrackStatus status, TrackStage stage, String waitingReason, String endReason,
                               LocalDate lastStepOn, LocalDate completedOn, List<Pause> pauses,
                               List<TrackStep> allowedSteps, int limitWorkingDays, Integer planReplyLimitWorkingDays,
                               LocalDate planIssuedOn, ClockReading clock, ClockReading planReplyClock) {
    }

    /** A stretch of applicant-side waiting: the clock stops from {@code from} to {@code to} (null while open). */
    public record Pause(TrackStatus kind, LocalDate from, LocalDate to, String reason) {
    }

    public record ApprovalDetails(ApprovalStatus status, int round, MaterialsPreparer preparedBy,
                                  boolean commitmentApplies, boolean touchesHighway, String commitmentLetter,
                                  List<Opinion> opinions, String permitNumber, LocalDate permitIssuedOn,
                                  List<Opinion> earlierRounds, int limitWorkingDays, LocalDate submittedOn,
                                  ClockReading clock) {
    }

    /**
     * A material on the case (材料), oldest first; the bytes are in the material store under {@code sha256}.
     * {@code reusedFromCase}: the earlier case the file was reused from, null for a new upload.
     */
    public record Material(MaterialType type, String fileName, String sha256, long size, LocalDate attachedOn,
                           Actor actor, Channel channel, String reusedFromCase) {
    }

    /** A department's opinion; {@code agreed} is null while it is pending. */
    public record Opinion(int round, Department department, Boolean agreed, String reason, LocalDate givenOn,
                          Actor actor) {
    }
}
