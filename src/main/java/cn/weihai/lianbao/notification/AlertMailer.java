package cn.weihai.lianbao.notification;

import cn.weihai.lianbao.casefile.CaseFileQueries;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderIssued;
import cn.weihai.lianbao.casefile.api.Events.SupervisionOrderOverdue;
import cn.weihai.lianbao.casefile.api.Events.TrackDueSoon;
import cn.weihai.lianbao.casefile.api.Events.TrackOverdue;
import cn.weihai.lianbao.shared.LocalizedMessages;
import cn.weihai.lianbao.shared.UtilityService;
import cn.weihai.lianbao.ui.I18n;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Mails each alert to the responsible utility (the window for a whole-case order) and the supervisors, only when
 * {@code spring.mail.host} is configured. Every mail is recorded in {@code alert_mail_sent} before it leaves, in
 * the event's transaction, so a replayed or redelivered event sends nothing again; alerts older than
 * {@code maxAge} are not mailed at all.
 */
@Component
@ConditionalOnProperty(name = "spring.mail.host")
@ProcessingGroup(AlertMailer.PROCESSING_GROUP)
public class AlertMailer {
    static final String PROCESSING_GROUP = "alert-mail";
    private static final Logger log = LoggerFactory.getLogger(AlertMailer.class);

    private final JdbcTemplate jdbc;
    private final MailSender mail;
    private final AlertMailProperties properties;
    private final CaseFileQueries cases;
    private final LocalizedMessages messages;
    private final Clock clock;

    public AlertMailer(JdbcTemplate jdbc, MailSender mail, AlertMailProperties properties, CaseFileQueries cases,
                       LocalizedMessages messages, Clock clock) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.properties = properties;
        this.cases = cases;
        this.messages = messages;
        this.clock = clock;
    }

    @EventHandler
    void on(TrackDueSoon e, @MessageIdentifier String id, @Timestamp Instant at) {
        send(id, at, e.caseNumber(), "TrackDueSoon", e.service(), e.dueDate(), null);
    }

    @EventHandler
    void on(TrackOverdue e, @MessageIdentifier String id, @Timestamp Instant at) {
        send(id, at, e.caseNumber(), "TrackOverdue", e.service(), e.dueDate(), null);
    }

    @EventHandler
    void on(SupervisionOrderIssued e, @MessageIdentifier String id, @Timestamp Instant at) {
        send(id, at, e.caseNumber(), "SupervisionOrderIssued", e.service(), e.dueDate(), e.orderNumber());
    }

    @EventHandler
    void on(SupervisionOrderOverdue e, @MessageIdentifier String id, @Timestamp Instant at) {
        UtilityService service = cases.history(e.caseNumber()).stream()
                .map(h -> h.event() instanceof SupervisionOrderIssued i && i.orderNumber() == e.orderNumber()
                        ? i : null)
                .filter(java.util.Objects::nonNull).findFirst().map(SupervisionOrderIssued::service).orElse(null);
        send(id, at, e.caseNumber(), "SupervisionOrderOverdue", service, e.dueDate(), e.orderNumber());
    }

    private void send(String eventId, Instant recordedAt, String caseNumber, String kind, UtilityService service,
                      LocalDate dueDate, Integer orderNumber) {
        if (recordedAt.isBefore(clock.instant().minus(properties.maxAge()))) {
            return;
        }
        List<String> to = properties.recipients(service);
        if (to.isEmpty()) {
            return;
        }
        int recorded = jdbc.update("INSERT INTO alert_mail_sent (event_id, recipients, sent_at) VALUES (?, ?, ?)"
                + " ON CONFLICT (event_id) DO NOTHING", eventId, String.join(",", to),
                java.sql.Timestamp.from(clock.instant()));
        if (recorded == 0) {
            return; // sent before this replay or redelivery
        }
        Object scope = service == null ? messages.get("order.scope.case", I18n.CHINESE) : service;
        String text = messages.get("notifications.text." + kind, I18n.CHINESE, scope, dueDate,
                orderNumber == null ? "" : orderNumber);
        SimpleMailMessage message = new SimpleMailMessage();
        if (properties.from() != null) {
            message.setFrom(properties.from());
        }
        message.setTo(to.toArray(String[]::new));
        message.setSubject(messages.get("notifications.mail.subject", I18n.CHINESE, caseNumber, text));
        message.setText(messages.get("notifications.mail.body", I18n.CHINESE, caseNumber, text));
        mail.send(message);
        log.info("Alert {} of {} mailed to {}", kind, caseNumber, to);
    }
}
