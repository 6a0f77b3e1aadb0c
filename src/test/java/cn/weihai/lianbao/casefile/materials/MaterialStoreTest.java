package cn.weihai.lianbao.casefile.materials;

import cn.weihai.lianbao.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The content-addressed store of uploaded materials, on a folder of its own and the shared database. */
class MaterialStoreTest extends IntegrationTest {
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @TempDir
    Path folder;

    private MaterialStore store(Path dir, DataSize max) throws IOException {
        return new MaterialStore(dir.toString(), max, jdbc, clock);
    }

    private static byte[] uniqueDrawing() {
        return ("AC1027 用水点平面图 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    }

    /** {@code size} bytes that start like a PDF (the store sniffs the content). */
    static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        byte[] magic = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(magic, 0, bytes, 0, Math.min(size, magic.length));
        return bytes;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void storesAFileUnderItsSha256WithItsSize() throws Exception {
        MaterialStore store = store(folder, DataSize.ofMegabytes(50));
        byte[] bytes = uniqueDrawing();

        StoredFile stored = store.store(new ByteArrayInputStream(bytes), "用水点.dwg", "image/vnd.dwg");

        assertThat(stored.sha256()).isEqualTo(sha256(bytes));
        assertThat(stored.size()).isEqualTo(bytes.length);
        assertThat(stored.originalName()).isEqualTo("用水点.dwg");
        assertThat(stored.contentType()).isEqualTo("image/vnd.dwg");
        assertThat(store.contains(stored.sha256())).isTrue();
        assertThat(store.contains(stored.sha256().toUpperCase())).isTrue();
        try (InputStream in = store.open(stored.sha256())) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        assertThat(store.find(stored.sha256())).contains(stored);
        assertThat(incoming(store)).isEmpty();
    }

    @Test
    void theSameBytesAreStoredOnceAndNeverOverwritten() throws Exception {
        MaterialStore store = store(folder, DataSize.ofMegabytes(50));
        byte[] bytes = uniqueDrawing();
        StoredFile first = store.store(new ByteArrayInputStream(bytes), "营业执照.pdf", "application/pdf");
        Path file = store.pathOf(first.sha256());
        var writtenAt = Files.getLastModifiedTime(file);

        StoredFile again = store.store(new ByteArrayInputStream(bytes), "营业执照（复印件）.pdf", "application/pdf");

        assertThat(again).isEqualTo(first); // the first name stays
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(writtenAt);
        assertThat(storedFiles(store)).containsExactly(file);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM material_file WHERE sha256 = ?", Integer.class,
                first.sha256())).isEqualTo(1);
    }

    @Test
    void aNewStoreOnTheSameFolderStillHasTheFile() throws Exception {
        byte[] bytes = uniqueDrawing();
        StoredFile stored = store(folder, DataSize.ofMegabytes(50))
                .store(new ByteArrayInputStream(bytes), "化粪池.dxf", null);

        MaterialStore restarted = store(folder, DataSize.ofMegabytes(50));

        assertThat(restarted.contains(stored.sha256())).isTrue();
        try (InputStream in = restarted.open(stored.sha256())) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        assertThat(restarted.find(stored.sha256())).contains(stored);
    }

    @Test
    void emptyAndTooLargeUploadsAreRefusedAndLeaveNothingBehind() throws Exception {
        MaterialStore store = store(folder, DataSize.ofBytes(16));

        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(new byte[0]), "空.pdf", null))
                .isInstanceOfSatisfying(MaterialStore.RefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(MaterialStore.Refusal.EMPTY));
        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(pdf(17)), "大.pdf", null))
                .isInstanceOfSatisfying(MaterialStore.RefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(MaterialStore.Refusal.TOO_LARGE));
        assertThat(storedFiles(store)).isEmpty();
        assertThat(incoming(store)).isEmpty();
        assertThat(store.store(new ByteArrayInputStream(pdf(16)), "刚好.pdf", null).size()).isEqualTo(16);
    }

    @Test
    void anUnknownOrMalformedHashIsNotFound() throws Exception {
        MaterialStore store = store(folder, DataSize.ofMegabytes(50));
        String unknown = sha256(uniqueDrawing());
        assertThat(store.contains(unknown)).isFalse();
        assertThat(store.find(unknown)).isEmpty();
        assertThat(store.find("../../etc/passwd")).isEmpty();
        assertThatThrownBy(() -> store.open("../../etc/passwd")).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> store.open(unknown)).isInstanceOf(NoSuchFileException.class);
    }

    private static java.util.List<Path> storedFiles(MaterialStore store) throws IOException {
        try (Stream<Path> files = Files.walk(store.root())) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.startsWith(store.root().resolve("incoming"))).toList();
        }
    }

    private static java.util.List<Path> incoming(MaterialStore store) throws IOException {
        try (Stream<Path> files = Files.list(store.root().resolve("incoming"))) {
            return files.toList();
        }
    }
}
