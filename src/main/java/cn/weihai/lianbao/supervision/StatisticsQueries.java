package cn.weihai.lianbao.supervision;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Statistics (统计分析) from the supervision projection: on-time rate and average working days of connected
 * tracks per service, district and month of connection, and the overdue trend. Whole accepted months come from
 * supervision_statistics_tally (V180), partial ones from supervision_track (see {@link AcceptedRange}).
 */
@Service
public class StatisticsQueries {
    private final JdbcTemplate jdbc;
    private final Clock clock;
    /** Answers kept a short while per scope (optional since the tally). */
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
        return cached("service", filter, () -> performance("service", "service", filter));
    }

    public List<Performance> byDistrict(StatisticsFilter filter) {
        return cached("district", filter, () -> performance("coalesce(district, '')", "district", filter));
    }

    /** Per month of connection, as yyyy-MM, oldest first. */
    public List<Performance> byMonth(StatisticsFilter filter) {
        return cached("month", filter, () -> performance("to_char(ended_on, 'YYYY-MM')",
                "CASE WHEN ended_month <> 'infinity' THEN to_char(ended_month, 'YYYY-MM') END", filter));
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
        LocalDate nextMonth = YearMonth.from(today).plusMonths(1).atDay(1);
        List<String> selects = new ArrayList<>();
        SqlWhere args = new SqlWhere();
        for (AcceptedRange.Part part : AcceptedRange.parts(filter.from(), filter.to())) {
            SqlWhere where;
            if (part.tally()) {
                // the tally holds the months of connected tracks' due dates, the days of open ones'
                where = district(filter).and(part.where()).and("((phase = 'CONNECTED' AND due_on < ?)"
                        + " OR (phase = 'OPEN' AND due_on < ?))", nextMonth, today);
                selects.add("SELECT " + part.sign() + " AS sign, date_trunc('month', due_on)::date AS month,"
                        + " sum(CASE WHEN phase = 'OPEN' THEN tracks ELSE late END) AS overdue"
                        + " FROM supervision_statistics_all" + where.sql() + " GROUP BY 2");
            } else {
                where = district(filter).and(part.where())
                        .and("((status = 'CONNECTED' AND NOT on_time) OR (is_open AND due_on < ?))", today)
                        .and("due_on < ?", nextMonth);
                selects.add("SELECT " + part.sign() + " AS sign, date_trunc('month', due_on)::date AS month,"
                        + " count(*) AS overdue FROM supervision_track" + where.sql() + " GROUP BY 2");
            }
            args = args.and(where);
        }
        if (selects.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT to_char(month, 'YYYY-MM') AS month, sum(sign * overdue) AS overdue FROM ("
                        + String.join(" UNION ALL ", selects) + ") p GROUP BY p.month HAVING sum(sign * overdue) <> 0"
                        + " ORDER BY p.month",
                (rs, n) -> new OverdueMonth(YearMonth.parse(rs.getString("month")), rs.getLong("overdue")),
                args.args().toArray());
    }

    private List<Performance> performance(String trackGroup, String tallyGroup, StatisticsFilter filter) {
        List<String> selects = new ArrayList<>();
        SqlWhere args = new SqlWhere();
        for (AcceptedRange.Part part : AcceptedRange.parts(filter.from(), filter.to())) {
            SqlWhere where = district(filter).and(part.where());
            if (part.tally()) {
                where = where.and("phase = 'CONNECTED'");
                selects.add("SELECT " + part.sign() + " AS sign, " + tallyGroup + " AS grp, sum(tracks) AS connected,"
                        + " sum(on_time) AS on_time, sum(used_days) AS used_days FROM supervision_statistics_all"
                        + where.sql() + " GROUP BY 2");
            } else {
                where = where.and("status = 'CONNECTED'");
                selects.add("SELECT " + part.sign() + " AS sign, " + trackGroup + " AS grp, count(*) AS connected,"
                        + " count(*) FILTER (WHERE on_time) AS on_time, sum(used_days) AS used_days"
                        + " FROM supervision_track" + where.sql() + " GROUP BY 2");
            }
            args = args.and(where);
        }
        if (selects.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT grp, sum(sign * connected) AS connected, sum(sign * on_time) AS on_time,"
                        + " sum(sign * used_days)::numeric / sum(sign * connected) AS avg_days FROM ("
                        + String.join(" UNION ALL ", selects) + ") p GROUP BY grp HAVING sum(sign * connected) <> 0"
                        + " ORDER BY grp",
                (rs, n) -> new Performance(rs.getString("grp"), rs.getLong("connected"), rs.getLong("on_time"),
                        rs.getDouble("avg_days")), args.args().toArray());
    }

    private static SqlWhere district(StatisticsFilter f) {
        return new SqlWhere().andIf(f.district() != null, "district = ?",
                f.district() == null ? null : f.district().name());
    }
}
