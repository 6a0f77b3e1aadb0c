package cn.weihai.lianbao.supervision;

import java.time.YearMonth;

/** Tracks whose due date fell in {@code month} and passed before they were connected. */
public record OverdueMonth(YearMonth month, long overdue) {
}
