package cn.weihai.lianbao.casefile.list;

import cn.weihai.lianbao.search.TextPairs;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The case list for the grid: filtered, sorted, one page at a time. Reads the projection, so it may lag a moment. */
@Service
public class CaseSummaryQueries {
    private final JdbcTemplate jdbc;
    private final CaseSummaryTable table;

    CaseSummaryQueries(JdbcTemplate jdbc, CaseSummaryTable table) {
        this.jdbc = jdbc;
        this.table = table;
    }

    public int count(CaseFilter filter) {
        Where where = Where.of(filter);
        Integer n = jdbc.queryForObject("SELECT count(*) FROM case_summary" + where.sql, Integer.class,
                where.args.toArray());
        return n == null ? 0 : n;
    }

    /** Rows {@code offset .. offset+limit-1} in the given order (newest accepted first when none is given). */
    public List<CaseSummary> page(CaseFilter filter, int offset, int limit, List<CaseSort> sort) {
        Where where = Where.of(filter);
        List<Object> args = new ArrayList<>(where.args);
        args.add(limit);
        args.add(offset);
        return jdbc.query("SELECT " + CaseSummaryTable.COLUMNS + " FROM case_summary" + where.sql
                + orderBy(sort) + " LIMIT ? OFFSET ?", CaseSummaryTable.ROW, args.toArray());
    }

    public Optional<CaseSummary> find(String caseNumber) {
        return table.find(caseNumber);
    }

    private static String orderBy(List<CaseSort> sort) {
        List<CaseSort> keys = sort == null || sort.isEmpty() ? List.of(CaseSort.NEWEST_FIRST) : sort;
        String order = keys.stream().map(s -> s.column().sql + (s.descending() ? " DESC" : " ASC"))
                .collect(Collectors.joining(", "));
        boolean byCaseNumber = keys.stream().anyMatch(s -> s.column() == CaseSort.Column.CASE_NUMBER);
        return " ORDER BY " + order + (byCaseNumber ? "" : ", case_number DESC");
    }

    private record Where(String sql, List<Object> args) {
        static Where of(CaseFilter filter) {
            List<String> conditions = new ArrayList<>();
            List<Object> args = new ArrayList<>();
            if (filter.text() != null) {
                conditions.add(TextPairs.inNumberOrNames(filter.text(), args));
            }
            if (filter.status() != null) {
                conditions.add("status = ?");
                args.add(filter.status().name());
            }
            if (filter.district() != null) {
                conditions.add("district = ?");
                args.add(filter.district().name());
            }
            if (filter.warning() != null) {
                conditions.add(switch (filter.warning()) {
                    case DUE_SOON -> "has_due_soon";
                    case OVERDUE -> "has_overdue";
                    case NONE -> "NOT has_due_soon AND NOT has_overdue";
                });
            }
            return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), args);
        }
    }
}
