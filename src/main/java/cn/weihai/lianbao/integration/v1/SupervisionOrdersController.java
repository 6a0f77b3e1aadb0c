package cn.weihai.lianbao.integration.v1;

import cn.weihai.lianbao.identity.StaffUser;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.Role;
import cn.weihai.lianbao.shared.UtilityService;
import cn.weihai.lianbao.supervision.order.SupervisionOrderDetails;
import cn.weihai.lianbao.supervision.order.SupervisionOrders;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

/**
 * 督办 on a case: supervisors issue, send back and close; the utility of a track order, or the window for a
 * whole-case order, answers. Answers are read from the event store, so they include the write just made.
 */
@RestController
@Tag(name = "督办 Supervision orders")
@RequestMapping(path = "/api/v1/applications/{caseNumber}/supervision-orders", produces = "application/json")
public class SupervisionOrdersController {
    private final CaseFiles cases;
    private final CasePermissions permissions;
    private final SupervisionOrders orders;

    SupervisionOrdersController(CaseFiles cases, CasePermissions permissions, SupervisionOrders orders) {
        this.cases = cases;
        this.permissions = permissions;
        this.orders = orders;
    }

    /** {@code service} absent: the order concerns the whole case. */
    public record IssueOrder(String service, String reason, Integer workingDays) {
    }

    public record OrderAnswer(String answer) {
    }

    public record OrderClosing(String note) {
    }

    public record OrderSendBack(String reason) {
    }

    /** An order as the API shows it; {@code orderId} is its number within the case (1, 2, …). */
    public record OrderView(String caseNumber, int orderId, String scope, UtilityService service, String reason,
                            int workingDays, String issuedOn, String dueDate, String issuedBy, String status,
                            String answer, String answeredOn, String answeredBy, String sentBackReason,
                            String closedOn, boolean overdue) {
        static OrderView of(SupervisionOrderDetails o) {
            return new OrderView(o.caseNumber(), o.number(), o.concernsWholeCase() ? "CASE" : "TRACK", o.service(),
                    o.reason(), o.workingDays(), text(o.issuedOn()), text(o.dueDate()), o.issuedBy().username(),
                    o.status().name(), o.answer(), text(o.answeredOn()),
                    o.answeredBy() == null ? null : o.answeredBy().username(), o.sentBackReason(),
                    text(o.closedOn()), o.overdue());
        }

        private static String text(Object value) {
            return value == null ? null : value.toString();
        }
    }

    @Operation(summary = "案件的督办事项（状态、整改期限、是否超期）")
    @GetMapping
    public List<OrderView> list(@PathVariable String caseNumber) {
        cases.require(caseNumber);
        return orders.ofCase(caseNumber).stream().map(OrderView::of).toList();
    }

    @Operation(summary = "下达督办（仅监管人员）：service 为空时针对整个案件；workingDays 为整改期限（工作日，1–60）；201 返回督办")
    @PostMapping
    public ResponseEntity<OrderView> issue(@PathVariable String caseNumber, @RequestBody IssueOrder body) {
        StaffUser user = supervisor();
        InputReader in = new InputReader();
        UtilityService service = in.code("service", body.service(), UtilityService.class);
        in.required("workingDays", body.workingDays());
        in.throwIfAny();
        cases.require(caseNumber);
        int number = orders.issue(caseNumber, service, body.reason(), body.workingDays(), user, Channel.API);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri()
                .path("/{orderId}").buildAndExpand(number).toUri()).body(find(caseNumber, number));
    }

    @Operation(summary = "单个督办事项")
    @GetMapping("/{orderId}")
    public OrderView get(@PathVariable String caseNumber, @PathVariable int orderId) {
        cases.require(caseNumber);
        return find(caseNumber, orderId);
    }

    @Operation(summary = "答复督办：针对报装事项的由该市政公用企业答复，针对整个案件的由综合窗口答复")
    @PostMapping("/{orderId}/answer")
    public OrderView answer(@PathVariable String caseNumber, @PathVariable int orderId,
                            @RequestBody OrderAnswer body) {
        StaffUser user = permissions.user();
        cases.require(caseNumber);
        OrderView order = find(caseNumber, orderId);
        if (user.role() != Role.UTILITY_STAFF && user.role() != Role.CLERK) {
            throw ForbiddenException.generic();
        }
        if (order.service() != null && user.role() == Role.UTILITY_STAFF) {
            CasePermissions.requireOwnTrack(user, order.service());
        }
        // a track's order is its utility's to answer, a whole-case order the window's: the other is not allowed (403)
        if (order.service() == null && user.role() != Role.CLERK) {
            throw new ForbiddenException("rule.order.windowAnswers", orderId);
        }
        if (order.service() != null && user.role() == Role.CLERK) {
            throw new ForbiddenException("rule.order.wrongUtility", orderId, order.service());
        }
        orders.answer(caseNumber, orderId, body.answer(), user, Channel.API);
        return find(caseNumber, orderId);
    }

    @Operation(summary = "办结督办（仅监管人员；须已答复）")
    @PostMapping("/{orderId}/close")
    public OrderView close(@PathVariable String caseNumber, @PathVariable int orderId,
                           @RequestBody(required = false) OrderClosing body) {
        StaffUser user = supervisor();
        cases.require(caseNumber);
        find(caseNumber, orderId);
        orders.close(caseNumber, orderId, body == null ? null : body.note(), user, Channel.API);
        return find(caseNumber, orderId);
    }

    @Operation(summary = "退回督办答复，重新整改（仅监管人员；须填写原因）")
    @PostMapping("/{orderId}/send-back")
    public OrderView sendBack(@PathVariable String caseNumber, @PathVariable int orderId,
                              @RequestBody(required = false) OrderSendBack body) {
        StaffUser user = supervisor();
        cases.require(caseNumber);
        find(caseNumber, orderId);
        orders.sendBack(caseNumber, orderId, body == null ? null : body.reason(), user, Channel.API);
        return find(caseNumber, orderId);
    }

    private StaffUser supervisor() {
        StaffUser user = permissions.user();
        if (user.role() != Role.SUPERVISOR) {
            throw new ForbiddenException("error.forbidden.supervisorOnly");
        }
        return user;
    }

    private OrderView find(String caseNumber, int number) {
        return orders.ofCase(caseNumber).stream().filter(o -> o.number() == number).findFirst()
                .map(OrderView::of).orElseThrow(() -> new OrderNotFoundException(caseNumber, number));
    }
}
