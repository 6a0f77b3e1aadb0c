package cn.weihai.lianbao.audit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDF layout on a long history: pages, their headers and footers, wrapped notes. */
class HistoryPdfTest {
    private static final Map<String, String> TEXTS = Map.of(
            "audit.pdf.documentTitle", "案件 {0} 办理记录", "audit.pdf.title", "联合报装案件办理记录（{0}）",
            "audit.pdf.summary", "共 {0} 条事件", "audit.pdf.header.case", "案件编号：{0}",
            "audit.pdf.header.title", "办理记录", "audit.pdf.header.generated", "生成时间：{0}",
            "audit.pdf.footer.page", "第 {0} 页 / 共 {1} 页", "audit.pdf.system", "威海市联合报装系统");

    @Test
    void aLongHistoryRunsOverPagesEachWithItsHeaderAndNumber() throws Exception {
        String note = "现场踏勘发现用户红线内管线与规划不符，需要申请人重新提交设计图纸并补充说明，".repeat(4) + "完";
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            rows.add(List.of(String.valueOf(i), "办理进度", "供电：已踏勘 — " + note, "李供电", "市政公用企业人员",
                    "国网威海供电公司", "联合报装工作台", "2026-03-03", "2026-03-03 10:15:30"));
        }
        HistoryTable table = new HistoryTable(List.of("序号", "事项", "办理情况", "经办人", "角色", "单位", "渠道",
                "业务日期", "记录时间（北京时间）"), rows);

        byte[] pdf = HistoryPdf.render("LB-2026-000123", table, "2026-03-10 09:00:00",
                (key, args) -> MessageFormat.format(TEXTS.get(key), args));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(doc).replaceAll("\\s+", "");
                assertThat(text).as("page %d", p).contains("案件编号：LB-2026-000123", "生成时间：2026-03-1009:00:00",
                        "第" + p + "页/共" + pages + "页", "记录时间（北京时间）");
            }
            // wrapped, each row takes six lines: unwrapped, 80 rows would fit on three pages
            assertThat(pages).isGreaterThanOrEqualTo(10);
            stripper.setStartPage(1);
            stripper.setEndPage(pages);
            assertThat(stripper.getText(doc).chars().filter(c -> c == '完').count()).isEqualTo(80);
        }
    }
}
