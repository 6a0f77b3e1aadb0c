package cn.weihai.lianbao.casefile;

import cn.weihai.lianbao.casefile.api.ClockKind;
import cn.weihai.lianbao.casefile.api.ServiceSelection;
import cn.weihai.lianbao.casefile.api.TrackStage;
import cn.weihai.lianbao.casefile.api.TrackStatus;
import cn.weihai.lianbao.casefile.api.TrackStep;
import cn.weihai.lianbao.deadline.Wait;
import cn.weihai.lianbao.shared.UtilityService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One utility's track inside the case: its stage, and whether it waits on the applicant or has ended. */
final class Track {
    private final ServiceSelection selection;
    private final int limit;
    private final Integer planReplyLimit;
    private final List<Wait> waits = new ArrayList<>();
    private LocalDate stoppedOn;
    private LocalDate planIssuedOn;
    private final Map<ClockKind, LocalDate> dueSoonRaisedFor = new EnumMap<>(ClockKind.class);
    private final Map<ClockKind, LocalDate> overdueRaisedFor = new EnumMap<>(ClockKind.class);
    /** Clocks with a 临期/超期 alert standing since the track last moved. */
    private final java.util.Set<ClockKind> alertStanding = java.util.EnumSet.noneOf(ClockKind.class);
    private TrackStage stage = TrackStage.ACCEPTED;
    private TrackStatus waiting;
    private TrackStatus ended;
    private LocalDate lastStepOn;

    Track(ServiceSelection selection, int limit, Integer planReplyLimit, LocalDate acceptedOn) {
        this.selection = selection;
        this.limit = limit;
        this.planReplyLimit = planReplyLimit;
        this.lastStepOn = acceptedOn;
    }

    /** The clocks this track runs: its limit, and for 35 kV and above also the plan reply. */
    List<ClockKind> clocks() {
        return planReplyLimit == null ? List.of(ClockKind.LIMIT) : List.of(ClockKind.LIMIT, ClockKind.PLAN_REPLY);
    }

    int limit(ClockKind clock) {
        return clock == ClockKind.PLAN_REPLY ? planReplyLimit : limit;
    }

    /** When the clock stopped: the plan reply stops when the plan is issued (or the track ends first). */
    LocalDate stoppedOn(ClockKind clock) {
        return clock == ClockKind.PLAN_REPLY && planIssuedOn != null ? planIssuedOn : stoppedOn;
    }

    List<Wait> waits() {
        return waits;
    }

    boolean isWaiting() {
        return waiting != null;
    }

    boolean dueSoonRaisedFor(ClockKind clock, LocalDate dueDate) {
        return dueDate.equals(dueSoonRaisedFor.get(clock));
    }

    boolean overdueRaisedFor(ClockKind clock, LocalDate dueDate) {
        return dueDate.equals(overdueRaisedFor.get(clock));
    }

    void dueSoonRaised(ClockKind clock, LocalDate dueDate) {
        dueSoonRaisedFor.put(clock, dueDate);
        alertStanding.add(clock);
    }

    void overdueRaised(ClockKind clock, LocalDate dueDate) {
        overdueRaisedFor.put(clock, dueDate);
        alertStanding.add(clock);
    }

    boolean hasStandingAlert(ClockKind clock) {
        return alertStanding.contains(clock);
    }

    void alertCleared(ClockKind clock) {
        alertStanding.remove(clock);
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
        alertStanding.clear();
        stage = newStage;
        lastStepOn = on;
        if (newStage == TrackStage.CONNECTED) {
            stoppedOn = on;
        }
        if (newStage == TrackStage.PLAN_ISSUED) {
            planIssuedOn = on;
        }
    }

    void waitFor(TrackStatus reason, LocalDate on) {
        alertStanding.clear();
        waiting = reason;
        lastStepOn = on;
        waits.add(new Wait(on, null));
    }

    void stopWaiting(LocalDate on) {
        alertStanding.clear();
        waiting = null;
        lastStepOn = on;
        waits.add(new Wait(waits.removeLast().from(), on));
    }

    void end(TrackStatus how, LocalDate on) {
        alertStanding.clear();
        ended = how;
        lastStepOn = on;
        stoppedOn = on;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Track t && selection.equals(t.selection) && limit == t.limit
                && Objects.equals(planReplyLimit, t.planReplyLimit) && Objects.equals(planIssuedOn, t.planIssuedOn)
                && stage == t.stage
                && waiting == t.waiting && ended == t.ended && Objects.equals(lastStepOn, t.lastStepOn)
                && waits.equals(t.waits) && Objects.equals(stoppedOn, t.stoppedOn)
                && dueSoonRaisedFor.equals(t.dueSoonRaisedFor) && overdueRaisedFor.equals(t.overdueRaisedFor)
                && alertStanding.equals(t.alertStanding);
    }

    @Override
    public int hashCode() {
        return Objects.hash(selection, limit, stage, waiting, ended, lastStepOn, waits);
    }
}
