package cn.weihai.lianbao.supervision.ui;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** A table as CSV for Excel: UTF-8 with a byte-order mark, CRLF lines, fields quoted when needed (RFC 4180). */
public final class StatisticsCsv {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private StatisticsCsv() {
    }

    public static byte[] of(List<String> header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder(line(header));
        rows.forEach(r -> csv.append(line(r)));
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(text, 0, out, BOM.length, text.length);
        return out;
    }

    private static String line(List<String> fields) {
        return fields.stream().map(StatisticsCsv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String field(String value) {
        String v = value == null ? "" : value;
        // a leading =, +, - or @ would make Excel run the cell as a formula
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?%?")) {
            v = "'" + v;
        }
        boolean quote = v.chars().anyMatch(c -> c == '"' || c == ',' || c == '\r' || c == '\n');
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
