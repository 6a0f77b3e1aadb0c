package cn.weihai.lianbao.calendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * With several nodes, a year entered on one node reaches the others' in-memory calendar within this interval
 * ({@code lianbao.calendar.refresh-interval}, default 30s): the check is one small query.
 */
@Component
class CalendarRefresh implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CalendarRefresh.class);

    private final CalendarService calendar;
    private final Duration interval;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("calendar-refresh").daemon().factory());

    CalendarRefresh(CalendarService calendar, @Value("${lianbao.calendar.refresh-interval:30s}") Duration interval) {
        this.calendar = calendar;
        this.interval = interval;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        executor.scheduleWithFixedDelay(this::refresh, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void refresh() {
        try {
            calendar.reloadIfChanged();
        } catch (RuntimeException e) {
            log.warn("Could not check the working-day calendar for years entered on another node", e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
