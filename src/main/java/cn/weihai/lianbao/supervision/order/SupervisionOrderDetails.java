package cn.weihai.lianbao.supervision.order;

import cn.weihai.lianbao.casefile.api.SupervisionOrderStatus;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.UtilityService;

import java.time.LocalDate;

/**
 * One supervision order (督办) of a case as it stands. {@code service} null: the order concerns the whole case.
 * {@code answer} is the latest answer, {@code sentBackReason} the latest reason it was sent back.
 * {@code overdue}: no answer by the due date (flagged by the system, or past it while an answer is owed).
 */
public record SupervisionOrderDetails(String caseNumber, int number, UtilityService service, String reason,
                                      int workingDays, LocalDate issuedOn, LocalDate dueDate, Actor issuedBy,
                                      SupervisionOrderStatus status, String answer, LocalDate answeredOn,
                                      Actor answeredBy, String sentBackReason, LocalDate closedOn, boolean overdue) {

    public boolean concernsWholeCase() {
        return service == null;
    }
}
