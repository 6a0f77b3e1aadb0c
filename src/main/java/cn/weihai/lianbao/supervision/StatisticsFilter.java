package cn.weihai.lianbao.supervision;

import cn.weihai.lianbao.shared.District;

import java.time.LocalDate;

/** The statistics' scope: cases accepted from/to (inclusive, each optional) in one district or all. */
public record StatisticsFilter(LocalDate from, LocalDate to, District district) {
    public static final StatisticsFilter ALL = new StatisticsFilter(null, null, null);
}
