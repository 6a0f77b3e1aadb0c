package cn.weihai.lianbao.casefile.form;

import cn.weihai.lianbao.casefile.form.FormCanvas.Cell;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The layout rules of the form, with the real font: line breaking, missing glyphs, tables across pages. */
class FormCanvasTest {
    PDDocument doc;
    PDType0Font font;
    FormCanvas canvas;

    @BeforeEach
    void open() throws IOException {
        doc = new PDDocument();
        font = PDType0Font.load(doc, new RandomAccessReadBuffer(ApplicationFormPdf.font()), true, false);
        canvas = new FormCanvas(doc, font);
    }

    @AfterEach
    void close() throws IOException {
        canvas.close();
        doc.close();
    }

    @Test
    void chineseBreaksAnywhereButAnOpeningBracketMovesDownAndClosingPunctuationHangs() {
        // a CJK character is 1 em: 10 pt at size 10, so 50 pt hold five
        assertThat(canvas.wrap("一二三四（五六）", 10, 50)).containsExactly("一二三四", "（五六）");
        assertThat(canvas.wrap("一二三四五。六", 10, 50)).containsExactly("一二三四五。", "六");
        assertThat(canvas.wrap("一二三四五六七八九十一二", 10, 50)).containsExactly("一二三四五", "六七八九十", "一二");
    }

    @Test
    void latinWordsAndNumbersStayWholeUnlessTooLongForALine() {
        float width = canvas.width("2025-371002-70-01", 10) + 1;

        assertThat(canvas.wrap("项目代码 2025-371002-70-01", 10, width)).containsExactly("项目代码", "2025-371002-70-01");
        assertThat(canvas.wrap("2025-371002-70-01-2026000002", 10, width))
                .hasSize(2).allSatisfy(line -> assertThat(canvas.width(line, 10)).isLessThanOrEqualTo(width));
    }

    @Test
    void lineBreaksInTheTextAreKeptAndCharactersTheFontLacksBecomeQuestionMarks() {
        assertThat(canvas.wrap("第一行\n第二行", 10, 200)).containsExactly("第一行", "第二行");
        assertThat(canvas.clean("威海\uD83D\uDE00\t市")).isEqualTo("威海? 市");
        assertThat(canvas.clean(null)).isEmpty();
    }

    @Test
    void aLongTableContinuesOnNewPagesUnderItsRepeatedHeader() throws IOException {
        float[] widths = {60, FormCanvas.WIDTH - 60};
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 1; i <= 90; i++) {
            rows.add(List.of(Cell.centered(String.valueOf(i)), Cell.value("第" + i + "行")));
        }
        canvas.table(widths, List.of(Cell.header("序号"), Cell.header("表头内容")), rows, 9, 0);
        canvas.close();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);

        try (PDDocument read = Loader.loadPDF(out.toByteArray())) {
            assertThat(read.getNumberOfPages()).isGreaterThan(1);
            for (int page = 1; page <= read.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(read);
                assertThat(Pattern.compile("表头内容").matcher(text).results().count()).as("page " + page).isEqualTo(1);
            }
            String all = new PDFTextStripper().getText(read).replaceAll("\\s+", "");
            assertThat(all).contains("第1行", "第45行", "第90行");
        }
    }
}
