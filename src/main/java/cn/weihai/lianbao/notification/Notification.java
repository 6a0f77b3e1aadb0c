package cn.weihai.lianbao.notification;

import cn.weihai.lianbao.shared.UtilityService;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One alert as the signed-in user sees it: {@code kind} is the event type, {@code service} the track or order
 * scope (null: the whole case), {@code orderNumber} set for supervision orders.
 */
public record Notification(String eventId, String caseNumber, String kind, UtilityService service,
                           LocalDate dueDate, Integer orderNumber, LocalDate occurredOn, Instant recordedAt,
                           boolean read) {
}
