package cn.weihai.lianbao.calendar;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The years of the calendar in force, each with where it comes from (for the calendar administration page). */
@Service
public class CalendarYearQueries {
    private final JdbcTemplate jdbc;
    private final CalendarService calendar;

    CalendarYearQueries(JdbcTemplate jdbc, CalendarService calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    /**
     * One year of the calendar. {@code entry} is null for a year as shipped with the product; {@code arrangements}
     * is empty (and {@code notice} null) for a year with no notice yet, which is counted Monday–Friday.
     */
    public record YearInForce(int year, List<HolidayArrangement> arrangements, String notice, Entry entry) {
        public boolean provisional() {
            return arrangements.isEmpty();
        }
    }

    /** Who entered a year, by username, and on which day. */
    public record Entry(String announcedBy, LocalDate announcedOn) {
    }

    /**
     * Every announced year, oldest first; also, as years without a notice, {@code provisionalFrom} and the year
     * after it when not announced, and the year after the last announced one.
     */
    public List<YearInForce> yearsInForce(int provisionalFrom) {
        WorkingDayCalendar current = calendar.current();
        Map<Integer, EnteredYear> entered = entered();
        TreeSet<Integer> years = new TreeSet<>(current.announcedYears().keySet());
        years.add(years.isEmpty() ? provisionalFrom : years.last() + 1);
        years.add(provisionalFrom);
        years.add(provisionalFrom + 1);
        List<YearInForce> result = new ArrayList<>();
        for (int year : years) {
            List<HolidayArrangement> arrangements = current.announcedYears().getOrDefault(year, List.of());
            EnteredYear e = entered.get(year);
            result.add(e != null ? new YearInForce(year, arrangements, e.notice(), e.entry())
                    : new YearInForce(year, arrangements, arrangements.isEmpty() ? null
                    : OfficialNotices.SHIPPED_NOTICES.get(year), null));
        }
        return result;
    }

    private Map<Integer, EnteredYear> entered() {
        Map<Integer, EnteredYear> years = new HashMap<>();
        jdbc.query("select year, notice, announced_by, announced_on from calendar_year", rs -> {
            years.put(rs.getInt("year"), new EnteredYear(rs.getString("notice"),
                    new Entry(rs.getString("announced_by"), rs.getObject("announced_on", LocalDate.class))));
        });
        return years;
    }

    private record EnteredYear(String notice, Entry entry) {
    }
}
