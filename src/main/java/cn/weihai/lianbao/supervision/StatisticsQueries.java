package cn.weihai.lianbao.supervision;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;

/**
 * Statistics (统计分析) from the supervision projection: on-time rate and average working days of connected
 * tracks per service, district and month of connection, and the overdue trend.
 */
@Service
public class StatisticsQueries {
    private final JdbcTemplate jdbc;
    private final Clock clock;
    /** Each answer scans the connected tracks of the scope, up to all of them: kept a short while per scope. */
    private final ShortLivedCache<Object, List<?>> answers;

    StatisticsQueries(JdbcTemplate jdbc, Clock clock) {
        this(jdbc, clock, Duration.ZERO);
    }

    @Autowired
    StatisticsQueries(JdbcTemplate jdbc, Clock clock, @Value("${lianbao.supervision.cache-ttl:0s}") Duration cacheTtl) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.answers = new ShortLivedCache<>(cacheTtl);
    }

    public List<Performance> byService(StatisticsFilter filter) {
        return cached("service", filter, () -> performance("service", filter));
    }

    public List<Performance> byDistrict(StatisticsFilter filter) {
        return cached("district", filter, () -> performance("coalesce(district, '')", filter));
    }

    /** Per month of connection, as yyyy-MM, oldest first. */
    public List<Performance> byMonth(StatisticsFilter filter) {
        return cached("month", filter, () -> performance("to_char(ended_on, 'YYYY-MM')", filter));
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> cached(String question, StatisticsFilter filter, Supplier<List<T>> query) {
        // the overdue trend depends on today as well
        return (List<T>) answers.get(List.of(question, filter, LocalDate.now(clock)), query::get);
    }

    /**
     * Per month of the due date up to this month, oldest first: tracks that missed it, i.e. connected late, or
     * still open after it. Months without any are left out.
     */
    public List<OverdueMonth> overdueTrend(StatisticsFilter filter) {
        return cached("overdue", filter, () -> overdueTrendNow(filter));
    }

    private List<OverdueMonth> overdueTrendNow(StatisticsFilter filter) {
        LocalDate today = LocalDate.now(clock);
        SqlWhere where = scope(filter)
                .and("((status = 'CONNECTED' AND NOT on_time) OR (is_open AND due_on < ?))", today)
                .and("due_on < ?", YearMonth.from(today).plusMonths(1).atDay(1));
        return jdbc.query("SELECT to_char(due_on, 'YYYY-MM') AS month, count(*) AS overdue FROM supervision_track"
                        + where.sql() + " GROUP BY 1 ORDER BY 1",
                (rs, n) -> new OverdueMonth(YearMonth.parse(rs.getString("month")), rs.getLong("overdue")),
                where.args().toArray());
    }

    private List<Performance> performance(String group, StatisticsFilter filter) {
        SqlWhere where = scope(filter).and("status = 'CONNECTED'");
        return jdbc.query("SELECT " + group + " AS grp, count(*) AS connected,"
                        + " count(*) FILTER (WHERE on_time) AS on_time, avg(used_days) AS avg_days"
                        + " FROM supervision_track" + where.sql() + " GROUP BY 1 ORDER BY 1",
                (rs, n) -> new Performance(rs.getString("grp"), rs.getLong("connected"), rs.getLong("on_time"),
                        rs.getDouble("avg_days")), where.args().toArray());
    }

    private static SqlWhere scope(StatisticsFilter f) {
        return new SqlWhere()
                .andIf(f.from() != null, "accepted_on >= ?", f.from())
                .andIf(f.to() != null, "accepted_on <= ?", f.to())
                .andIf(f.district() != null, "district = ?", f.district() == null ? null : f.district().name());
    }
}
