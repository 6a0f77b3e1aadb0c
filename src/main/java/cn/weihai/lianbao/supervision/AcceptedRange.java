package cn.weihai.lianbao.supervision;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * An accepted-on day range (either end optional) as a signed sum of parts the tallies and supervision_track answer
 * cheaply: the whole months from the tally (counted by accepted month), a partial month at either end from
 * supervision_track through its accepted_on indexes. Of a partial month the smaller side is read: the days inside,
 * or the whole month from the tally minus the days outside.
 */
final class AcceptedRange {
    /**
     * {@code sign} × the tracks accepted from {@code from} to {@code to} (inclusive; null: unbounded), counted in
     * the tally (whole months only: first days of months) or in supervision_track.
     */
    record Part(int sign, boolean tally, LocalDate from, LocalDate to) {
        /** The part's condition on {@code accepted_month} (tally) or {@code accepted_on} (supervision_track). */
        SqlWhere where() {
            String column = tally ? "accepted_month" : "accepted_on";
            return new SqlWhere().andIf(from != null, column + " >= ?", from).andIf(to != null, column + " <= ?", to);
        }

        /** The same tracks as a condition on supervision_track's {@code accepted_on}. */
        SqlWhere acceptedOn() {
            return tally ? new SqlWhere().andIf(from != null, "accepted_on >= ?", from)
                    .andIf(to != null, "accepted_on < ?", to == null ? null : to.plusMonths(1)) : where();
        }
    }

    private AcceptedRange() {
    }

    static List<Part> parts(LocalDate from, LocalDate to) {
        List<Part> parts = new ArrayList<>();
        if (from != null && to != null && to.isBefore(from)) {
            return parts;
        }
        if (from != null && to != null && YearMonth.from(from).equals(YearMonth.from(to))
                && !(isFirst(from) && isLast(to))) {
            edge(parts, from, to);
            return parts;
        }
        YearMonth first = from == null ? null
                : isFirst(from) ? YearMonth.from(from) : YearMonth.from(from).plusMonths(1);
        YearMonth last = to == null ? null : isLast(to) ? YearMonth.from(to) : YearMonth.from(to).minusMonths(1);
        if (first == null || last == null || !first.isAfter(last)) {
            parts.add(new Part(1, true, first == null ? null : first.atDay(1), last == null ? null : last.atDay(1)));
        }
        if (from != null && !isFirst(from)) {
            edge(parts, from, YearMonth.from(from).atEndOfMonth());
        }
        if (to != null && !isLast(to)) {
            edge(parts, YearMonth.from(to).atDay(1), to);
        }
        return parts;
    }

    /** Days {@code from..to} of one month. */
    private static void edge(List<Part> parts, LocalDate from, LocalDate to) {
        YearMonth month = YearMonth.from(from);
        long inside = to.toEpochDay() - from.toEpochDay() + 1;
        if (inside * 2 <= month.lengthOfMonth()) {
            parts.add(new Part(1, false, from, to));
            return;
        }
        parts.add(new Part(1, true, month.atDay(1), month.atDay(1)));
        if (!isFirst(from)) {
            parts.add(new Part(-1, false, month.atDay(1), from.minusDays(1)));
        }
        if (!isLast(to)) {
            parts.add(new Part(-1, false, to.plusDays(1), month.atEndOfMonth()));
        }
    }

    private static boolean isFirst(LocalDate day) {
        return day.getDayOfMonth() == 1;
    }

    private static boolean isLast(LocalDate day) {
        return day.equals(YearMonth.from(day).atEndOfMonth());
    }
}
