package cn.weihai.lianbao.identity.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The key's text {@code lbk_<id>_<secret>}: 8 hex digits of public id, 256 random bits of secret. */
public record ApiKeyToken(String id, String secret) {
    public static final String PREFIX = "lbk_";
    private static final Pattern FORMAT = Pattern.compile("lbk_([0-9a-f]{8})_([0-9a-f]{64})");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    static ApiKeyToken generate() {
        return new ApiKeyToken(HEX.formatHex(randomBytes(4)), HEX.formatHex(randomBytes(32)));
    }

    public static Optional<ApiKeyToken> parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
        return m.matches() ? Optional.of(new ApiKeyToken(m.group(1), m.group(2))) : Optional.empty();
    }

    public String text() {
        return PREFIX + id + "_" + secret;
    }

    /** What is stored: the secret is random and long, so a plain SHA-256 cannot be reversed by guessing. */
    byte[] secretHash() {
        return sha256(secret);
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    @Override
    public String toString() {
        return "ApiKeyToken[" + id + "]";
    }
}
