package cn.weihai.lianbao.supervision.order;

import cn.weihai.lianbao.casefile.api.SupervisionOrderStatus;
import cn.weihai.lianbao.identity.StaffUser;
import cn.weihai.lianbao.shared.Role;
import cn.weihai.lianbao.shared.UtilityService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The "督办事项" list from the projection (it may lag a moment behind the case): supervisors and other overseers see
 * every order, utility staff their utility's, the window the whole-case orders; earliest due date first.
 */
@Service
public class SupervisionOrderQueries {
    /** Which orders: every one, those not yet closed, or those overdue without an answer. */
    public enum Filter { ALL, OPEN, OVERDUE }

    /** Still owes an answer after its due date. */
    private static final String OVERDUE = "(status IN ('OPEN', 'SENT_BACK') AND (overdue_flagged OR due_date < ?))";
    /** Went overdue at some time, as the case page shows it, even if answered late since. */
    private static final String WENT_OVERDUE = "(overdue_flagged OR (status IN ('OPEN', 'SENT_BACK') AND due_date < ?))";
    private static final RowMapper<SupervisionOrderRow> ROW = (rs, n) -> new SupervisionOrderRow(
            rs.getString("case_number"), rs.getInt("order_number"),
            rs.getString("service") == null ? null : UtilityService.valueOf(rs.getString("service")),
            rs.getString("reason"), rs.getInt("working_days"), rs.getDate("issued_on").toLocalDate(),
            rs.getDate("due_date").toLocalDate(), rs.getString("issued_by"),
            SupervisionOrderStatus.valueOf(rs.getString("status")), rs.getBoolean("overdue"),
            date(rs.getDate("answered_on")), date(rs.getDate("closed_on")));

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SupervisionOrderQueries(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<SupervisionOrderRow> list(StaffUser viewer, Filter filter, int limit) {
        Date today = Date.valueOf(LocalDate.now(clock));
        List<String> conditions = new ArrayList<>();
        List<Object> args = new ArrayList<>(List.of(today));
        if (viewer.hasRole(Role.UTILITY_STAFF)) {
            conditions.add("service = ?");
            args.add(viewer.utility() == null ? "" : viewer.utility().name());
        } else if (viewer.hasRole(Role.CLERK)) {
            conditions.add("service IS NULL");
        }
        if (filter == Filter.OPEN) {
            conditions.add("status <> 'CLOSED'");
        } else if (filter == Filter.OVERDUE) {
            conditions.add(OVERDUE);
            args.add(today);
        }
        args.add(limit);
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return jdbc.query("SELECT *, " + WENT_OVERDUE + " AS overdue FROM supervision_order" + where
                + " ORDER BY due_date, case_number, order_number LIMIT ?", ROW, args.toArray());
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
