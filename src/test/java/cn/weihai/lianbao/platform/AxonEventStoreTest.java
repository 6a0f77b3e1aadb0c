package cn.weihai.lianbao.platform;

import cn.weihai.lianbao.IntegrationTest;
import cn.weihai.lianbao.casefile.api.Applicant;
import cn.weihai.lianbao.casefile.api.Events;
import cn.weihai.lianbao.casefile.api.Project;
import cn.weihai.lianbao.casefile.api.ServiceSelection;
import cn.weihai.lianbao.casefile.api.TrackLimit;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.ConstructionType;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.PowerCategory;
import cn.weihai.lianbao.shared.Role;
import cn.weihai.lianbao.shared.UtilityService;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The JDBC event store, the Flyway-made tables and the Jackson serializer together, on real PostgreSQL. */
class AxonEventStoreTest extends IntegrationTest {

    @Autowired
    EventStore eventStore;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void appendedEventReadsBackWithAllFields() {
        String aggregateId = "T-" + UUID.randomUUID();
        Events.ApplicationAccepted accepted = new Events.ApplicationAccepted(
                aggregateId, LocalDate.of(2026, 3, 2), Channel.GOV_SERVICE_CENTER,
                new Applicant("威海某某置业有限公司", "91371000MA3C8X1234", "张三", "13800000000"),
                new Project("某某花园二期", "2026-371002-47-01-000001", "环翠区某路1号", District.HUANCUI,
                        ConstructionType.NEW),
                List.of(new ServiceSelection(UtilityService.WATER, true, null),
                        new ServiceSelection(UtilityService.POWER, false, PowerCategory.KV10_DUAL),
                        ServiceSelection.of(UtilityService.TELECOM)),
                true,
                List.of(new TrackLimit(UtilityService.WATER, 25, null), new TrackLimit(UtilityService.POWER, 18, null),
                        new TrackLimit(UtilityService.TELECOM, 5, null)),
                5,
                new Actor("clerk", "窗口人员", Role.CLERK, "威海市政务服务中心"));

        eventStore.publish(new GenericDomainEventMessage<>("CaseFile", aggregateId, 0, accepted,
                MetaData.with("traceNote", "测试")));

        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(aggregateId, 0).asStream().toList();
        assertThat(events).hasSize(1);
        assertThat(events.getFirst().getPayload()).isEqualTo(accepted);
        assertThat(events.getFirst().getMetaData()).containsEntry("traceNote", "测试");
        assertThat(events.getFirst().getType()).isEqualTo("CaseFile");

        String storedJson = jdbc.queryForObject(
                "SELECT convert_from(payload, 'UTF8') FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                String.class, aggregateId);
        assertThat(storedJson).contains("\"occurredOn\":\"2026-03-02\"").contains("\"KV10_DUAL\"");
    }
}
