package cn.weihai.lianbao.calendar;

import cn.weihai.lianbao.calendar.api.AnnounceYear;
import cn.weihai.lianbao.calendar.api.CalendarYearId;
import cn.weihai.lianbao.calendar.api.YearAnnounced;
import cn.weihai.lianbao.platform.CachedCommandTargetResolver;
import cn.weihai.lianbao.shared.FieldViolation;
import cn.weihai.lianbao.shared.InvalidInputException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One year of the official working-day calendar, as entered (and corrected) by administrators. */
@Aggregate(commandTargetResolver = CachedCommandTargetResolver.BEAN)
public class CalendarYear {
    @AggregateIdentifier
    private String id;

    protected CalendarYear() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(AnnounceYear cmd, Clock clock) {
        List<FieldViolation> v = validate(cmd);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        apply(new YearAnnounced(cmd.year(), List.copyOf(cmd.arrangements()), cmd.notice().strip(), cmd.actor(),
                LocalDate.now(clock)));
    }

    static List<FieldViolation> validate(AnnounceYear cmd) {
        List<FieldViolation> v = new ArrayList<>();
        if (cmd.year() < 2024 || cmd.year() > 2100) {
            v.add(FieldViolation.of("year", "validation.calendar.year"));
            return v;
        }
        if (cmd.notice() == null || cmd.notice().isBlank()) {
            v.add(FieldViolation.of("notice", "validation.required"));
        }
        if (cmd.arrangements() == null || cmd.arrangements().isEmpty()) {
            v.add(FieldViolation.of("arrangements", "validation.calendar.noHolidays"));
            return v;
        }
        Set<LocalDate> daysOff = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        for (int i = 0; i < cmd.arrangements().size(); i++) {
            HolidayArrangement h = cmd.arrangements().get(i);
            String path = "arrangements[" + i + "]";
            if (h.festival().isBlank()) {
                v.add(FieldViolation.of(path + ".festival", "validation.required"));
            }
            if (h.lastDayOff().isBefore(h.firstDayOff())) {
                v.add(FieldViolation.of(path + ".lastDayOff", "validation.calendar.endsBeforeStart"));
            }
            if (h.firstDayOff().getYear() != cmd.year() || h.lastDayOff().getYear() != cmd.year()) {
                v.add(FieldViolation.of(path + ".firstDayOff", "validation.calendar.outsideYear", cmd.year()));
            }
            for (LocalDate d : h.daysOff()) {
                if (!daysOff.add(d)) {
                    v.add(FieldViolation.of(path + ".firstDayOff", "validation.calendar.overlap", d));
                }
            }
            for (int j = 0; j < h.adjustedWorkingDays().size(); j++) {
                LocalDate w = h.adjustedWorkingDays().get(j);
                if (w.getDayOfWeek() != DayOfWeek.SATURDAY && w.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    v.add(FieldViolation.of(path + ".adjustedWorkingDays[" + j + "]",
                            "validation.calendar.workdayNotWeekend", w));
                }
                if (!workdays.add(w)) {
                    v.add(FieldViolation.of(path + ".adjustedWorkingDays[" + j + "]",
                            "validation.calendar.workdayTwice", w));
                }
                if (Math.abs(w.getYear() - cmd.year()) > 1) {
                    v.add(FieldViolation.of(path + ".adjustedWorkingDays[" + j + "]",
                            "validation.calendar.outsideYear", cmd.year()));
                }
            }
        }
        for (int i = 0; i < cmd.arrangements().size(); i++) {
            List<LocalDate> adjusted = cmd.arrangements().get(i).adjustedWorkingDays();
            for (int j = 0; j < adjusted.size(); j++) {
                if (daysOff.contains(adjusted.get(j))) {
                    v.add(FieldViolation.of("arrangements[" + i + "].adjustedWorkingDays[" + j + "]",
                            "validation.calendar.workdayIsDayOff", adjusted.get(j)));
                }
            }
        }
        return v;
    }

    @EventSourcingHandler
    void on(YearAnnounced e) {
        id = CalendarYearId.of(e.year());
    }
}
