package cn.weihai.lianbao.supervision.ui;

import cn.weihai.lianbao.supervision.ui.SvgChart.Datum;
import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SvgChartTest {

    /** Parses the markup as XML: fails on anything a browser's SVG parser would not take. */
    private static org.w3c.dom.Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void barsAreScaledToTheMaximumWithLabelsAndValues() throws Exception {
        String svg = SvgChart.bars("按期率", List.of(new Datum("供水", 100, "100.0%"), new Datum("供电", 50, "50.0%")),
                100, "暂无数据");
        var doc = parse(svg);
        var bars = doc.getElementsByTagName("rect");
        assertThat(bars.getLength()).isEqualTo(2);
        double full = Double.parseDouble(bars.item(0).getAttributes().getNamedItem("width").getNodeValue());
        double half = Double.parseDouble(bars.item(1).getAttributes().getNamedItem("width").getNodeValue());
        assertThat(half).isCloseTo(full / 2, org.assertj.core.data.Offset.offset(0.1));
        assertThat(doc.getDocumentElement().getTextContent()).contains("按期率", "供水", "供电", "100.0%", "50.0%");
    }

    @Test
    void textIsEscaped() throws Exception {
        String hostile = "<script>alert('x')</script> & \"q\"";
        String svg = SvgChart.bars(hostile, List.of(new Datum(hostile, 3, hostile)), 0, "-");
        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;", "&amp;", "&quot;q&quot;", "&#39;x&#39;");
        assertThat(parse(svg).getDocumentElement().getTextContent()).contains(hostile);
        String line = SvgChart.line(hostile, List.of(new Datum(hostile, 1, hostile)), "-");
        assertThat(line).doesNotContain("<script>");
        parse(line);
    }

    @Test
    void emptyDataShowsTheEmptyText() throws Exception {
        var bars = parse(SvgChart.bars("标题", List.of(), 100, "暂无数据"));
        assertThat(bars.getElementsByTagName("rect").getLength()).isZero();
        assertThat(bars.getDocumentElement().getTextContent()).contains("标题", "暂无数据");
        var line = parse(SvgChart.line("趋势", List.of(), "No data yet"));
        assertThat(line.getElementsByTagName("polyline").getLength()).isZero();
        assertThat(line.getDocumentElement().getTextContent()).contains("No data yet");
    }

    @Test
    void allZeroBarsHaveNoWidthAndTheLineRisesWithItsValues() throws Exception {
        var zero = parse(SvgChart.bars("t", List.of(new Datum("a", 0, "0")), 0, "-"));
        assertThat(zero.getElementsByTagName("rect").item(0).getAttributes().getNamedItem("width").getNodeValue())
                .isEqualTo("0.0");
        var line = parse(SvgChart.line("t", List.of(new Datum("2026-01", 1, "1"), new Datum("2026-02", 4, "4"),
                new Datum("2026-03", 0, "0")), "-"));
        var points = line.getElementsByTagName("circle");
        assertThat(points.getLength()).isEqualTo(3);
        double y1 = Double.parseDouble(points.item(0).getAttributes().getNamedItem("cy").getNodeValue());
        double y2 = Double.parseDouble(points.item(1).getAttributes().getNamedItem("cy").getNodeValue());
        double y3 = Double.parseDouble(points.item(2).getAttributes().getNamedItem("cy").getNodeValue());
        assertThat(y2).isLessThan(y1); // SVG's y grows downwards
        assertThat(y3).isGreaterThan(y1);
        assertThat(line.getDocumentElement().getTextContent()).contains("2026-01", "2026-02", "2026-03");
    }
}
