package cn.weihai.lianbao.supervision.ui;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatisticsCsvTest {

    @Test
    void utf8WithAByteOrderMarkForExcelAndCrlfLines() {
        byte[] csv = StatisticsCsv.of(List.of("分组", "按期率"),
                List.of(List.of("供水", "87.5%"), List.of("供电", "100.0%")));
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("分组,按期率\r\n供水,87.5%\r\n供电,100.0%\r\n");
    }

    @Test
    void fieldsWithSeparatorsQuotesOrLineBreaksAreQuotedAndFormulasDefused() {
        byte[] csv = StatisticsCsv.of(List.of("a"), List.of(List.of("x,y"), List.of("say \"hi\""), List.of("1\n2"),
                List.of("=HYPERLINK(\"evil\")"), List.of("-5"), List.of("")));
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("a\r\n\"x,y\"\r\n\"say \"\"hi\"\"\"\r\n\"1\n2\"\r\n"
                + "\"'=HYPERLINK(\"\"evil\"\")\"\r\n-5\r\n\r\n");
    }
}
