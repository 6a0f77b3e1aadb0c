package cn.weihai.lianbao.integration.v1;

import cn.weihai.lianbao.shared.UtilityService;
import cn.weihai.lianbao.supervision.order.SupervisionOrderQueries;
import cn.weihai.lianbao.supervision.order.SupervisionOrderQueries.Filter;
import cn.weihai.lianbao.supervision.order.SupervisionOrderRow;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * 督办事项 across cases, from the projection (it may lag a moment behind a write): supervisors and overseers see
 * every order, utility staff their utility's, the window the whole-case orders.
 */
@RestController
@Tag(name = "督办 Supervision orders")
@RequestMapping(path = "/api/v1/supervision-orders", produces = "application/json")
public class SupervisionOrderListController {
    static final int LIMIT = 500;

    private final SupervisionOrderQueries queries;
    private final CasePermissions permissions;

    SupervisionOrderListController(SupervisionOrderQueries queries, CasePermissions permissions) {
        this.queries = queries;
        this.permissions = permissions;
    }

    /** One order of the list, named as in the per-case answers ({@code orderId}: its number within the case). */
    public record ListedOrder(String caseNumber, int orderId, String scope, UtilityService service, String reason,
                              int workingDays, String issuedOn, String dueDate, String issuedBy, String status,
                              boolean overdue, String answeredOn, String closedOn) {
        static ListedOrder of(SupervisionOrderRow r) {
            return new ListedOrder(r.caseNumber(), r.number(), r.service() == null ? "CASE" : "TRACK", r.service(),
                    r.reason(), r.workingDays(), text(r.issuedOn()), text(r.dueDate()), r.issuedBy(),
                    r.status().name(), r.overdue(), text(r.answeredOn()), text(r.closedOn()));
        }

        private static String text(Object value) {
            return value == null ? null : value.toString();
        }
    }

    @Operation(summary = "督办事项列表（按整改期限先后，最多 500 条）；filter: ALL、OPEN（未办结，默认）、OVERDUE（超期未答复）")
    @GetMapping
    public List<ListedOrder> list(@RequestParam(required = false) String filter) {
        var user = permissions.user();
        InputReader in = new InputReader();
        Filter chosen = in.code("filter", filter, Filter.class);
        in.throwIfAny();
        return queries.list(user, chosen == null ? Filter.OPEN : chosen, LIMIT).stream().map(ListedOrder::of)
                .toList();
    }
}
