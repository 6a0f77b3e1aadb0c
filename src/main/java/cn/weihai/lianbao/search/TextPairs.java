package cn.weihai.lianbao.search;

import cn.weihai.lianbao.shared.LikePattern;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Two-character words (两个字: "置业", "源祥", "文化") of the builders' names, projects and addresses, for the searches
 * a trigram index cannot answer: a two-character text has no trigram, so "%置业%" read every row (3–5 s on the
 * dashboard at 1,000,000 cases, issue 8). {@code case_text_pair} holds each case's pairs of neighbouring characters,
 * written once when the case is accepted (those texts never change), in page order: newest accepted first.
 * <p>
 * Only pairs with a character beyond ASCII are kept: the words people search by are Chinese; two letters or digits
 * ("12", "ab") would be in nearly every case number and code, and such texts keep their former way.
 */
public final class TextPairs {
    /** The table: pair, accepted_on, case_number, fields; primary key in that order. */
    public static final String TABLE = "case_text_pair";
    /** Bit of {@code fields}: the builder's name or the project's name (every search looks there). */
    public static final int NAMES = 1;
    /** Bit of {@code fields}: the project's address (the 12345 search looks there). */
    public static final int ADDRESS = 2;
    /** Bit of {@code fields}: the project's code (the supervision dashboard looks there). */
    public static final int PROJECT_CODE = 4;

    private TextPairs() {
    }

    /** The pair {@code text} is, lower case, when the table answers it: two characters, one beyond ASCII. */
    public static Optional<String> pairOf(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        int[] cps = t.codePoints().toArray();
        return cps.length == 2 && kept(cps[0], cps[1]) ? Optional.of(t) : Optional.empty();
    }

    /**
     * Each pair of neighbouring characters in the case's texts, lower case, with the fields it occurs in
     * (a sum of {@link #NAMES}, {@link #ADDRESS} and {@link #PROJECT_CODE}), in the order first met.
     */
    public static Map<String, Integer> of(String applicantName, String projectName, String projectCode,
                                          String address) {
        Map<String, Integer> pairs = new LinkedHashMap<>();
        add(pairs, applicantName, NAMES);
        add(pairs, projectName, NAMES);
        add(pairs, projectCode, PROJECT_CODE);
        add(pairs, address, ADDRESS);
        return pairs;
    }

    private static void add(Map<String, Integer> pairs, String text, int field) {
        if (text == null) {
            return;
        }
        int[] cps = text.toLowerCase(Locale.ROOT).codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i++) {
            if (kept(cps[i], cps[i + 1])) {
                pairs.merge(new String(cps, i, 2), field, (a, b) -> a | b);
            }
        }
    }

    /**
     * The condition of the case list and the work queue: {@code text} in the case number, the builder's name or the
     * project's name; its arguments go to {@code args}. A two-character word is looked up among the pairs (case
     * numbers are ASCII); other texts by ILIKE through the trigram indexes.
     */
    public static String inNumberOrNames(String text, List<Object> args) {
        Optional<String> pair = pairOf(text);
        if (pair.isPresent()) {
            args.add(pair.get());
            return "case_number IN (SELECT case_number FROM " + TABLE + " WHERE pair = ? AND fields & " + NAMES
                    + " <> 0)";
        }
        String pattern = "%" + LikePattern.escape(text) + "%";
        args.addAll(List.of(pattern, pattern, pattern));
        return "(case_number ILIKE ? OR applicant_name ILIKE ? OR project_name ILIKE ?)";
    }

    private static boolean kept(int first, int second) {
        return !Character.isWhitespace(first) && !Character.isWhitespace(second)
                && !Character.isISOControl(first) && !Character.isISOControl(second)
                && (first > 0x7F || second > 0x7F);
    }
}
