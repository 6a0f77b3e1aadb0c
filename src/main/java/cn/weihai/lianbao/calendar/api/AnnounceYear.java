package cn.weihai.lianbao.calendar.api;

import cn.weihai.lianbao.calendar.HolidayArrangement;
import cn.weihai.lianbao.shared.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * An administrator enters a year's public holidays and adjusted working days from the State Council's notice
 * ({@code notice}: its document number, e.g. 国办发明电〔2026〕7号). Entering a year again corrects it.
 */
public record AnnounceYear(int year, List<HolidayArrangement> arrangements, String notice, Actor actor) {
    @TargetAggregateIdentifier
    public String calendarYearId() {
        return CalendarYearId.of(year);
    }
}
