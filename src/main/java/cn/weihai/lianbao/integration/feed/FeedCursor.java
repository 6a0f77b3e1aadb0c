package cn.weihai.lianbao.integration.feed;

import cn.weihai.lianbao.shared.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque position in a feed: the global index of the last event a client has seen. Clients store it and send
 * it back; its format may change (the "c1" prefix names this one).
 */
public record FeedCursor(long globalIndex) {
    private static final String PREFIX = "c1.";
    public static final FeedCursor START = new FeedCursor(0);

    public FeedCursor {
        if (globalIndex < 0) {
            throw new IllegalArgumentException("negative index");
        }
    }

    public String encode() {
        return PREFIX + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("gi:" + globalIndex).getBytes(StandardCharsets.US_ASCII));
    }

    /** Blank means "from the start"; anything not made by {@link #encode()} is a 400 on {@code field}. */
    public static FeedCursor decode(String field, String text) {
        if (text == null || text.isBlank()) {
            return START;
        }
        String cursor = text.strip();
        try {
            if (cursor.startsWith(PREFIX)) {
                String plain = new String(Base64.getUrlDecoder().decode(cursor.substring(PREFIX.length())),
                        StandardCharsets.US_ASCII);
                if (plain.startsWith("gi:") && plain.length() <= 22) {
                    return new FeedCursor(Long.parseLong(plain.substring(3)));
                }
            }
        } catch (IllegalArgumentException e) {
            // NumberFormatException and bad Base64 alike: not one of ours
        }
        throw InvalidInputException.of(field, "feed.validation.cursor");
    }
}
