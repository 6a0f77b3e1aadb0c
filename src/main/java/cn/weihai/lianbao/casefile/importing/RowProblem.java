package cn.weihai.lianbao.casefile.importing;

import java.util.List;

/**
 * Why a row (its number as a spreadsheet shows it: the header is row 1) cannot be imported: the column (its
 * Chinese header; null for the whole row or file), the value found there and a message key with its arguments.
 */
public record RowProblem(int row, ImportColumn column, String value, String messageKey, List<Object> args) {
    public RowProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static RowProblem of(int row, ImportColumn column, String value, String messageKey, Object... args) {
        return new RowProblem(row, column, value, messageKey, List.of(args));
    }
}
