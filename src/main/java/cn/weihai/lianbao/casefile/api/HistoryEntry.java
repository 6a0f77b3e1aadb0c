package cn.weihai.lianbao.casefile.api;

import cn.weihai.lianbao.shared.Actor;
import cn.weihai.lianbao.shared.Channel;

import java.time.Instant;
import java.time.LocalDate;

/** One event of a case as the history shows it: business date and recorded time kept apart. */
public record HistoryEntry(long sequence, String type, LocalDate occurredOn, Instant recordedAt, Actor actor,
                           Channel channel, CaseEvent event) {
}
