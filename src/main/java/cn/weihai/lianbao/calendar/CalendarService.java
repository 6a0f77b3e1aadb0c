package cn.weihai.lianbao.calendar;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/** The working-day calendar in force: the shipped notices, with administrator-entered years on top. */
@Service
public class CalendarService {
    private static final TypeReference<List<HolidayArrangement>> ARRANGEMENTS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private volatile WorkingDayCalendar current = WorkingDayCalendar.shipped();
    private volatile String loadedVersion = "";

    @Autowired
    public CalendarService(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        reload();
    }

    /** Only the shipped notices (for pure tests that run without a database). */
    public CalendarService() {
        this.jdbc = null;
        this.json = null;
    }

    public WorkingDayCalendar current() {
        return current;
    }

    /** Re-reads the entered years. */
    public void reload() {
        if (jdbc == null) {
            return;
        }
        String version = version();
        WorkingDayCalendar next = WorkingDayCalendar.shipped();
        for (var row : jdbc.queryForList("select year, arrangements from calendar_year order by year")) {
            next = next.with(((Number) row.get("year")).intValue(),
                    json.readValue((String) row.get("arrangements"), ARRANGEMENTS));
        }
        current = next;
        loadedVersion = version;
    }

    /**
     * Re-reads the entered years if another node entered one since the last read: only the node that handled an
     * announcement reloads at once (see {@link CalendarYearProjection}), every other node finds out here.
     */
    public void reloadIfChanged() {
        if (jdbc != null && !version().equals(loadedVersion)) {
            reload();
        }
    }

    private String version() {
        return jdbc.queryForObject("select count(*) || '/' || coalesce(max(recorded_at)::text, '') from calendar_year",
                String.class);
    }
}
