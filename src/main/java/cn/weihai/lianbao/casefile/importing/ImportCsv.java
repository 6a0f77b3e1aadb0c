package cn.weihai.lianbao.casefile.importing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The CSV files the import hands out: the empty template, and the rejected rows of a file with the reasons in an
 * extra column (fix them there and upload that file again: the reason column is ignored on import). Both UTF-8
 * with a byte-order mark, so that Excel opens the Chinese text correctly.
 */
public final class ImportCsv {
    public static final String REASON_HEADER = "错误原因";
    public static final String TEMPLATE_NAME = "lianbao-import-template.csv";
    private static final String BOM = "\uFEFF";

    private ImportCsv() {
    }

    public static byte[] template() {
        return (BOM + CsvText.line(Arrays.stream(ImportColumn.values()).map(ImportColumn::header).toList()))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The header and every row with a problem, each followed by its reasons; {@code text} words one problem. */
    public static byte[] rejectedRows(ImportCheck check, Function<RowProblem, String> text) {
        Map<Integer, List<RowProblem>> byRow = check.problems().stream()
                .collect(Collectors.groupingBy(RowProblem::row, LinkedHashMap::new, Collectors.toList()));
        StringBuilder csv = new StringBuilder(BOM);
        List<String> header = new ArrayList<>(check.records().isEmpty() ? List.of() : check.records().getFirst());
        header.removeIf(h -> REASON_HEADER.equals(h.strip()));
        int reasonAt = check.records().isEmpty() ? -1 : check.records().getFirst().stream().map(String::strip)
                .toList().indexOf(REASON_HEADER);
        header.add(REASON_HEADER);
        csv.append(CsvText.line(header));
        byRow.forEach((row, problems) -> {
            List<String> fields = new ArrayList<>(row >= 2 && row - 1 < check.records().size()
                    ? check.records().get(row - 1) : List.of());
            if (reasonAt >= 0 && reasonAt < fields.size()) {
                fields.remove(reasonAt);
            }
            while (fields.size() < header.size() - 1) {
                fields.add("");
            }
            fields.add(problems.stream().map(text).collect(Collectors.joining("；")));
            csv.append(CsvText.line(fields));
        });
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
