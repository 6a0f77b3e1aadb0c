package cn.weihai.lianbao.hotline.complaint;

import cn.weihai.lianbao.identity.StaffUser;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintCategory;
import cn.weihai.lianbao.hotline.complaint.api.ComplaintStatus;
import cn.weihai.lianbao.shared.UtilityService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The complaint lists from the {@code complaint} projection: what each role sees, and the open ones per addressee. */
@Service
public class ComplaintQueries {
    public static final int LIMIT = 500;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ComplaintQueries(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The hotline and administrators see every complaint, a utility's staff those forwarded to their utility, a
     * supervisor the open ones; anyone else none. Newest first.
     */
    public List<ComplaintRow> visibleTo(StaffUser viewer) {
        if (viewer == null) {
            return List.of();
        }
        String order = " ORDER BY registered_at DESC, ticket_number LIMIT " + LIMIT;
        return switch (viewer.role()) {
            case HOTLINE, ADMIN -> jdbc.query("SELECT * FROM complaint" + order, rows());
            case UTILITY_STAFF -> viewer.utility() == null ? List.of()
                    : jdbc.query("SELECT * FROM complaint WHERE addressee = ?" + order, rows(),
                    viewer.utility().name());
            case SUPERVISOR -> jdbc.query("SELECT * FROM complaint WHERE status <> 'CLOSED'" + order, rows());
            default -> List.of();
        };
    }

    /** The tickets of a case's complaints, oldest first. */
    public List<String> ticketsOf(String caseNumber) {
        return jdbc.queryForList("SELECT ticket_number FROM complaint WHERE case_number = ? ORDER BY registered_at",
                String.class, caseNumber);
    }

    /**
     * Open complaints per addressee: each utility, and {@code null} for those forwarded to the supervisor. Not yet
     * forwarded complaints are counted under no addressee at all (left out).
     */
    public Map<UtilityService, Integer> openPerUtility() {
        Map<UtilityService, Integer> counts = new EnumMap<>(UtilityService.class);
        jdbc.query("""
                SELECT addressee, count(*) AS n FROM complaint
                WHERE status <> 'CLOSED' AND addressee IS NOT NULL AND addressee <> ?
                GROUP BY addressee""", rs -> {
            counts.put(UtilityService.valueOf(rs.getString("addressee")), rs.getInt("n"));
        }, ComplaintProjection.TO_SUPERVISOR);
        return counts;
    }

    /** Open complaints forwarded to the supervisor. */
    public int openWithSupervisor() {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM complaint WHERE status <> 'CLOSED' AND addressee = ?",
                Integer.class, ComplaintProjection.TO_SUPERVISOR);
        return n == null ? 0 : n;
    }

    private RowMapper<ComplaintRow> rows() {
        LocalDate today = LocalDate.now(clock);
        return (rs, i) -> {
            String addressee = rs.getString("addressee");
            boolean toSupervisor = ComplaintProjection.TO_SUPERVISOR.equals(addressee);
            Date due = rs.getDate("due_date");
            String service = rs.getString("service");
            ComplaintStatus status = ComplaintStatus.valueOf(rs.getString("status"));
            LocalDate dueDate = due == null ? null : due.toLocalDate();
            return new ComplaintRow(rs.getString("ticket_number"), rs.getString("case_number"),
                    rs.getString("caller_name"), ComplaintCategory.valueOf(rs.getString("category")),
                    service == null ? null : UtilityService.valueOf(service), status,
                    addressee == null || toSupervisor ? null : UtilityService.valueOf(addressee), toSupervisor,
                    dueDate, rs.getDate("registered_on").toLocalDate(),
                    rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                    status == ComplaintStatus.FORWARDED && dueDate != null && today.isAfter(dueDate));
        };
    }
}
