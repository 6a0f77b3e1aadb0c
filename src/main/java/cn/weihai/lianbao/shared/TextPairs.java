package cn.weihai.lianbao.shared;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The two-character searches the trigram indexes cannot serve ("置业", "海景": most Chinese words are two characters),
 * answered from a {@code text_pairs} column ({@code supervision_track}, {@code case_summary}; SQL {@code pairs_of}):
 * every pair of neighbouring characters of the row's texts, lower case, without whitespace, that holds at least one
 * non-ASCII character. A text of two characters, one of them non-ASCII, is in a row's texts exactly when it is in the
 * row's pairs. All-ASCII pairs (case numbers, codes, phones) are left out: they would make the index as large again and
 * are searched by LIKE as before.
 */
public final class TextPairs {
    private TextPairs() {
    }

    /** The distinct pairs of {@code texts} (nulls skipped), in order of first appearance. */
    public static String[] of(String... texts) {
        Set<String> pairs = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            int[] c = text.toLowerCase(Locale.ROOT).codePoints().toArray();
            for (int i = 0; i + 1 < c.length; i++) {
                if (isPair(c[i], c[i + 1])) {
                    pairs.add(new String(c, i, 2));
                }
            }
        }
        return pairs.toArray(String[]::new);
    }

    /** {@code text} (stripped) as the one pair it is, lower case, or null when the pairs cannot answer it. */
    public static String asPair(String text) {
        int[] c = text.toLowerCase(Locale.ROOT).codePoints().toArray();
        return c.length == 2 && isPair(c[0], c[1]) ? new String(c, 0, 2) : null;
    }

    private static boolean isPair(int a, int b) {
        return !Character.isWhitespace(a) && !Character.isWhitespace(b) && (a > 0x7F || b > 0x7F)
                && a != 0 && b != 0;
    }
}
