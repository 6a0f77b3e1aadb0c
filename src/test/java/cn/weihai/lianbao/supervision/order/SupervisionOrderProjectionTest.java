package cn.weihai.lianbao.supervision.order;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.casefile.CaseFileQueries;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderIssued;
import cn.weihai.lianbao.casefile.api.SupervisionOrderStatus;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.UtilityService;
import cn.weihai.lianbao.supervision.order.SupervisionOrderQueries.Filter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;

import static cn.weihai.lianbao.casefile.TestCases.await;
import static org.assertj.core.api.Assertions.assertThat;

/** The 督办事项 list follows the real command side on PostgreSQL, per audience and filter, and replays safely. */
class SupervisionOrderProjectionTest extends IntegrationTest {
    @Autowired
    OrderTestCases cases;
    @Autowired
    SupervisionOrders orders;
    @Autowired
    SupervisionOrderQueries queries;
    @Autowired
    SupervisionOrderProjection projection;
    @Autowired
    EventStore eventStore;
    @Autowired
    CaseFileQueries caseFiles;

    private List<SupervisionOrderRow> mine(String user, Filter filter, String caseNumber) {
        return queries.list(cases.staff(user), filter, 10_000).stream()
                .filter(r -> r.caseNumber().equals(caseNumber)).toList();
    }

    @Test
    void ordersReachTheListOfTheirAudienceWithStatusAndOverdueFlag() {
        String caseNumber = cases.overdueTelecomCase(UUID.randomUUID().toString().substring(0, 8));
        cases.backdatedOverdueOrder(caseNumber, UtilityService.TELECOM);
        var supervisor = cases.staff("supervisor");
        int onCase = orders.issue(caseNumber, null, "整体进度滞后", 2, supervisor, Channel.STAFF_WORKSPACE);
        assertThat(onCase).isEqualTo(2);

        await("both orders of " + caseNumber + ", the first flagged overdue", () -> {
            List<SupervisionOrderRow> rows = mine("supervisor", Filter.ALL, caseNumber);
            return rows.size() == 2 && rows.getFirst().overdue();
        });
        SupervisionOrderRow overdue = mine("supervisor", Filter.OVERDUE, caseNumber).getFirst();
        assertThat(overdue.number()).isEqualTo(1);
        assertThat(overdue.service()).isEqualTo(UtilityService.TELECOM);
        assertThat(overdue.status()).isEqualTo(SupervisionOrderStatus.OPEN);
        assertThat(mine("supervisor", Filter.OVERDUE, caseNumber)).hasSize(1);
        assertThat(mine("telecom", Filter.ALL, caseNumber)).extracting(SupervisionOrderRow::number)
                .containsExactly(1);
        assertThat(mine("clerk", Filter.ALL, caseNumber)).extracting(SupervisionOrderRow::number)
                .containsExactly(2);
        assertThat(mine("power", Filter.ALL, caseNumber)).isEmpty();
        assertThat(caseFiles.history(caseNumber)).extracting(h -> h.type())
                .containsOnlyOnce("SupervisionOrderOverdue");

        orders.answer(caseNumber, 1, "已整改", cases.staff("telecom"), Channel.STAFF_WORKSPACE);
        orders.close(caseNumber, 1, null, supervisor, Channel.STAFF_WORKSPACE);
        await("order 1 closed in the list", () -> mine("supervisor", Filter.ALL, caseNumber).stream()
                .anyMatch(r -> r.number() == 1 && r.status() == SupervisionOrderStatus.CLOSED));
        assertThat(mine("supervisor", Filter.OPEN, caseNumber)).extracting(SupervisionOrderRow::number)
                .containsExactly(2);
        assertThat(mine("supervisor", Filter.OVERDUE, caseNumber)).isEmpty();
        SupervisionOrderRow closed = mine("supervisor", Filter.ALL, caseNumber).stream()
                .filter(r -> r.number() == 1).findFirst().orElseThrow();
        assertThat(closed.overdue()).as("it went overdue before its answer").isTrue();
        assertThat(closed.answeredOn()).isNotNull();
        assertThat(closed.closedOn()).isNotNull();

        // the issue delivered again (a replay) changes nothing
        var issued = eventStore.readEvents(caseNumber, 0).asStream()
                .filter(m -> m.getPayload() instanceof SupervisionOrderIssued i && i.orderNumber() == 1)
                .findFirst().orElseThrow();
        projection.on((SupervisionOrderIssued) issued.getPayload(), issued.getSequenceNumber());
        assertThat(mine("supervisor", Filter.ALL, caseNumber)).contains(closed);
    }
}
