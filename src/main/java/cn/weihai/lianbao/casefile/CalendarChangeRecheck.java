package cn.weihai.lianbao.casefile;

import cn.weihai.lianbao.calendar.CalendarService;
import cn.weihai.lianbao.calendar.api.YearAnnounced;
import cn.weihai.lianbao.casefile.api.Commands.RecheckClocks;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * When a year of the calendar is entered or corrected, every open case re-reads its clocks: due dates move,
 * and the alert deadlines are planned again from the new calendar.
 */
@Component
@ProcessingGroup("calendar-recheck")
@DisallowReplay // it sends commands: a replay would recheck every case again; the projections page refuses to reset it
class CalendarChangeRecheck {
    private static final Logger log = LoggerFactory.getLogger(CalendarChangeRecheck.class);
    private static final int PAGE = 500;

    private final JdbcTemplate jdbc;
    private final CommandGateway commands;
    private final CalendarService calendar;

    CalendarChangeRecheck(JdbcTemplate jdbc, CommandGateway commands, CalendarService calendar) {
        this.jdbc = jdbc;
        this.commands = commands;
        this.calendar = calendar;
    }

    @EventHandler
    void on(YearAnnounced e) {
        // with several nodes this processor may run on another node than the one that stored the year
        calendar.reload();
        String after = "";
        int rechecked = 0;
        while (true) {
            List<String> page = jdbc.queryForList("""
                    select case_number from case_summary where status = 'IN_PROGRESS' and case_number > ?
                    order by case_number limit ?""", String.class, after, PAGE);
            if (page.isEmpty()) {
                break;
            }
            page.forEach(caseNumber -> commands.sendAndWait(new RecheckClocks(caseNumber)));
            rechecked += page.size();
            after = page.getLast();
        }
        log.info("Calendar year {} announced ({}): rechecked the clocks of {} open cases", e.year(), e.notice(),
                rechecked);
    }
}
