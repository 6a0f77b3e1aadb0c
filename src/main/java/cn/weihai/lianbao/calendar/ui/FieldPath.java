package cn.weihai.lianbao.calendar.ui;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A field path of the calendar's validation, taken apart: {@code arrangements[1].adjustedWorkingDays[0]} is
 * row 1, name "adjustedWorkingDays", item 0; {@code notice} is just the name.
 */
record FieldPath(Integer row, String name, Integer item) {
    private static final Pattern PATH = Pattern.compile("(?:arrangements\\[(\\d+)]\\.)?(\\w+)(?:\\[(\\d+)])?");

    static FieldPath parse(String path) {
        Matcher m = PATH.matcher(path == null ? "" : path);
        if (!m.matches()) {
            return new FieldPath(null, "", null);
        }
        return new FieldPath(number(m.group(1)), m.group(2), number(m.group(3)));
    }

    private static Integer number(String digits) {
        return digits == null ? null : Integer.valueOf(digits);
    }
}
