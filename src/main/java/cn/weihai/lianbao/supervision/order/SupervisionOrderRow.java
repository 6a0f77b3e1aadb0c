package cn.weihai.lianbao.supervision.order;

import cn.weihai.lianbao.casefile.api.SupervisionOrderStatus;
import cn.weihai.lianbao.shared.UtilityService;

import java.time.LocalDate;

/** One line of the "督办事项" list; {@code service} null: the order concerns the whole case. */
public record SupervisionOrderRow(String caseNumber, int number, UtilityService service, String reason,
                                  int workingDays, LocalDate issuedOn, LocalDate dueDate, String issuedBy,
                                  SupervisionOrderStatus status, boolean overdue, LocalDate answeredOn,
                                  LocalDate closedOn) {
}
