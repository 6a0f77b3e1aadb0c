package cn.weihai.lianbao.shared;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a search text worth asking a trigram index for. Parts every row shares ("有限公司" in nearly every
 * builder's name, "LB-2026-" in every case number of the year) have posting lists as long as the table: asking for
 * them costs more than everything else together. The searches ask the index for the narrower part and check the whole
 * text on the rows it finds.
 */
public final class SearchText {
    /** Legal forms ending builders' names, longest first. */
    private static final List<String> LEGAL_FORMS = List.of("股份有限公司", "有限责任公司", "有限公司", "集团", "公司");
    /** A case number (LB-2026-000123) or its year and number: the number is what sets it apart. */
    private static final Pattern CASE_NUMBER_TAIL = Pattern.compile("(?i)(?:lb-)?\\d{4}-(\\d{3,})");

    private SearchText() {
    }

    /**
     * {@code text} without the legal forms it ends with ("海景置业集团有限公司" → "海景置业"), or {@code text} itself
     * when fewer than three characters (one trigram) would be left.
     */
    public static String withoutLegalForm(String text) {
        String core = text;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String form : LEGAL_FORMS) {
                if (core.endsWith(form)) {
                    core = core.substring(0, core.length() - form.length()).strip();
                    stripped = true;
                    break;
                }
            }
        }
        return core.codePointCount(0, core.length()) >= 3 ? core : text;
    }

    /** The number of a case number or of its year and number ("LB-2026-000123" → "000123"). */
    public static Optional<String> caseNumberTail(String text) {
        Matcher m = CASE_NUMBER_TAIL.matcher(text);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
