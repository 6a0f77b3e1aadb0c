package cn.weihai.lianbao.shared;

/**
 * What someone typed into a search box, made safe for a LIKE pattern: LIKE's wildcards and escape taken
 * literally, and NUL dropped (PostgreSQL refuses NUL in any text parameter, and nothing stored contains it).
 */
public final class LikePattern {
    private LikePattern() {
    }

    public static String escape(String text) {
        return text.replace("\0", "").replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
