package cn.weihai.lianbao.casefile.list;

import cn.weihai.lianbao.casefile.api.ApprovalStatus;
import cn.weihai.lianbao.casefile.api.CaseStatus;
import cn.weihai.lianbao.casefile.api.TrackStage;
import cn.weihai.lianbao.casefile.api.TrackStatus;
import cn.weihai.lianbao.casefile.list.CaseSummary.TrackSummary;
import cn.weihai.lianbao.deadline.Warning;
import cn.weihai.lianbao.shared.Channel;
import cn.weihai.lianbao.shared.District;
import cn.weihai.lianbao.shared.UtilityService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads and writes {@code case_summary} rows; the only class that knows the table's columns. */
@Repository
class CaseSummaryTable {
    static final String COLUMNS = """
            case_number, accepted_on, channel, applicant_name, credit_code, contact_phone, project_name,
            project_code, address, district, status, array_to_string(services, ',') AS services,
            track_statuses::text AS track_statuses, track_stages::text AS track_stages,
            track_warnings::text AS track_warnings, external_works_status,
            last_occurred_on, last_recorded_at, event_count""";

    private static final String UPSERT = """
            INSERT INTO case_summary (case_number, accepted_on, channel, applicant_name, credit_code, contact_phone,
                project_name, project_code, address, district, status, services, track_statuses, track_stages,
                track_warnings, external_works_status, last_occurred_on, last_recorded_at, event_count)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, string_to_array(?, ','), ?::jsonb, ?::jsonb, ?::jsonb, ?, ?, ?, ?)
            ON CONFLICT (case_number) DO UPDATE SET
                accepted_on = EXCLUDED.accepted_on, channel = EXCLUDED.channel,
                applicant_name = EXCLUDED.applicant_name, credit_code = EXCLUDED.credit_code,
                contact_phone = EXCLUDED.contact_phone, project_name = EXCLUDED.project_name,
                project_code = EXCLUDED.project_code, address = EXCLUDED.address, district = EXCLUDED.district,
                status = EXCLUDED.status, services = EXCLUDED.services, track_statuses = EXCLUDED.track_statuses,
                track_stages = EXCLUDED.track_stages, track_warnings = EXCLUDED.track_warnings,
                external_works_status = EXCLUDED.external_works_status,
                last_occurred_on = EXCLUDED.last_occurred_on, last_recorded_at = EXCLUDED.last_recorded_at,
                event_count = EXCLUDED.event_count
            WHERE case_summary.event_count < EXCLUDED.event_count""";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;

    CaseSummaryTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CaseSummary> find(String caseNumber) {
        return jdbc.query("SELECT " + COLUMNS + " FROM case_summary WHERE case_number = ?", CaseSummaryTable::row,
                caseNumber).stream().findFirst();
    }

    /** Writes each row unless the table already holds a newer (or the same) state of its case. */
    void save(List<CaseSummary> rows) {
        jdbc.batchUpdate(UPSERT, rows.stream().map(CaseSummaryTable::args).toList());
    }

    private static Object[] args(CaseSummary s) {
        return new Object[]{s.caseNumber(), s.acceptedOn(), s.channel().name(), s.applicantName(), s.creditCode(),
                s.contactPhone(), s.projectName(), s.projectCode(), s.address(), name(s.district()), s.status().name(),
                s.tracks().stream().map(t -> t.service().name()).collect(Collectors.joining(",")),
                json(s.tracks(), t -> t.status().name()), json(s.tracks(), t -> t.stage().name()),
                json(s.tracks().stream().filter(t -> t.warning() != Warning.NONE).toList(), t -> t.warning().name()),
                name(s.externalWorks()), s.lastOccurredOn(),
                s.lastRecordedAt() == null ? null : Timestamp.from(s.lastRecordedAt()), s.eventCount()};
    }

    void truncate() {
        jdbc.execute("TRUNCATE TABLE case_summary");
    }

    static final RowMapper<CaseSummary> ROW = CaseSummaryTable::row;

    private static CaseSummary row(ResultSet rs, int rowNum) throws SQLException {
        Map<String, String> statuses = map(rs.getString("track_statuses"));
        Map<String, String> stages = map(rs.getString("track_stages"));
        Map<String, String> warnings = map(rs.getString("track_warnings"));
        List<TrackSummary> tracks = Arrays.stream(rs.getString("services").split(","))
                .filter(s -> !s.isEmpty())
                .map(s -> new TrackSummary(UtilityService.valueOf(s), TrackStatus.valueOf(statuses.get(s)),
                        TrackStage.valueOf(stages.get(s)), Warning.valueOf(warnings.getOrDefault(s, "NONE"))))
                .toList();
        OffsetDateTime recordedAt = rs.getObject("last_recorded_at", OffsetDateTime.class);
        return new CaseSummary(rs.getString("case_number"), rs.getObject("accepted_on", LocalDate.class),
                Channel.valueOf(rs.getString("channel")), rs.getString("applicant_name"),
                rs.getString("credit_code"), rs.getString("contact_phone"), rs.getString("project_name"),
                rs.getString("project_code"), rs.getString("address"),
                valueOf(District.class, rs.getString("district")), CaseStatus.valueOf(rs.getString("status")),
                tracks, valueOf(ApprovalStatus.class, rs.getString("external_works_status")),
                rs.getObject("last_occurred_on", LocalDate.class),
                recordedAt == null ? null : recordedAt.toInstant(), rs.getInt("event_count"));
    }

    /** A JSON object from enum names to enum names: no quoting or escaping needed. */
    private static String json(List<TrackSummary> tracks, Function<TrackSummary, String> value) {
        return tracks.stream().map(t -> "\"" + t.service().name() + "\":\"" + value.apply(t) + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static Map<String, String> map(String json) throws SQLException {
        try {
            return JSON.readValue(json, STRING_MAP);
        } catch (JsonProcessingException e) {
            throw new SQLException("case_summary holds malformed JSON: " + json, e);
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E valueOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
