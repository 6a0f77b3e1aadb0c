package cn.weihai.lianbao.casefile.materials;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import java.io.BufferedInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Uploaded materials' bytes, content-addressed: a file is kept once under its SHA-256, computed (with the size)
 * while the upload streams to disk, and never overwritten, since the same hash is the same file. The folder is
 * {@code lianbao.materials.dir} (default {@code ./data/materials}; blank = a temporary folder, as in tests);
 * the table {@code material_file} remembers each file's size, first name and content type.
 */
@Component
public class MaterialStore {
    private static final Logger log = LoggerFactory.getLogger(MaterialStore.class);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int MAX_NAME = 200;

    private final Path root;
    /** A temporary folder (blank setting, as in tests) is removed when the application stops. */
    private final boolean temporary;
    private final long maxSize;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public MaterialStore(@Value("${lianbao.materials.dir:./data/materials}") String dir,
                         @Value("${lianbao.materials.max-size:50MB}") DataSize maxSize, JdbcTemplate jdbc,
                         Clock clock) throws IOException {
        this.temporary = dir == null || dir.isBlank();
        this.root = temporary ? Files.createTempDirectory("lianbao-materials")
                : Path.of(dir).toAbsolutePath().normalize();
        Files.createDirectories(this.root.resolve("incoming"));
        this.maxSize = maxSize.toBytes();
        this.jdbc = jdbc;
        this.clock = clock;
        log.info("Material store in {} (files up to {})", root, maxSize);
    }

    @PreDestroy
    void removeTemporaryFolder() throws IOException {
        if (!temporary) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The largest file accepted, in bytes. */
    public long maxSize() {
        return maxSize;
    }

    /**
     * Streams {@code content} into the store. An empty or too large upload is refused and leaves nothing behind.
     * Returns the stored file; when the same bytes are already stored, the earlier record.
     */
    public StoredFile store(InputStream content, String originalName, String claimedType) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(content, ContentSniffer.HEAD * 4);
        buffered.mark(ContentSniffer.HEAD);
        byte[] head = buffered.readNBytes(ContentSniffer.HEAD);
        buffered.reset();
        if (head.length == 0) {
            throw new RefusedException(Refusal.EMPTY);
        }
        String contentType = ContentSniffer.contentType(head, originalName)
                .orElseThrow(() -> new RefusedException(Refusal.DISGUISED));
        content = buffered;
        Path incoming = Files.createTempFile(root.resolve("incoming"), "upload-", ".part");
        try {
            MessageDigest digest = sha256();
            long size;
            try (CountingOutputStream out = new CountingOutputStream(
                    new DigestOutputStream(Files.newOutputStream(incoming), digest), maxSize)) {
                content.transferTo(out);
                size = out.count;
            }
            if (size == 0) {
                throw new RefusedException(Refusal.EMPTY);
            }
            String sha256 = HexFormat.of().formatHex(digest.digest());
            Path target = pathOf(sha256);
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                try {
                    Files.move(incoming, target); // never replaces: same hash, same bytes
                } catch (FileAlreadyExistsException storedMeanwhile) {
                    // another upload of the same bytes won the race
                }
            }
            jdbc.update("""
                    INSERT INTO material_file (sha256, size, original_name, content_type, stored_at)
                    VALUES (?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING""",
                    sha256, size, name(originalName), contentType, Timestamp.from(Instant.now(clock)));
            return find(sha256).orElseThrow();
        } finally {
            Files.deleteIfExists(incoming);
        }
    }

    public Optional<StoredFile> find(String sha256) {
        String key = normal(sha256);
        if (key == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(jdbc.queryForObject(
                    "SELECT sha256, size, original_name, content_type, stored_at FROM material_file WHERE sha256 = ?",
                    (rs, i) -> new StoredFile(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getTimestamp(5).toInstant()), key));
        } catch (EmptyResultDataAccessException none) {
            return Optional.empty();
        }
    }

    /** Whether the bytes of {@code sha256} are in the store. */
    public boolean contains(String sha256) {
        String key = normal(sha256);
        return key != null && Files.isRegularFile(pathOf(key));
    }

    /** Opens a stored file for reading (a download); {@link NoSuchFileException} when it is not in the store. */
    public InputStream open(String sha256) throws IOException {
        String key = normal(sha256);
        if (key == null) {
            throw new NoSuchFileException(String.valueOf(sha256));
        }
        return Files.newInputStream(pathOf(key));
    }

    /** {@code <root>/ab/cd/abcd…}: two levels of folders keep any one folder small. */
    Path pathOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    Path root() {
        return root;
    }

    private static String normal(String sha256) {
        if (sha256 == null) {
            return null;
        }
        String key = sha256.strip().toLowerCase(Locale.ROOT);
        return SHA256.matcher(key).matches() ? key : null;
    }

    private static String name(String originalName) {
        return ContentSniffer.displayName(originalName, MAX_NAME);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Why an upload was not stored. */
    public enum Refusal {
        EMPTY, TOO_LARGE,
        /** Not a PDF, OFD, JPEG, PNG, DWG or DXF by its content, whatever its name says (ContentSniffer). */
        DISGUISED
    }

    /** The upload was refused; nothing was stored. */
    public static class RefusedException extends IOException {
        private final Refusal refusal;

        RefusedException(Refusal refusal) {
            super("material refused: " + refusal);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    /** Counts what passes and stops the upload as soon as it is larger than allowed. */
    private static final class CountingOutputStream extends FilterOutputStream {
        private final long limit;
        long count;

        CountingOutputStream(OutputStream out, long limit) {
            super(out);
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            grow(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            grow(len);
            out.write(b, off, len);
        }

        private void grow(long n) throws RefusedException {
            count += n;
            if (count > limit) {
                throw new RefusedException(Refusal.TOO_LARGE);
            }
        }
    }
}
