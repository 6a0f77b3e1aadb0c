package cn.weihai.lianbao.approval;

import cn.weihai.lianbao.calendar.CalendarService;
import cn.weihai.lianbao.calendar.WorkingDayCalendar;
import cn.weihai.lianbao.casefile.api.Department;
import cn.weihai.lianbao.deadline.TimeLimitPolicy;
import cn.weihai.lianbao.deadline.TrackClock;
import cn.weihai.lianbao.shared.District;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the approval queue. The due date is not stored: it is read with {@link TrackClock} from the submission
 * date and the calendar in force, like the case page, so a calendar correction shows at once.
 */
@Service
public class ApprovalQueueQueries {
    private static final String SELECT = """
            SELECT o.case_number, o.round, o.department, o.submitted_on, o.agreed, o.reason, o.decided_on,
                   o.decided_by, c.applicant_name, c.project_name, c.district, c.limit_working_days
            FROM approval_opinion o JOIN approval_case c ON c.case_number = o.case_number
            """;

    private final JdbcTemplate jdbc;
    private final CalendarService calendar;
    private final TimeLimitPolicy limits;
    private final Clock clock;

    public ApprovalQueueQueries(JdbcTemplate jdbc, CalendarService calendar, TimeLimitPolicy limits, Clock clock) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.limits = limits;
        this.clock = clock;
    }

    /** 待审批: the opinions waiting, of one department (null: all), oldest submission first. */
    public List<ApprovalQueueItem> pending(Department department, int offset, int limit) {
        WorkingDayCalendar days = calendar.current();
        LocalDate today = LocalDate.now(clock);
        return jdbc.query(SELECT + "WHERE o.agreed IS NULL" + departmentFilter(department)
                        + " ORDER BY o.submitted_on, o.case_number, o.department LIMIT ? OFFSET ?",
                (rs, i) -> item(rs, days, today), args(department, limit, offset));
    }

    public int countPending(Department department) {
        return count("WHERE agreed IS NULL", department);
    }

    /** 已处理: the opinions given, of one department (null: all), latest first. */
    public List<ApprovalQueueItem> decided(Department department, int offset, int limit) {
        return jdbc.query(SELECT + "WHERE o.agreed IS NOT NULL" + departmentFilter(department)
                        + " ORDER BY o.decided_on DESC, o.case_number DESC, o.department LIMIT ? OFFSET ?",
                (rs, i) -> item(rs, null, null), args(department, limit, offset));
    }

    public int countDecided(Department department) {
        return count("WHERE agreed IS NOT NULL", department);
    }

    /** Whether the department's opinion on the round is still awaited (false once given or no longer asked). */
    public boolean isPending(String caseNumber, int round, Department department) {
        Integer n = jdbc.queryForObject("""
                SELECT count(*) FROM approval_opinion
                WHERE case_number = ? AND round = ? AND department = ? AND agreed IS NULL""",
                Integer.class, caseNumber, round, department.name());
        return n != null && n > 0;
    }

    private int count(String where, Department department) {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM approval_opinion o " + where
                + departmentFilter(department), Integer.class, args(department));
        return n == null ? 0 : n;
    }

    private static String departmentFilter(Department department) {
        return department == null ? "" : " AND o.department = ?";
    }

    private static Object[] args(Department department, Object... more) {
        List<Object> args = new ArrayList<>();
        if (department != null) {
            args.add(department.name());
        }
        args.addAll(List.of(more));
        return args.toArray();
    }

    /** {@code days} null: a decided row, whose clock is not read. */
    private ApprovalQueueItem item(ResultSet rs, WorkingDayCalendar days, LocalDate today) throws SQLException {
        LocalDate submittedOn = rs.getDate("submitted_on").toLocalDate();
        Date decidedOn = rs.getDate("decided_on");
        String district = rs.getString("district");
        Boolean agreed = (Boolean) rs.getObject("agreed");
        return new ApprovalQueueItem(rs.getString("case_number"), rs.getInt("round"),
                Department.valueOf(rs.getString("department")), submittedOn, rs.getString("applicant_name"),
                rs.getString("project_name"), district == null ? null : District.valueOf(district), agreed,
                rs.getString("reason"), decidedOn == null ? null : decidedOn.toLocalDate(), rs.getString("decided_by"),
                days == null ? null : TrackClock.read(days, submittedOn, rs.getInt("limit_working_days"), List.of(),
                        null, today, limits.getDueSoonWorkingDays()));
    }
}
