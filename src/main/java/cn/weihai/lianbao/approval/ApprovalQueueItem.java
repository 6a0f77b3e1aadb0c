package cn.weihai.lianbao.approval;

import cn.weihai.lianbao.casefile.api.Department;
import cn.weihai.lianbao.deadline.ClockReading;
import cn.weihai.lianbao.shared.District;

import java.time.LocalDate;

/**
 * One department's opinion asked in one round of a case's external-works approval. {@code agreed} is null while
 * it waits; {@code clock} is the approval's limit read today while it waits, null once decided.
 */
public record ApprovalQueueItem(String caseNumber, int round, Department department, LocalDate submittedOn,
                                String applicantName, String projectName, District district, Boolean agreed,
                                String reason, LocalDate decidedOn, String decidedBy, ClockReading clock) {

    public boolean pending() {
        return agreed == null;
    }
}
