package cn.weihai.lianbao.load;

import java.time.LocalDate;
import java.util.List;

/**
 * One generated case as the commands that would build it, in the order they are sent: {@code caseCommands} to the
 * case's aggregate, {@code complaintCommands} to its 12345 complaint (empty when there is none).
 * {@code clockCheckDue}: after these commands the case still has a running clock or an open order, so it keeps a
 * planned clock check (db-scheduler deadline), as the aggregate would plan it.
 */
public record CasePlan(String caseNumber, LocalDate acceptedOn, List<Object> caseCommands,
                       List<Object> complaintCommands, boolean clockCheckDue) {
}
