package cn.weihai.lianbao.calendar;

import cn.weihai.lianbao.calendar.api.YearAnnounced;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Keeps {@code calendar_year} in step with the announcements, in the same transaction (subscribing). */
@Component
@ProcessingGroup(CalendarYearProjection.GROUP)
class CalendarYearProjection {
    static final String GROUP = "calendar";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final CalendarService calendar;

    CalendarYearProjection(JdbcTemplate jdbc, JsonMapper json, CalendarService calendar) {
        this.jdbc = jdbc;
        this.json = json;
        this.calendar = calendar;
    }

    @EventHandler
    void on(YearAnnounced e) {
        jdbc.update("""
                insert into calendar_year (year, arrangements, notice, announced_by, announced_on)
                values (?, ?, ?, ?, ?)
                on conflict (year) do update set arrangements = excluded.arrangements, notice = excluded.notice,
                    announced_by = excluded.announced_by, announced_on = excluded.announced_on, recorded_at = now()
                """, e.year(), json.writeValueAsString(e.arrangements()), e.notice(), e.actor().username(),
                e.occurredOn());
        CurrentUnitOfWork.ifStarted(uow -> uow.afterCommit(u -> calendar.reload()));
    }
}
