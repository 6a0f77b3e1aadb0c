package cn.weihai.lianbao.audit;

import cn.weihai.lianbao.casefile.form.FormCanvas;
import cn.weihai.lianbao.casefile.form.FormCanvas.Align;
import cn.weihai.lianbao.casefile.form.FormCanvas.Cell;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A case's history as an A4 landscape PDF with the embedded Chinese font: one table row per event (long notes
 * wrap, the column headings repeat on every page), the case number and the generation time in each page's header
 * and the page number in its footer.
 */
final class HistoryPdf {
    private static final float TEXT = 7.5f;
    /** Fixed columns; the description (third) takes what is left of the width. */
    private static final float[] FIXED = {28, 72, 0, 58, 62, 96, 74, 56, 82};

    private HistoryPdf() {
    }

    /** {@code texts}: a message of the audit bundle in the export's language, from its key and arguments. */
    static byte[] render(String caseNumber, HistoryTable table, String generatedAt,
                         BiFunction<String, Object[], String> texts) {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = FormCanvas.embedFont(doc);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(texts.apply("audit.pdf.documentTitle", new Object[]{caseNumber}));
            info.setCreator(texts.apply("audit.pdf.system", new Object[0]));
            try (FormCanvas canvas = new FormCanvas(doc, font, FormCanvas.A4_LANDSCAPE)) {
                canvas.paragraph(texts.apply("audit.pdf.title", new Object[]{caseNumber}), 14, true, Align.CENTER);
                canvas.gap(2);
                canvas.paragraph(texts.apply("audit.pdf.summary", new Object[]{table.rows().size()}), 8, false,
                        Align.CENTER);
                canvas.gap(6);
                float[] widths = widths(canvas.width());
                canvas.table(widths, table.header().stream().map(Cell::header).toList(),
                        table.rows().stream().map(HistoryPdf::cells).toList(), TEXT, 0);
            }
            int pages = doc.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                FormCanvas.header(doc, font, i, texts.apply("audit.pdf.header.case", new Object[]{caseNumber}),
                        texts.apply("audit.pdf.header.title", new Object[0]),
                        texts.apply("audit.pdf.header.generated", new Object[]{generatedAt}), 8);
                FormCanvas.footer(doc, font, i, texts.apply("audit.pdf.system", new Object[0]),
                        texts.apply("audit.pdf.footer.page", new Object[]{i + 1, pages}), caseNumber, 8);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float[] widths(float total) {
        float[] widths = FIXED.clone();
        float fixed = 0;
        for (float w : widths) {
            fixed += w;
        }
        widths[2] = total - fixed;
        return widths;
    }

    private static List<Cell> cells(List<String> row) {
        return row.stream().map(text -> Cell.value(text)).toList();
    }
}
