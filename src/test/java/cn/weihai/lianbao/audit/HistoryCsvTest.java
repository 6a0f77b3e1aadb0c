package cn.weihai.lianbao.audit;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryCsvTest {

    @Test
    void plainTextIsWrittenAsItIs() {
        assertThat(HistoryCsv.field("供电：已踏勘")).isEqualTo("供电：已踏勘");
        assertThat(HistoryCsv.field("")).isEmpty();
        assertThat(HistoryCsv.field(null)).isEmpty();
    }

    @Test
    void commasQuotesLineBreaksAndOuterSpacesAreQuoted() {
        assertThat(HistoryCsv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(HistoryCsv.field("他说\"好\"")).isEqualTo("\"他说\"\"好\"\"\"");
        assertThat(HistoryCsv.field("一\r\n二")).isEqualTo("\"一\r\n二\"");
        assertThat(HistoryCsv.field(" 前空格")).isEqualTo("\" 前空格\"");
    }

    @Test
    void aFormulaIsDefusedButANegativeNumberStaysANumber() {
        assertThat(HistoryCsv.field("=1+1")).isEqualTo("'=1+1");
        assertThat(HistoryCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(HistoryCsv.field("+86 138")).isEqualTo("'+86 138");
        assertThat(HistoryCsv.field("-5")).isEqualTo("-5");
    }

    @Test
    void theFileStartsWithTheByteOrderMarkAndEndsEachLineWithCrLf() {
        byte[] csv = HistoryCsv.render(new HistoryTable(List.of("序号", "事项"),
                List.of(List.of("0", "受理"), List.of("1", "a,b"))));

        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("\uFEFF序号,事项\r\n0,受理\r\n1,\"a,b\"\r\n");
    }
}
