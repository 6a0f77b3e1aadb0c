package cn.weihai.lianbao.calendar.api;

import cn.weihai.lianbao.calendar.HolidayArrangement;
import cn.weihai.lianbao.shared.Actor;

import java.time.LocalDate;
import java.util.List;

/** A year's holidays and adjusted working days as entered from the notice; replaces any earlier entry. */
public record YearAnnounced(int year, List<HolidayArrangement> arrangements, String notice, Actor actor,
                            LocalDate occurredOn) {
}
