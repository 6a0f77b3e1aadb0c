package cn.weihai.lianbao.deadline;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * An independent oracle for the tests: the official reference list of 2024–2026 holidays and 调休 days,
 * walked day by day, with none of the product's code.
 */
final class ReferenceCalendar {
    private static final Map<LocalDate, String> KINDS = load();

    private ReferenceCalendar() {
    }

    static boolean working(LocalDate d) {
        String kind = KINDS.get(d);
        if (kind != null) {
            return kind.equals("workday");
        }
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** Walks forward from the day after {@code start}, counting working days not inside any [from+1, to] wait. */
    static LocalDate due(LocalDate start, int limit, LocalDate[][] waits) {
        LocalDate d = start;
        int counted = 0;
        while (counted < limit) {
            d = d.plusDays(1);
            if (working(d) && !waited(d, waits)) {
                counted++;
            }
        }
        return d;
    }

    private static boolean waited(LocalDate d, LocalDate[][] waits) {
        for (LocalDate[] w : waits) {
            if (d.isAfter(w[0]) && !d.isAfter(w[1])) {
                return true;
            }
        }
        return false;
    }

    private static Map<LocalDate, String> load() {
        Map<LocalDate, String> kinds = new HashMap<>();
        try (var in = new BufferedReader(new InputStreamReader(ReferenceCalendar.class.getResourceAsStream(
                "/reference/cn-official-days-2024-2026.csv"), StandardCharsets.UTF_8))) {
            in.lines().skip(1).filter(l -> !l.isBlank()).forEach(l -> {
                String[] f = l.split(",");
                kinds.put(LocalDate.parse(f[0]), f[1]);
            });
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return kinds;
    }
}
