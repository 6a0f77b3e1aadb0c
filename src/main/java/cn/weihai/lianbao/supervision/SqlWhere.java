package cn.weihai.lianbao.supervision;

import java.util.ArrayList;
import java.util.List;

/** A WHERE clause built from optional conditions, with its bind arguments in order. */
final class SqlWhere {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> args = new ArrayList<>();

    SqlWhere and(String condition, Object... values) {
        conditions.add(condition);
        args.addAll(List.of(values));
        return this;
    }

    SqlWhere andIf(boolean applies, String condition, Object... values) {
        return applies ? and(condition, values) : this;
    }

    /** This clause's conditions and then {@code other}'s, as a new clause. */
    SqlWhere and(SqlWhere other) {
        SqlWhere both = new SqlWhere();
        both.conditions.addAll(conditions);
        both.conditions.addAll(other.conditions);
        both.args.addAll(args);
        both.args.addAll(other.args);
        return both;
    }

    String sql() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    List<Object> args() {
        return args;
    }

    /** {@code text} as a LIKE pattern matching it anywhere, lower case, with LIKE's wildcards taken literally. */
    static String containing(String text) {
        return "%" + cn.weihai.lianbao.shared.LikePattern.escape(text.toLowerCase(java.util.Locale.ROOT)) + "%";
    }
}
