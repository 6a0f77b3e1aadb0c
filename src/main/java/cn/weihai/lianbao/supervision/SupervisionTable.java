package cn.weihai.lianbao.supervision;

import cn.weihai.lianbao.casefile.api.TrackStage;
import cn.weihai.lianbao.casefile.api.TrackStatus;
import cn.weihai.lianbao.deadline.Wait;
import cn.weihai.lianbao.deadline.Warning;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.PowerCategory;
import cn.weihai.lianbao.shared.UtilityService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Reads and writes {@code supervision_track} rows; the only class that knows the table's columns. */
@Repository
class SupervisionTable {
    static final String COLUMNS = """
            case_number, service, power_category, accepted_on, channel, district, applicant_name, project_name,
            project_code, status, stage, limit_days, waits, due_on, provisional, remaining_days, warning, ended_on,
            on_time, used_days, event_count""";

    private static final String UPSERT = """
            INSERT INTO supervision_track (case_number, service, power_category, accepted_on, channel, district,
                applicant_name, project_name, project_code, status, stage, limit_days, waits, due_on, provisional,
                remaining_days, warning, ended_on, on_time, used_days, event_count)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (case_number, service) DO UPDATE SET
                status = EXCLUDED.status, stage = EXCLUDED.stage, waits = EXCLUDED.waits, due_on = EXCLUDED.due_on,
                provisional = EXCLUDED.provisional, remaining_days = EXCLUDED.remaining_days,
                warning = EXCLUDED.warning, ended_on = EXCLUDED.ended_on, on_time = EXCLUDED.on_time,
                used_days = EXCLUDED.used_days, event_count = EXCLUDED.event_count
            WHERE supervision_track.event_count < EXCLUDED.event_count""";

    static final RowMapper<SupervisedTrack> ROW = SupervisionTable::row;

    private final JdbcTemplate jdbc;

    SupervisionTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<SupervisedTrack> ofCase(String caseNumber) {
        return jdbc.query("SELECT " + COLUMNS + " FROM supervision_track WHERE case_number = ?", ROW, caseNumber);
    }

    /** Writes the rows unless the table already holds a newer (or the same) state of the case. */
    void save(List<SupervisedTrack> rows) {
        jdbc.batchUpdate(UPSERT, rows.stream().map(t -> new Object[]{t.caseNumber(), t.service().name(),
                name(t.powerCategory()), t.acceptedOn(), t.channel().name(), name(t.district()), t.applicantName(),
                t.projectName(), t.projectCode(), t.status().name(), t.stage().name(), t.limitDays(),
                waits(t.waits()), t.dueOn(), t.provisional(), t.remainingDays(), t.warning().name(), t.endedOn(),
                t.onTime(), t.usedDays(), t.eventCount()}).toList());
    }

    void truncate() {
        jdbc.execute("TRUNCATE TABLE supervision_track");
    }

    private static SupervisedTrack row(ResultSet rs, int rowNum) throws SQLException {
        return new SupervisedTrack(rs.getString("case_number"), UtilityService.valueOf(rs.getString("service")),
                valueOf(PowerCategory.class, rs.getString("power_category")),
                rs.getObject("accepted_on", LocalDate.class), Channel.valueOf(rs.getString("channel")),
                valueOf(District.class, rs.getString("district")), rs.getString("applicant_name"),
                rs.getString("project_name"), rs.getString("project_code"),
                TrackStatus.valueOf(rs.getString("status")), TrackStage.valueOf(rs.getString("stage")),
                rs.getInt("limit_days"), waits(rs.getString("waits")), rs.getObject("due_on", LocalDate.class),
                rs.getBoolean("provisional"), rs.getInt("remaining_days"), Warning.valueOf(rs.getString("warning")),
                rs.getObject("ended_on", LocalDate.class), rs.getObject("on_time", Boolean.class),
                rs.getInt("used_days"), rs.getInt("event_count"));
    }

    static String waits(List<Wait> waits) {
        return waits.stream().map(w -> w.from() + "/" + (w.to() == null ? "" : w.to()))
                .collect(Collectors.joining(";"));
    }

    static List<Wait> waits(String text) {
        return Arrays.stream(text.split(";")).filter(s -> !s.isEmpty()).map(s -> {
            String[] parts = s.split("/", -1);
            return new Wait(LocalDate.parse(parts[0]), parts[1].isEmpty() ? null : LocalDate.parse(parts[1]));
        }).toList();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E valueOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
