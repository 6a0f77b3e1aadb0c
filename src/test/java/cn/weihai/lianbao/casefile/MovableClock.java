package cn.weihai.lianbao.casefile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock whose day the scenario moves; Axon's fixture time drives the deadlines. */
final class MovableClock extends Clock {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    LocalDate today;

    @Override
    public ZoneId getZone() {
        return SHANGHAI;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return today.atTime(9, 0).atZone(SHANGHAI).toInstant();
    }
}
