package cn.weihai.lianbao.integration.v1;

import cn.weihai.lianbao.casefile.materials.ContentSniffer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** File names in Content-Disposition and on screen: no folders, no control or bidi characters, RFC 5987 when needed. */
class FileDownloadNamesTest {

    @Test
    void plainNamesStayQuotedAndOthersAreRfc5987() {
        assertThat(FileDownloadController.disposition("LB-2026-0001.pdf"))
                .isEqualTo("attachment; filename=\"LB-2026-0001.pdf\"");
        assertThat(FileDownloadController.disposition("申请表.pdf")).startsWith("attachment; filename=")
                .contains("filename*=UTF-8''%E7%94%B3");
        assertThat(FileDownloadController.disposition("a\"b.pdf")).doesNotContain("a\"b");
    }

    @Test
    void foldersControlAndBidiCharactersAreDropped() {
        assertThat(ContentSniffer.displayName("../../etc/passwd", 200)).isEqualTo("passwd");
        assertThat(ContentSniffer.displayName("C:\\Users\\x\\营业执照.pdf", 200)).isEqualTo("营业执照.pdf");
        assertThat(ContentSniffer.displayName("/abs/path/a.pdf", 200)).isEqualTo("a.pdf");
        assertThat(ContentSniffer.displayName("evil\u202Efdp.exe", 200)).isEqualTo("evilfdp.exe");
        assertThat(ContentSniffer.displayName("a\u0000b\r\n.pdf", 200)).isEqualTo("ab.pdf");
        assertThat(ContentSniffer.displayName("..", 200)).isNull();
        assertThat(ContentSniffer.displayName("x".repeat(300) + ".pdf", 200)).hasSize(200).endsWith(".pdf");
    }

    @Test
    void contentDecidesTheTypeNotTheName() {
        assertThat(ContentSniffer.contentType("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), "x.pdf"))
                .hasValue("application/pdf");
        assertThat(ContentSniffer.contentType("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1), "x.pdf"))
                .isEmpty();
        assertThat(ContentSniffer.contentType("<html><script>".getBytes(StandardCharsets.US_ASCII), "x.png"))
                .isEmpty();
        assertThat(ContentSniffer.contentType(new byte[]{'P', 'K', 3, 4, 0}, "x.zip")).isEmpty();
        assertThat(ContentSniffer.contentType(new byte[]{'P', 'K', 3, 4, 0}, "电子证照.OFD")).hasValue("application/ofd");
        assertThat(ContentSniffer.contentType(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}, "x"))
                .hasValue("image/jpeg");
        assertThat(ContentSniffer.contentType("  0\r\nSECTION\r\n".getBytes(StandardCharsets.US_ASCII), "a.dxf"))
                .hasValue("image/vnd.dxf");
        assertThat(ContentSniffer.contentType("  0\r\nSECTION\r\n".getBytes(StandardCharsets.US_ASCII), "a.pdf"))
                .isEmpty();
        assertThat(ContentSniffer.contentType(new byte[0], "a.pdf")).isEmpty();
    }
}
