package cn.weihai.lianbao.casefile;

import cn.weihai.lianbao.casefile.api.ServiceSelection;
import cn.weihai.lianbao.casefile.api.TrackStage;
import cn.weihai.lianbao.casefile.api.TrackStatus;
import cn.weihai.lianbao.casefile.api.TrackStep;
import cn.weihai.lianbao.shared.UtilityService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One utility's track inside the case: its stage, and whether it waits on the applicant or has ended. */
final class Track {
    private final ServiceSelection selection;
    private TrackStage stage = TrackStage.ACCEPTED;
    private TrackStatus waiting;
    private TrackStatus ended;
    private LocalDate lastStepOn;

    Track(ServiceSelection selection, LocalDate acceptedOn) {
        this.selection = selection;
        this.lastStepOn = acceptedOn;
    }

    UtilityService service() {
        return selection.service();
    }

    boolean hasExternalWorks() {
        return selection.externalWorks();
    }

    LocalDate lastStepOn() {
        return lastStepOn;
    }

    TrackStage stage() {
        return stage;
    }

    TrackStatus status() {
        if (ended != null) {
            return ended;
        }
        return waiting != null ? waiting : TrackStatus.valueOf(stage.name());
    }

    boolean isFinished() {
        return status().isFinished();
    }

    /** The steps this track accepts now; construction waits for the external-works permit. */
    List<TrackStep> allowedSteps(boolean permitIssued) {
        List<TrackStep> allowed = new ArrayList<>();
        if (isFinished()) {
            return allowed;
        }
        if (waiting == TrackStatus.PAUSED) {
            allowed.add(TrackStep.RESUMED);
        } else if (waiting == TrackStatus.SUPPLEMENT_REQUESTED) {
            allowed.add(TrackStep.SUPPLEMENT_SUPPLIED);
        } else {
            TrackStep next = TrackStep.valueOf(stage.next().name());
            if (!blockedByPermit(next, permitIssued)) {
                allowed.add(next);
            }
            allowed.add(TrackStep.PAUSED);
            allowed.add(TrackStep.SUPPLEMENT_REQUESTED);
        }
        allowed.add(TrackStep.REJECTED);
        return allowed;
    }

    boolean blockedByPermit(TrackStep step, boolean permitIssued) {
        return step == TrackStep.CONSTRUCTION_STARTED && hasExternalWorks() && !permitIssued;
    }

    void reached(TrackStage newStage, LocalDate on) {
        stage = newStage;
        lastStepOn = on;
    }

    void waitFor(TrackStatus reason, LocalDate on) {
        waiting = reason;
        lastStepOn = on;
    }

    void stopWaiting(LocalDate on) {
        waiting = null;
        lastStepOn = on;
    }

    void end(TrackStatus how, LocalDate on) {
        ended = how;
        lastStepOn = on;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Track t && selection.equals(t.selection) && stage == t.stage && waiting == t.waiting
                && ended == t.ended && Objects.equals(lastStepOn, t.lastStepOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(selection, stage, waiting, ended, lastStepOn);
    }
}
