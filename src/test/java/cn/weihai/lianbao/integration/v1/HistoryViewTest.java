package cn.weihai.lianbao.integration.v1;

import cn.weihai.lianbao.casefile.api.Department;
import cn.weihai.lianbao.casefile.api.Events.ExternalWorksOpinionGiven;
import cn.weihai.lianbao.casefile.api.Events.TrackStepRecorded;
import cn.weihai.lianbao.casefile.api.HistoryEntry;
import cn.weihai.lianbao.casefile.api.TrackStage;
import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.Role;
import cn.weihai.lianbao.shared.UtilityService;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class HistoryViewTest {
    private static final Actor POWER = new Actor("power", "供电公司 李四", Role.UTILITY_STAFF, "国网威海供电公司");
    private static final LocalDate ON = LocalDate.of(2026, 3, 4);

    @Test
    void commonPartThenTheEventsOwnFields() {
        var event = new TrackStepRecorded("LB-2026-000001", UtilityService.POWER, TrackStage.SURVEYED, "现场踏勘完成",
                ON, POWER, Channel.API);

        Map<String, Object> view = HistoryView.of(new HistoryEntry(1, "TrackStepRecorded", ON,
                Instant.parse("2026-03-04T02:30:00Z"), POWER, Channel.API, event));

        assertThat(view).containsExactly(entry("sequence", 1L), entry("type", "TrackStepRecorded"),
                entry("occurredOn", ON), entry("recordedAt", "2026-03-04T10:30:00+08:00"),
                entry("actor", "power"), entry("actorName", "供电公司 李四"), entry("role", Role.UTILITY_STAFF),
                entry("organisation", "国网威海供电公司"), entry("channel", Channel.API),
                entry("service", UtilityService.POWER), entry("stage", TrackStage.SURVEYED),
                entry("note", "现场踏勘完成"));
    }

    @Test
    void departmentsComeWithTheirChineseName() {
        var event = new ExternalWorksOpinionGiven("LB-2026-000001", 1, Department.TRAFFIC_POLICE, false, "占道时间过长",
                ON, POWER, Channel.API);

        Map<String, Object> view = HistoryView.of(new HistoryEntry(5, "ExternalWorksOpinionGiven", ON,
                Instant.parse("2026-03-04T02:30:00Z"), POWER, Channel.API, event));

        assertThat(view).contains(entry("department", Department.TRAFFIC_POLICE),
                entry("departmentName", "市公安局交警支队"), entry("agreed", false), entry("reason", "占道时间过长"),
                entry("round", 1));
    }
}
