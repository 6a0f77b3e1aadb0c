package cn.weihai.lianbao.hotline;

import cn.weihai.lianbao.casefile.api.CaseStatus;
import cn.weihai.lianbao.search.TextPairs;
import cn.weihai.lianbao.shared.CreditCode;
import cn.weihai.lianbao.shared.SearchText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
    private static final String COLUMNS =
            "case_number, accepted_on, applicant_name, credit_code, contact_phone, project_name, address, status";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM case_summary";
    private static final String ORDER = " ORDER BY accepted_on DESC, case_number DESC LIMIT ?";
    /** Matches collected and sorted; a text matching more is common enough to find by walking newest first. */
    static final int MAX_MATCHES = 5_000;

    private final JdbcTemplate jdbc;

    private final int maxMatches;

    @Autowired
    HotlineSearch(JdbcTemplate jdbc) {
        this(jdbc, MAX_MATCHES);
    }

    HotlineSearch(JdbcTemplate jdbc, int maxMatches) {
        this.jdbc = jdbc;
        this.maxMatches = maxMatches;
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
        Optional<String> pair = TextPairs.pairOf(t);
        if (pair.isPresent()) {
            // a two-character word ("置业"): no trigram for an index to ask, so the cases' pairs, newest first in their
            // key's order (see SupervisionQueries.tracks); phones, credit codes and case numbers are ASCII
            return jdbc.query("SELECT " + COLUMNS + " FROM (SELECT s.*, p.accepted_on AS pair_accepted_on FROM "
                    + TextPairs.TABLE + " p JOIN case_summary s ON s.case_number = p.case_number WHERE p.pair = ?"
                    + " AND p.fields & " + (TextPairs.NAMES | TextPairs.ADDRESS) + " <> 0)"
                    + " case_summary ORDER BY pair_accepted_on DESC, case_number DESC LIMIT ?",
                    ROW, pair.get(), LIMIT);
        }
        List<Object> args = new ArrayList<>();
        String condition = textCondition(t, endsWith, args);
        // the matches first, through the indexes' bitmaps, then the newest of them: left to itself the planner walks
        // the cases newest first testing each, quick when the text is common, but a builder with a few cases or a
        // case number made it read every case (400 ms at 100,000 cases, issue 8). Past maxMatches the text is
        // common and that walk is the quick way.
        int[] matches = {0};
        List<Object> collectArgs = new ArrayList<>(args);
        collectArgs.add(maxMatches + 1);
        collectArgs.add(LIMIT);
        // the matches' columns are taken as they are found: reading each row again by its case number cost a group's
        // ~1,500 cases a second round of heap visits (12345 p95 56 ms at 1,000,000 cases)
        List<HotlineHit> newest = jdbc.query("WITH hits AS MATERIALIZED (SELECT " + COLUMNS + " FROM case_summary"
                        + " WHERE " + condition + " LIMIT ?) SELECT (SELECT count(*) FROM hits) AS matches, * FROM hits"
                        + ORDER,
                (rs, i) -> {
                    matches[0] = rs.getInt("matches");
                    return ROW.mapRow(rs, i);
                }, collectArgs.toArray());
        if (matches[0] <= maxMatches) {
            return newest;
        }
        args.add(LIMIT);
        return jdbc.query(SELECT + " WHERE " + condition + ORDER, ROW, args.toArray());
    }

    /**
     * The text anywhere in case number, applicant, project or address, or at the end of phone or credit code. A case
     * number's or a builder's name's arm asks its index for the narrower part only and checks the whole text on the
     * rows found (see SearchText: "LB-2026-" and "有限公司" are in every row).
     */
    private static String textCondition(String t, String endsWith, List<Object> args) {
        if (CreditCode.isValid(t.toUpperCase(Locale.ROOT))) {
            // a whole credit code is nothing else: its digits' trigrams in the other columns cost 60 ms at 1,000,000
            args.add(endsWith);
            return "reverse(upper(credit_code)) LIKE ?";
        }
        String anywhere = "%" + escapeLike(t) + "%";
        List<String> arms = new ArrayList<>();
        if (t.chars().allMatch(c -> c < 0x80)) {
            // case numbers are ASCII (LB-2026-000123): asking their index for Chinese text cost a few ms for nothing
            arms.add(SearchText.caseNumberTail(t)
                    .map(tail -> narrowed("case_number", "%" + escapeLike(tail) + "%", anywhere, args))
                    .orElseGet(() -> plain("case_number", anywhere, args)));
        }
        // a builder's whole name: every text column asks its index for the name without "集团有限公司", whose common
        // trigrams cost the project and address indexes 15–20 ms each at 1,000,000 cases
        String core = SearchText.withoutLegalForm(t);
        for (String column : List.of("applicant_name", "project_name", "address")) {
            arms.add(core.equals(t) ? plain(column, anywhere, args)
                    : narrowed(column, "%" + escapeLike(core) + "%", anywhere, args));
        }
        arms.add("reverse(contact_phone) LIKE ?");
        arms.add("reverse(upper(credit_code)) LIKE ?");
        args.add(endsWith);
        args.add(endsWith);
        return "(" + String.join(" OR ", arms) + ")";
    }

    private static String plain(String column, String pattern, List<Object> args) {
        args.add(pattern);
        return column + " ILIKE ?";
    }

    private static String narrowed(String column, String indexed, String whole, List<Object> args) {
        args.add(indexed);
        args.add(whole);
        return "(" + column + " ILIKE ? AND (" + column + " || '') ILIKE ?)";
    }

    private static String escapeLike(String text) {
        return cn.weihai.lianbao.shared.LikePattern.escape(text);
    }
}
