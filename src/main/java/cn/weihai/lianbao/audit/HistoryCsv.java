package cn.weihai.lianbao.audit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A case's history as CSV (RFC 4180): UTF-8 with a byte-order mark so that Excel shows the Chinese, CRLF line
 * ends, a field quoted when it holds a comma, quote or line break (quotes doubled). A text that a spreadsheet would
 * take for a formula (starting with = + - @) gets a leading apostrophe, so an exported note never runs as one.
 */
public final class HistoryCsv {
    public static final String CONTENT_TYPE = "text/csv;charset=UTF-8";
    private static final String BOM = "\uFEFF";
    private static final String CRLF = "\r\n";

    private HistoryCsv() {
    }

    public static byte[] render(HistoryTable table) {
        StringBuilder csv = new StringBuilder(BOM);
        csv.append(line(table.header()));
        table.rows().forEach(row -> csv.append(line(row)));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String line(List<String> fields) {
        return fields.stream().map(HistoryCsv::field).collect(Collectors.joining(",")) + CRLF;
    }

    static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !isNumber(text)) {
            text = "'" + text;
        }
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                || !text.equals(text.strip());
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /** A negative number stays a number. */
    private static boolean isNumber(String text) {
        return text.matches("[+-]?\\d+(\\.\\d+)?");
    }
}
