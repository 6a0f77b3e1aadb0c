package cn.weihai.lianbao.casefile.form;

import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tiny flow layout on A4 pages (portrait, or landscape for wide tables) with one embedded font: wrapped
 * paragraphs and bordered table rows that move to a new page when they do not fit (a table repeats its header
 * there). Bold is the regular font filled and stroked, so one font file serves both. Characters the font lacks are
 * drawn as {@link #MISSING}.
 */
public final class FormCanvas implements AutoCloseable {
    static final PDRectangle A4 = PDRectangle.A4;
    public static final PDRectangle A4_LANDSCAPE = new PDRectangle(A4.getHeight(), A4.getWidth());
    static final float MARGIN_X = 50;
    static final float MARGIN_TOP = 40;
    /** Room below the flow for the footer. */
    static final float MARGIN_BOTTOM = 50;
    /** The width of the flow on a portrait page. */
    static final float WIDTH = A4.getWidth() - 2 * MARGIN_X;
    static final char MISSING = '?';

    private static final float PAD_X = 5;
    private static final float PAD_Y = 3;
    static final float LEADING = 1.32f;
    private static final float LINE = 0.6f;
    private static final float SHADE = 0.92f;

    public enum Align { LEFT, CENTER, RIGHT }

    /** One table cell: its text, and how it is drawn. */
    public record Cell(String text, Align align, boolean shaded, boolean bold) {
        static Cell label(String text) {
            return new Cell(text, Align.LEFT, true, false);
        }

        public static Cell value(String text) {
            return new Cell(text, Align.LEFT, false, false);
        }

        public static Cell centered(String text) {
            return new Cell(text, Align.CENTER, false, false);
        }

        public static Cell header(String text) {
            return new Cell(text, Align.CENTER, true, true);
        }
    }

    private final PDDocument doc;
    private final PDType0Font font;
    private final PDRectangle pageSize;
    private final float width;
    private final Map<Integer, Boolean> glyphs = new HashMap<>();
    private PDPageContentStream out;
    private float y;

    FormCanvas(PDDocument doc, PDType0Font font) {
        this(doc, font, A4);
    }

    /** A flow on pages of {@code size}, e.g. {@link #A4_LANDSCAPE}. */
    public FormCanvas(PDDocument doc, PDType0Font font, PDRectangle size) {
        this.doc = doc;
        this.font = font;
        this.pageSize = size;
        this.width = size.getWidth() - 2 * MARGIN_X;
        newPage();
    }

    /** The Chinese font (Noto Sans SC) embedded in {@code doc} as a subset, written horizontally. */
    public static PDType0Font embedFont(PDDocument doc) throws IOException {
        return PDType0Font.load(doc, new RandomAccessReadBuffer(ApplicationFormPdf.font()), true, false);
    }

    /** The width of the flow: the page's less its margins. */
    public float width() {
        return width;
    }

    float remaining() {
        return y - MARGIN_BOTTOM;
    }

    public void gap(float height) {
        y -= height;
    }

    void newPage() {
        try {
            if (out != null) {
                out.close();
            }
            PDPage page = new PDPage(pageSize);
            doc.addPage(page);
            out = new PDPageContentStream(doc, page);
            y = pageSize.getHeight() - MARGIN_TOP;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a new page unless {@code height} still fits on this one. */
    void keep(float height) {
        if (height > remaining()) {
            newPage();
        }
    }

    /** A wrapped paragraph across the full width. */
    public void paragraph(String text, float size, boolean bold, Align align) {
        for (String line : wrap(text, size, width)) {
            keep(size * LEADING);
            float x = switch (align) {
                case LEFT -> MARGIN_X;
                case CENTER -> MARGIN_X + (width - width(line, size)) / 2;
                case RIGHT -> MARGIN_X + width - width(line, size);
            };
            text(line, x, baseline(y, size), size, bold);
            y -= size * LEADING;
        }
    }

    /**
     * A table: the header row is repeated at the top of every page the table continues on, and the last row
     * stays on one page with the {@code keepAfter} points that follow it (a note on the table).
     */
    public void table(float[] widths, List<Cell> header, List<List<Cell>> rows, float size, float keepAfter) {
        float headerHeight = height(widths, header, size);
        keep(headerHeight + (rows.isEmpty() ? 0 : height(widths, rows.getFirst(), size)));
        row(widths, header, size);
        for (int i = 0; i < rows.size(); i++) {
            float needed = height(widths, rows.get(i), size) + (i == rows.size() - 1 ? keepAfter : 0);
            if (needed > remaining()) {
                newPage();
                row(widths, header, size);
            }
            row(widths, rows.get(i), size);
        }
    }

    /** The height {@link #row} will take. */
    float rowHeight(float[] widths, List<Cell> cells, float size) {
        return height(widths, cells, size);
    }

    /** The height {@link #paragraph} will take. */
    float paragraphHeight(String text, float size) {
        return wrap(text, size, width).size() * size * LEADING;
    }

    /** One bordered row; its height is that of its tallest cell. Consecutive rows share their borders. */
    void row(float[] widths, List<Cell> cells, float size) {
        float h = height(widths, cells, size);
        keep(h);
        float x = MARGIN_X;
        try {
            for (int i = 0; i < cells.size(); i++) {
                Cell cell = cells.get(i);
                float w = widths[i];
                if (cell.shaded()) {
                    out.setNonStrokingColor(SHADE);
                    out.addRect(x, y - h, w, h);
                    out.fill();
                    out.setNonStrokingColor(0f);
                }
                out.setLineWidth(LINE);
                out.addRect(x, y - h, w, h);
                out.stroke();
                List<String> lines = wrap(cell.text(), size, w - 2 * PAD_X);
                float top = y - (h - lines.size() * size * LEADING) / 2;
                for (String line : lines) {
                    float lx = switch (cell.align()) {
                        case LEFT -> x + PAD_X;
                        case CENTER -> x + (w - width(line, size)) / 2;
                        case RIGHT -> x + w - PAD_X - width(line, size);
                    };
                    text(line, lx, baseline(top, size), size, cell.bold());
                    top -= size * LEADING;
                }
                x += w;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= h;
    }

    /** Boxes side by side, each with lines at its top and lines at its bottom (signature boxes). */
    void boxes(float height, float size, List<List<String>> tops, List<List<String>> bottoms) {
        keep(height);
        float w = width / tops.size();
        try {
            out.setLineWidth(LINE);
            for (int i = 0; i < tops.size(); i++) {
                float x = MARGIN_X + i * w;
                out.addRect(x, y - height, w, height);
                out.stroke();
                float top = y - PAD_Y * 1.5f;
                for (String line : tops.get(i)) {
                    for (String part : wrap(line, size, w - 4 * PAD_X)) {
                        text(part, x + 2 * PAD_X, baseline(top, size), size, false);
                        top -= size * LEADING;
                    }
                }
                List<String> bottom = bottoms.get(i);
                float bottomTop = y - height + PAD_Y * 1.5f + bottom.size() * size * LEADING;
                for (String line : bottom) {
                    String c = clean(line);
                    text(c, x + w - 2 * PAD_X - width(c, size), baseline(bottomTop, size), size, false);
                    bottomTop -= size * LEADING;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= height;
    }

    /** Draws the footer of one page, below the flow: a rule, then a left, a centred and a right part. */
    public static void footer(PDDocument doc, PDType0Font font, int pageIndex, String left, String centre,
                              String right, float size) throws IOException {
        float base = MARGIN_BOTTOM - 28;
        edgeLine(doc, font, pageIndex, left, centre, right, size, base, base + size + 4);
    }

    /** Draws the header of one page, above the flow: a left, a centred and a right part, then a rule. */
    public static void header(PDDocument doc, PDType0Font font, int pageIndex, String left, String centre,
                              String right, float size) throws IOException {
        float base = doc.getPage(pageIndex).getMediaBox().getHeight() - MARGIN_TOP + 12;
        edgeLine(doc, font, pageIndex, left, centre, right, size, base, base - 4);
    }

    private static void edgeLine(PDDocument doc, PDType0Font font, int pageIndex, String left, String centre,
                                 String right, float size, float base, float rule) throws IOException {
        PDPage page = doc.getPage(pageIndex);
        try (FormCanvas canvas = new FormCanvas(doc, font, page)) {
            float width = canvas.width;
            canvas.out.setLineWidth(0.4f);
            canvas.out.moveTo(MARGIN_X, rule);
            canvas.out.lineTo(MARGIN_X + width, rule);
            canvas.out.stroke();
            String l = canvas.clean(left);
            String c = canvas.clean(centre);
            String r = canvas.clean(right);
            canvas.text(l, MARGIN_X, base, size, false);
            canvas.text(c, MARGIN_X + (width - canvas.width(c, size)) / 2, base, size, false);
            canvas.text(r, MARGIN_X + width - canvas.width(r, size), base, size, false);
        }
    }

    private FormCanvas(PDDocument doc, PDType0Font font, PDPage page) throws IOException {
        this.doc = doc;
        this.font = font;
        this.pageSize = page.getMediaBox();
        this.width = pageSize.getWidth() - 2 * MARGIN_X;
        this.out = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true);
    }

    private float height(float[] widths, List<Cell> cells, float size) {
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            lines = Math.max(lines, wrap(cells.get(i).text(), size, widths[i] - 2 * PAD_X).size());
        }
        return lines * size * LEADING + 2 * PAD_Y;
    }

    /** The baseline of a line whose box starts at {@code top}: the glyphs sit centred in the line's leading. */
    private static float baseline(float top, float size) {
        return top - (LEADING - 1) * size / 2 - size * 0.86f;
    }

    private void text(String line, float x, float baseline, float size, boolean bold) {
        if (line.isEmpty()) {
            return;
        }
        try {
            out.beginText();
            out.setFont(font, size);
            if (bold) {
                out.setRenderingMode(RenderingMode.FILL_STROKE);
                out.setLineWidth(size * 0.035f);
            }
            out.newLineAtOffset(x, baseline);
            out.showText(line);
            if (bold) {
                out.setRenderingMode(RenderingMode.FILL);
            }
            out.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float width(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with controls made spaces and characters the font cannot draw replaced. */
    String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                b.append('\n');
            } else if (Character.isISOControl(cp) || Character.isWhitespace(cp) && cp != '\u3000') {
                b.append(' ');
            } else if (drawable(cp)) {
                b.appendCodePoint(cp);
            } else {
                b.append(MISSING);
            }
        });
        return b.toString();
    }

    private boolean drawable(int codePoint) {
        return glyphs.computeIfAbsent(codePoint, cp -> {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }

    /**
     * Splits {@code text} into lines no wider than {@code width}: Chinese may break between any two characters,
     * Latin words and numbers only at spaces (unless a word alone is too wide); closing punctuation never starts
     * a line, it hangs at the end of the previous one.
     */
    List<String> wrap(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : clean(text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String token : tokens(paragraph)) {
                String candidate = line + token;
                if (width(candidate.stripTrailing(), size) <= width || line.isEmpty() && token.isBlank()
                        || isClosing(token)) {
                    line.append(token);
                    continue;
                }
                if (!line.isEmpty()) {
                    // an opening bracket or quote never ends a line: it moves down with what it opens
                    String carried = "";
                    int last = line.length() - 1;
                    if (last > 0 && isOpening(line.charAt(last))) {
                        carried = String.valueOf(line.charAt(last));
                        line.setLength(last);
                    }
                    lines.add(line.toString().stripTrailing());
                    line.setLength(0);
                    line.append(carried);
                }
                if (token.isBlank()) {
                    continue;
                }
                // a word wider than the whole line: break it between characters
                for (int i = 0; i < token.length(); ) {
                    int cp = token.codePointAt(i);
                    String ch = new String(Character.toChars(cp));
                    if (!line.isEmpty() && width(line + ch, size) > width) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    line.append(ch);
                    i += Character.charCount(cp);
                }
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** Runs of Latin letters and digits stay together; every other character is a token of its own. */
    private static List<String> tokens(String paragraph) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        paragraph.codePoints().forEach(cp -> {
            if (cp < 0x2E80 && (Character.isLetterOrDigit(cp) || "-_./@:()+%#".indexOf(cp) >= 0)) {
                word.appendCodePoint(cp);
            } else {
                if (!word.isEmpty()) {
                    tokens.add(word.toString());
                    word.setLength(0);
                }
                tokens.add(new String(Character.toChars(cp)));
            }
        });
        if (!word.isEmpty()) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    private static boolean isOpening(char c) {
        return "（【《「『“‘([".indexOf(c) >= 0;
    }

    private static boolean isClosing(String token) {
        return token.length() == 1 && "，。、；：！？）】》」』”’,.;:!?)".indexOf(token.charAt(0)) >= 0;
    }

    @Override
    public void close() {
        try {
            if (out != null) {
                out.close();
                out = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
