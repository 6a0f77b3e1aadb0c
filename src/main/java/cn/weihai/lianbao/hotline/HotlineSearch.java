package cn.weihai.lianbao.hotline;

import cn.weihai.lianbao.casefile.api.CaseStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * 12345 查询: one text matched against case number, applicant, project and address (anywhere in the text) and
 * against contact phone and credit code (whole value or its end); a text of digits only matches the end of phone,
 * credit code or case number. Newest accepted first, at most {@link #LIMIT}.
 * Reads the case list projection; every condition has its own index (V90), so the planner ORs bitmaps.
 */
@Service
public class HotlineSearch {
    public static final int LIMIT = 50;
    /** Fewer characters than this match too much to be useful and defeat the trigram indexes. */
    public static final int MIN_LENGTH = 2;

    private static final RowMapper<HotlineHit> ROW = (rs, i) -> new HotlineHit(rs.getString("case_number"),
            rs.getObject("accepted_on", LocalDate.class), rs.getString("applicant_name"),
            rs.getString("credit_code"), rs.getString("contact_phone"), rs.getString("project_name"),
            rs.getString("address"), CaseStatus.valueOf(rs.getString("status")));

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final String SELECT = """
            SELECT case_number, accepted_on, applicant_name, credit_code, contact_phone, project_name, address, status
              FROM case_summary
            """;
    private static final String ORDER = " ORDER BY accepted_on DESC, case_number DESC LIMIT ?";

    private final JdbcTemplate jdbc;

    HotlineSearch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty for a blank or too short text. */
    public List<HotlineHit> find(String text) {
        String t = text == null ? "" : text.strip();
        if (t.codePointCount(0, t.length()) < MIN_LENGTH) {
            return List.of();
        }
        String endsWith = escapeLike(new StringBuilder(t.toUpperCase(Locale.ROOT)).reverse().toString()) + "%";
        if (DIGITS.matcher(t).matches()) {
            // a number read out by the caller: the end of a phone, credit code or case number; free text
            // containing these digits (house numbers, project codes) would only bury the case
            // the matches first, each through its own index, then the newest of them: left to itself the planner
            // walks the whole list newest first testing every row for a few trailing digits (1.6 s at 1M cases)
            return jdbc.query("""
                    WITH hits AS MATERIALIZED (
                        SELECT case_number FROM case_summary WHERE reverse(contact_phone) LIKE ?
                        UNION SELECT case_number FROM case_summary WHERE reverse(upper(credit_code)) LIKE ?
                        UNION SELECT case_number FROM case_summary WHERE reverse(upper(case_number)) LIKE ?)
                    """ + SELECT + " WHERE case_number IN (SELECT case_number FROM hits)" + ORDER, ROW,
                    endsWith, endsWith, endsWith, LIMIT);
        }
        String anywhere = "%" + escapeLike(t) + "%";
        return jdbc.query(SELECT + """
                 WHERE case_number ILIKE ? OR applicant_name ILIKE ? OR project_name ILIKE ? OR address ILIKE ?
                    OR reverse(contact_phone) LIKE ? OR reverse(upper(credit_code)) LIKE ?""" + ORDER, ROW,
                anywhere, anywhere, anywhere, anywhere, endsWith, endsWith, LIMIT);
    }

    private static String escapeLike(String text) {
        return cn.weihai.lianbao.shared.LikePattern.escape(text);
    }
}
