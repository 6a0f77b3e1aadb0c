package cn.weihai.lianbao.casefile.materials;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an upload really is, from its first bytes, whatever its name or the browser claims: materials are
 * documents and scans (PDF, OFD, JPEG, PNG) or the CAD drawings some services require (DWG, DXF). Anything else —
 * an executable renamed .pdf, HTML, an arbitrary archive — is refused. The detected type is also the one the file
 * is later served with, so a stored file can never come back as HTML.
 */
public final class ContentSniffer {
    /** Bytes needed to decide. */
    public static final int HEAD = 64;

    private ContentSniffer() {
    }

    /** The content type of a file starting with {@code head}, named {@code name}; empty when not accepted. */
    public static Optional<String> contentType(byte[] head, String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (startsWith(head, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("application/pdf");
        }
        if (startsWith(head, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(head, new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of("image/png");
        }
        // OFD (GB/T 33190) is a ZIP container; a ZIP is taken only under an .ofd name
        if (startsWith(head, new byte[]{'P', 'K', 3, 4}) && lower.endsWith(".ofd")) {
            return Optional.of("application/ofd");
        }
        if (startsWith(head, "AC10".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("image/vnd.dwg");
        }
        if (lower.endsWith(".dxf") && dxf(head)) {
            return Optional.of("image/vnd.dxf");
        }
        return Optional.empty();
    }

    /** ASCII DXF: group code 0 (or a 999 comment) on the first line, then SECTION; or the binary DXF sentinel. */
    private static boolean dxf(byte[] head) {
        if (startsWith(head, "AutoCAD Binary DXF".getBytes(StandardCharsets.US_ASCII))) {
            return true;
        }
        String text = new String(head, StandardCharsets.US_ASCII).stripLeading();
        return text.startsWith("999") || text.matches("(?s)0\\s*\\r?\\n\\s*SECTION.*");
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    /**
     * A file name fit to show and to send back in Content-Disposition: no folders (../, C:\), no control or
     * bidirectional-override characters, at most {@code max} characters (keeping the extension's end).
     */
    public static String displayName(String name, int max) {
        if (name == null) {
            return null;
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        StringBuilder clean = new StringBuilder();
        base.codePoints().filter(c -> !Character.isISOControl(c) && !bidiControl(c)
                && Character.getType(c) != Character.FORMAT).forEach(clean::appendCodePoint);
        String s = clean.toString().strip();
        while (s.startsWith(".")) {
            s = s.substring(1);
        }
        if (s.isBlank()) {
            return null;
        }
        return s.length() > max ? s.substring(s.length() - max) : s;
    }

    private static boolean bidiControl(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F;
    }
}
