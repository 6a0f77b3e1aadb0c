package cn.weihai.lianbao.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The public holidays and adjusted working days as announced by the State Council for the years the
 * product ships with. Later years are entered by an administrator when each November's notice appears.
 */
final class OfficialNotices {
    private OfficialNotices() {
    }

    /** The State Council notices the shipped years come from, by year. */
    static final Map<Integer, String> SHIPPED_NOTICES = Map.of(
            2024, "国办发明电〔2023〕7号", 2025, "国办发明电〔2024〕12号", 2026, "国办发明电〔2025〕7号");

    /** 国办发明电〔2023〕7号 (2024), 国办发明电〔2024〕12号 (2025), 国办发明电〔2025〕7号 (2026). */
    static final Map<Integer, List<HolidayArrangement>> SHIPPED = Map.of(
            2024, List.of(
                    off("元旦", d(2024, 1, 1), d(2024, 1, 1)),
                    off("春节", d(2024, 2, 10), d(2024, 2, 17), d(2024, 2, 4), d(2024, 2, 18)),
                    off("清明节", d(2024, 4, 4), d(2024, 4, 6), d(2024, 4, 7)),
                    off("劳动节", d(2024, 5, 1), d(2024, 5, 5), d(2024, 4, 28), d(2024, 5, 11)),
                    off("端午节", d(2024, 6, 10), d(2024, 6, 10)),
                    off("中秋节", d(2024, 9, 15), d(2024, 9, 17), d(2024, 9, 14)),
                    off("国庆节", d(2024, 10, 1), d(2024, 10, 7), d(2024, 9, 29), d(2024, 10, 12))),
            2025, List.of(
                    off("元旦", d(2025, 1, 1), d(2025, 1, 1)),
                    off("春节", d(2025, 1, 28), d(2025, 2, 4), d(2025, 1, 26), d(2025, 2, 8)),
                    off("清明节", d(2025, 4, 4), d(2025, 4, 6)),
                    off("劳动节", d(2025, 5, 1), d(2025, 5, 5), d(2025, 4, 27)),
                    off("端午节", d(2025, 5, 31), d(2025, 6, 2)),
                    off("国庆节、中秋节", d(2025, 10, 1), d(2025, 10, 8), d(2025, 9, 28), d(2025, 10, 11))),
            2026, List.of(
                    off("元旦", d(2026, 1, 1), d(2026, 1, 3), d(2026, 1, 4)),
                    off("春节", d(2026, 2, 15), d(2026, 2, 23), d(2026, 2, 14), d(2026, 2, 28)),
                    off("清明节", d(2026, 4, 4), d(2026, 4, 6)),
                    off("劳动节", d(2026, 5, 1), d(2026, 5, 5), d(2026, 5, 9)),
                    off("端午节", d(2026, 6, 19), d(2026, 6, 21)),
                    off("中秋节", d(2026, 9, 25), d(2026, 9, 27)),
                    off("国庆节", d(2026, 10, 1), d(2026, 10, 7), d(2026, 9, 20), d(2026, 10, 10))));

    private static HolidayArrangement off(String festival, LocalDate from, LocalDate to, LocalDate... workdays) {
        return new HolidayArrangement(festival, from, to, List.of(workdays));
    }

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }
}
