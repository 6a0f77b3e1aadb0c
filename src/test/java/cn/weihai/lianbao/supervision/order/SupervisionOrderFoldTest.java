package cn.weihai.lianbao.supervision.order;

import cn.weihai.lianbao.casefile.api.CaseEvent;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderAnswered;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderDueDateMoved;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderIssued;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderOverdue;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderSentBack;
import cn.weihai.lianbao.casefile.api.SupervisionOrderStatus;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.Role;
import cn.weihai.lianbao.shared.UtilityService;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A case's orders folded from its events, read on a given day. */
class SupervisionOrderFoldTest {
    static final Actor SUPERVISOR = new Actor("supervisor", "孙监管", Role.SUPERVISOR, "威海市行政审批服务局");
    static final Actor GAS = new Actor("gas", "钱燃气", Role.UTILITY_STAFF, "威海市燃气公司");
    static final LocalDate MAR_10 = LocalDate.of(2026, 3, 10);
    static final Channel WS = Channel.STAFF_WORKSPACE;

    static final SupervisionOrderIssued ISSUED = new SupervisionOrderIssued("LB-1", 1, UtilityService.GAS, "拖延", 3,
            LocalDate.of(2026, 3, 13), MAR_10, SUPERVISOR, WS);

    private static SupervisionOrderDetails on(LocalDate today, CaseEvent... events) {
        return SupervisionOrderFold.fold(List.of(events), today).getFirst();
    }

    @Test
    void anOpenOrderIsOverdueOnlyAfterItsDueDate() {
        assertThat(on(LocalDate.of(2026, 3, 13), ISSUED).overdue()).isFalse();
        SupervisionOrderDetails late = on(LocalDate.of(2026, 3, 14), ISSUED);
        assertThat(late.overdue()).isTrue();
        assertThat(late.status()).isEqualTo(SupervisionOrderStatus.OPEN);
        assertThat(late.concernsWholeCase()).isFalse();
    }

    @Test
    void aMovedDueDateCountsAndAnAnswerInTimeIsNotOverdue() {
        var moved = new SupervisionOrderDueDateMoved("LB-1", 1, LocalDate.of(2026, 3, 18), MAR_10, Actor.system(),
                Channel.SYSTEM);
        assertThat(on(LocalDate.of(2026, 3, 16), ISSUED, moved).overdue()).isFalse();
        assertThat(on(LocalDate.of(2026, 3, 16), ISSUED, moved).dueDate()).isEqualTo(LocalDate.of(2026, 3, 18));
        var answered = new SupervisionOrderAnswered("LB-1", 1, "已整改", LocalDate.of(2026, 3, 12), GAS, WS);
        SupervisionOrderDetails done = on(LocalDate.of(2026, 4, 1), ISSUED, answered);
        assertThat(done.overdue()).isFalse();
        assertThat(done.answer()).isEqualTo("已整改");
        assertThat(done.answeredBy()).isEqualTo(GAS);
    }

    @Test
    void aFlaggedOrderStaysFlaggedAfterItsLateAnswerAndASendBackKeepsTheAnswerAndItsReason() {
        var overdue = new SupervisionOrderOverdue("LB-1", 1, LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 14),
                Actor.system(), Channel.SYSTEM);
        var answered = new SupervisionOrderAnswered("LB-1", 1, "已整改", LocalDate.of(2026, 3, 16), GAS, WS);
        var sentBack = new SupervisionOrderSentBack("LB-1", 1, "未附材料", LocalDate.of(2026, 3, 17), SUPERVISOR, WS);
        SupervisionOrderDetails o = on(LocalDate.of(2026, 3, 17), ISSUED, overdue, answered, sentBack);
        assertThat(o.overdue()).isTrue();
        assertThat(o.status()).isEqualTo(SupervisionOrderStatus.SENT_BACK);
        assertThat(o.answer()).isEqualTo("已整改");
        assertThat(o.sentBackReason()).isEqualTo("未附材料");
    }
}
