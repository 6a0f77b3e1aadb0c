package cn.weihai.lianbao.notification;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.casefile.CaseFileQueries;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderOverdue;
import cn.weihai.lianbao.casefile.api.Events.TrackOverdue;
import cn.weihai.lianbao.shared.LocalizedMessages;
import cn.weihai.lianbao.shared.UtilityService;
import cn.weihai.lianbao.supervision.order.OrderTestCases;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alert e-mails on the real database: to the responsible party and the supervisors, never twice for one event,
 * never for old alerts; and no mailer at all while spring.mail.host is not set (as in this test context).
 */
class AlertMailerTest extends IntegrationTest {
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseFileQueries caseFiles;
    @Autowired
    LocalizedMessages messages;
    @Autowired
    Clock clock;
    @Autowired
    EventStore eventStore;
    @Autowired
    OrderTestCases cases;
    @Autowired
    ApplicationContext context;

    final List<SimpleMailMessage> sent = new ArrayList<>();
    final MailSender recording = new MailSender() {
        @Override
        public void send(SimpleMailMessage message) {
            sent.add(message);
        }

        @Override
        public void send(SimpleMailMessage... messages) {
            sent.addAll(List.of(messages));
        }
    };
    final AlertMailProperties properties = new AlertMailProperties("lianbao@example.cn",
            List.of("jianguan@example.cn"), Map.of(UtilityService.TELECOM, List.of("tongxin@example.cn")),
            List.of("chuangkou@example.cn"), Duration.ofDays(1));

    private DomainEventMessage<?> first(String caseNumber, Class<?> type) {
        return eventStore.readEvents(caseNumber, 0).asStream().filter(m -> type.isInstance(m.getPayload()))
                .findFirst().orElseThrow();
    }

    @Test
    void withoutAMailHostThereIsNoMailer() {
        assertThat(context.getBeanProvider(AlertMailer.class).getIfAvailable()).isNull();
    }

    @Test
    void eachAlertIsMailedOnceToTheResponsiblePartyAndTheSupervisors() {
        String caseNumber = cases.overdueTelecomCase(UUID.randomUUID().toString().substring(0, 8));
        cases.backdatedOverdueOrder(caseNumber, null);
        AlertMailer mailer = new AlertMailer(jdbc, recording, properties, caseFiles, messages, clock);

        DomainEventMessage<?> overdue = first(caseNumber, TrackOverdue.class);
        mailer.on((TrackOverdue) overdue.getPayload(), overdue.getIdentifier(), overdue.getTimestamp());
        mailer.on((TrackOverdue) overdue.getPayload(), overdue.getIdentifier(), overdue.getTimestamp());
        assertThat(sent).hasSize(1);
        assertThat(sent.getFirst().getTo()).containsExactly("tongxin@example.cn", "jianguan@example.cn");
        assertThat(sent.getFirst().getSubject()).contains(caseNumber, "通信报装已超期");

        DomainEventMessage<?> orderOverdue = first(caseNumber, SupervisionOrderOverdue.class);
        mailer.on((SupervisionOrderOverdue) orderOverdue.getPayload(), orderOverdue.getIdentifier(),
                orderOverdue.getTimestamp());
        assertThat(sent).hasSize(2);
        assertThat(sent.get(1).getTo()).containsExactly("chuangkou@example.cn", "jianguan@example.cn");
        assertThat(sent.get(1).getText()).contains("整个案件", "超期未答复");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM alert_mail_sent WHERE event_id IN (?, ?)",
                Integer.class, overdue.getIdentifier(), orderOverdue.getIdentifier())).isEqualTo(2);
    }

    @Test
    void anAlertOlderThanTheMaximumAgeIsNotMailed() {
        String caseNumber = cases.overdueTelecomCase(UUID.randomUUID().toString().substring(0, 8));
        AlertMailer mailer = new AlertMailer(jdbc, recording, properties, caseFiles, messages, clock);
        DomainEventMessage<?> overdue = first(caseNumber, TrackOverdue.class);
        mailer.on((TrackOverdue) overdue.getPayload(), UUID.randomUUID().toString(),
                Instant.now().minus(Duration.ofDays(2)));
        assertThat(sent).isEmpty();
    }
}
