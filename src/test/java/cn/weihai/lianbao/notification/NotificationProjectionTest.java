package cn.weihai.lianbao.notification;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.casefile.api.Events.TrackOverdue;
import cn.weihai.lianbao.shared.UtilityService;
import cn.weihai.lianbao.supervision.order.OrderTestCases;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.UUID;

import static cn.weihai.lianbao.casefile.TestCases.await;
import static org.assertj.core.api.Assertions.assertThat;

/** One notification per alert for the responsible utility and the supervisors; read marks per user; replay-safe. */
class NotificationProjectionTest extends IntegrationTest {
    @Autowired
    OrderTestCases cases;
    @Autowired
    Notifications notifications;
    @Autowired
    NotificationProjection projection;
    @Autowired
    EventStore eventStore;

    private List<Notification> of(String user, String caseNumber) {
        return notifications.newest(cases.staff(user), 10_000).stream()
                .filter(n -> n.caseNumber().equals(caseNumber)).toList();
    }

    @Test
    void alertsReachTheUtilityAndTheSupervisorsOnceAndEachUserMarksThemRead() {
        String caseNumber = cases.overdueTelecomCase(UUID.randomUUID().toString().substring(0, 8));
        cases.backdatedOverdueOrder(caseNumber, UtilityService.TELECOM);
        cases.backdatedOverdueOrder(caseNumber, null);

        await("track overdue, two orders issued and overdue for " + caseNumber,
                () -> of("supervisor", caseNumber).size() == 5);
        assertThat(of("supervisor", caseNumber)).extracting(Notification::kind).containsExactlyInAnyOrder(
                "TrackOverdue", "SupervisionOrderIssued", "SupervisionOrderOverdue", "SupervisionOrderIssued",
                "SupervisionOrderOverdue");
        assertThat(of("telecom", caseNumber)).extracting(Notification::kind).containsExactlyInAnyOrder(
                "TrackOverdue", "SupervisionOrderIssued", "SupervisionOrderOverdue");
        assertThat(of("clerk", caseNumber)).extracting(Notification::kind).containsExactlyInAnyOrder(
                "SupervisionOrderIssued", "SupervisionOrderOverdue");
        assertThat(of("clerk", caseNumber)).allMatch(n -> n.service() == null && n.orderNumber() == 2);
        assertThat(of("power", caseNumber)).isEmpty();
        assertThat(of("hotline", caseNumber)).isEmpty();

        var telecom = cases.staff("telecom");
        int before = notifications.unreadCount(telecom);
        Notification overdue = of("telecom", caseNumber).stream().filter(n -> n.kind().equals("TrackOverdue"))
                .findFirst().orElseThrow();
        notifications.markRead(telecom, overdue.eventId());
        notifications.markRead(telecom, overdue.eventId());
        assertThat(notifications.unreadCount(telecom)).isEqualTo(before - 1);
        assertThat(of("telecom", caseNumber)).filteredOn(Notification::read).containsExactly(
                new Notification(overdue.eventId(), overdue.caseNumber(), overdue.kind(), overdue.service(),
                        overdue.dueDate(), overdue.orderNumber(), overdue.occurredOn(), overdue.recordedAt(), true));
        assertThat(of("supervisor", caseNumber)).noneMatch(Notification::read);

        // the alert delivered again (a replay) writes no second notification and keeps the read mark
        DomainEventMessage<?> alert = eventStore.readEvents(caseNumber, 0).asStream()
                .filter(m -> m.getPayload() instanceof TrackOverdue).findFirst().orElseThrow();
        projection.on((TrackOverdue) alert.getPayload(), alert.getIdentifier(), alert.getTimestamp());
        assertThat(of("telecom", caseNumber)).hasSize(3).filteredOn(Notification::read).hasSize(1);

        notifications.markAllRead(telecom);
        assertThat(notifications.unreadCount(telecom)).isZero();
        assertThat(of("telecom", caseNumber)).allMatch(Notification::read);
    }
}
