package cn.weihai.lianbao.casefile.importing;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTextTest {
    @Test
    void readsUtf8WithAndWithoutByteOrderMarkAndGbk() {
        String text = "建设单位名称,项目代码\r\n威海某某公司,P-1\r\n";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);

        assertThat(CsvText.decode(utf8)).isEqualTo(text);
        assertThat(CsvText.decode(bom)).isEqualTo(text);
        assertThat(CsvText.decode(text.getBytes(Charset.forName("GBK")))).isEqualTo(text);
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() {
        List<List<String>> records = CsvText.parse("a,\"b,1\",\"say \"\"hi\"\"\"\n\"two\nlines\",,x");

        assertThat(records).containsExactly(List.of("a", "b,1", "say \"hi\""), List.of("two\nlines", "", "x"));
    }

    @Test
    void writtenLinesReadBack() {
        List<String> fields = List.of("a,b", "say \"hi\"", "", "plain");

        assertThat(CsvText.parse(CsvText.line(fields))).containsExactly(fields);
    }
}
