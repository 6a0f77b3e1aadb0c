package cn.weihai.lianbao.casefile;

import cn.weihai.lianbao.casefile.api.ApprovalStatus;
import cn.weihai.lianbao.casefile.api.Department;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The external-works joint approval (外线工程联合审批) of a case: rounds of preparation and parallel opinions. */
final class ExternalWorksApproval {
    private ApprovalStatus status = ApprovalStatus.PREPARING;
    private int round = 1;
    private boolean commitmentApplies;
    private boolean touchesHighway;
    private boolean commitmentLetterUploaded;
    private Set<Department> departments = EnumSet.noneOf(Department.class);
    private final Map<Department, Boolean> opinions = new EnumMap<>(Department.class);
    private LocalDate lastStepOn;

    ExternalWorksApproval(LocalDate acceptedOn) {
        this.lastStepOn = acceptedOn;
    }

    ApprovalStatus status() {
        return status;
    }

    int round() {
        return round;
    }

    boolean commitmentApplies() {
        return commitmentApplies;
    }

    boolean touchesHighway() {
        return touchesHighway;
    }

    boolean commitmentLetterUploaded() {
        return commitmentLetterUploaded;
    }

    boolean permitIssued() {
        return status == ApprovalStatus.PERMIT_ISSUED;
    }

    LocalDate lastStepOn() {
        return lastStepOn;
    }

    boolean isConcerned(Department department) {
        return departments.contains(department);
    }

    boolean hasOpinionFrom(Department department) {
        return opinions.containsKey(department);
    }

    /** Departments of the current round that have not yet agreed, in declaration order. */
    List<Department> notYetAgreed() {
        return departments.stream().filter(d -> !Boolean.TRUE.equals(opinions.get(d))).toList();
    }

    void materialsPrepared(boolean commitmentApplies, boolean touchesHighway, LocalDate on) {
        this.status = ApprovalStatus.MATERIALS_PREPARED;
        this.commitmentApplies = commitmentApplies;
        this.touchesHighway = touchesHighway;
        this.commitmentLetterUploaded = false;
        this.lastStepOn = on;
    }

    void commitmentLetterUploaded(LocalDate on) {
        this.commitmentLetterUploaded = true;
        this.lastStepOn = on;
    }

    void submitted(List<Department> to, LocalDate on) {
        this.status = ApprovalStatus.UNDER_REVIEW;
        this.departments = to.isEmpty() ? EnumSet.noneOf(Department.class) : EnumSet.copyOf(to);
        this.opinions.clear();
        this.lastStepOn = on;
    }

    void opinionGiven(Department department, boolean agreed, LocalDate on) {
        opinions.put(department, agreed);
        this.lastStepOn = on;
    }

    void returnedForPreparation(LocalDate on) {
        this.status = ApprovalStatus.PREPARING;
        this.round++;
        this.departments = EnumSet.noneOf(Department.class);
        this.opinions.clear();
        this.commitmentLetterUploaded = false;
        this.lastStepOn = on;
    }

    void permitIssued(LocalDate on) {
        this.status = ApprovalStatus.PERMIT_ISSUED;
        this.lastStepOn = on;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExternalWorksApproval a && status == a.status && round == a.round
                && commitmentApplies == a.commitmentApplies && touchesHighway == a.touchesHighway
                && commitmentLetterUploaded == a.commitmentLetterUploaded && departments.equals(a.departments)
                && opinions.equals(a.opinions) && Objects.equals(lastStepOn, a.lastStepOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, round, departments, opinions, lastStepOn);
    }
}
