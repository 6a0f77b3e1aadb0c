package cn.weihai.lianbao.casefile.materials;

import java.time.Instant;

/** A file in the material store: its content's SHA-256 (lower-case hex), size, and how it first arrived. */
public record StoredFile(String sha256, long size, String originalName, String contentType, Instant storedAt) {
}
