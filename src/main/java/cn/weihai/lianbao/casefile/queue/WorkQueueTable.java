package cn.weihai.lianbao.casefile.queue;

import cn.weihai.lianbao.casefile.api.TrackStage;
import cn.weihai.lianbao.casefile.api.TrackStatus;
import cn.weihai.lianbao.deadline.Wait;
import cn.weihai.lianbao.deadline.Warning;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.PowerCategory;
import cn.weihai.lianbao.shared.UtilityService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads and writes {@code work_queue} rows; the only class that knows the table's columns. */
@Repository
class WorkQueueTable {
    static final String COLUMNS = """
            case_number, service, power_category, status, stage, due_on, due_provisional, warning, accepted_on,
            applicant_name, project_name, district, channel, limit_days, plan_reply_limit_days, plan_issued,
            waits::text AS waits, waiting_since, last_step_on, event_count""";

    private static final String UPSERT = """
            INSERT INTO work_queue (case_number, service, power_category, status, stage, is_open, due_on,
                due_provisional, warning, accepted_on, applicant_name, project_name, district, channel, limit_days,
                plan_reply_limit_days, plan_issued, waits, waiting_since, last_step_on, event_count)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)
            ON CONFLICT (case_number, service) DO UPDATE SET
                status = EXCLUDED.status, stage = EXCLUDED.stage, is_open = EXCLUDED.is_open,
                due_on = EXCLUDED.due_on, due_provisional = EXCLUDED.due_provisional, warning = EXCLUDED.warning,
                plan_issued = EXCLUDED.plan_issued, waits = EXCLUDED.waits, waiting_since = EXCLUDED.waiting_since,
                last_step_on = EXCLUDED.last_step_on, event_count = EXCLUDED.event_count
            WHERE work_queue.event_count < EXCLUDED.event_count""";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Map<String, String>>> WAITS = new TypeReference<>() {
    };

    static final RowMapper<OpenTrack> ROW = WorkQueueTable::row;

    private final JdbcTemplate jdbc;

    WorkQueueTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<OpenTrack> rowsOf(String caseNumber) {
        return jdbc.query("SELECT " + COLUMNS + " FROM work_queue WHERE case_number = ? ORDER BY service", ROW,
                caseNumber);
    }

    /** Writes each row unless the table already holds a newer (or the same) state of its case. */
    void save(List<OpenTrack> rows) {
        jdbc.batchUpdate(UPSERT, rows.stream().map(WorkQueueTable::args).toList());
    }

    /** Open rows after {@code (caseNumber, service)}, in key order: the pages a calendar correction walks. */
    List<OpenTrack> openRowsAfter(String caseNumber, String service, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM work_queue WHERE is_open AND (case_number, service) > (?, ?)"
                + " ORDER BY case_number, service LIMIT ?", ROW, caseNumber, service, limit);
    }

    /**
     * A recomputed due date; the row's events are unchanged, so this is no new state of the case. A row that has
     * moved on meanwhile (another event of its case) is left alone: it was computed from the new calendar already.
     */
    void updateDue(List<OpenTrack> rows) {
        jdbc.batchUpdate("UPDATE work_queue SET due_on = ?, due_provisional = ?"
                        + " WHERE case_number = ? AND service = ? AND event_count = ?",
                rows.stream().map(r -> new Object[]{r.dueOn(), r.dueProvisional(), r.caseNumber(),
                        r.service().name(), r.eventCount()}).toList());
    }

    void truncate() {
        jdbc.execute("TRUNCATE TABLE work_queue");
    }

    private static Object[] args(OpenTrack r) {
        return new Object[]{r.caseNumber(), r.service().name(), name(r.powerCategory()), r.status().name(),
                r.stage().name(), r.isOpen(), r.dueOn(), r.dueProvisional(), r.warning().name(), r.acceptedOn(),
                r.applicantName(), r.projectName(), name(r.district()), r.channel().name(), r.limitWorkingDays(),
                r.planReplyLimitWorkingDays(), r.planIssued(), waitsJson(r.waits()), r.waitingSince(),
                r.lastStepOn(), r.eventCount()};
    }

    private static OpenTrack row(ResultSet rs, int rowNum) throws SQLException {
        return new OpenTrack(rs.getString("case_number"), UtilityService.valueOf(rs.getString("service")),
                valueOf(PowerCategory.class, rs.getString("power_category")),
                TrackStatus.valueOf(rs.getString("status")), TrackStage.valueOf(rs.getString("stage")),
                rs.getObject("due_on", LocalDate.class), rs.getBoolean("due_provisional"),
                Warning.valueOf(rs.getString("warning")), rs.getObject("accepted_on", LocalDate.class),
                rs.getString("applicant_name"), rs.getString("project_name"),
                valueOf(District.class, rs.getString("district")), Channel.valueOf(rs.getString("channel")),
                rs.getInt("limit_days"), rs.getObject("plan_reply_limit_days", Integer.class),
                rs.getBoolean("plan_issued"), waits(rs.getString("waits")),
                rs.getObject("waiting_since", LocalDate.class), rs.getObject("last_step_on", LocalDate.class),
                rs.getInt("event_count"));
    }

    /** Dates only: no quoting or escaping needed. */
    private static String waitsJson(List<Wait> waits) {
        return waits.stream().map(w -> "{\"from\":\"" + w.from() + "\",\"to\":\"" + w.to() + "\"}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static List<Wait> waits(String json) throws SQLException {
        try {
            return JSON.readValue(json, WAITS).stream()
                    .map(w -> new Wait(LocalDate.parse(w.get("from")), LocalDate.parse(w.get("to")))).toList();
        } catch (JsonProcessingException e) {
            throw new SQLException("work_queue holds malformed waits: " + json, e);
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E valueOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
