package cn.weihai.lianbao.load;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Rows in PostgreSQL's binary COPY format: no text escaping, bytea as its raw bytes. */
final class BinaryCopy {
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
    private final DataOutputStream out = new DataOutputStream(bytes);
    private int rows;

    BinaryCopy() {
        try {
            out.write(SIGNATURE);
            out.writeInt(0);
            out.writeInt(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    BinaryCopy row(int fields) {
        rows++;
        return write(() -> out.writeShort(fields));
    }

    BinaryCopy text(String value) {
        return value == null ? nul() : bytes(value.getBytes(StandardCharsets.UTF_8));
    }

    BinaryCopy int8(long value) {
        return write(() -> {
            out.writeInt(8);
            out.writeLong(value);
        });
    }

    BinaryCopy bytes(byte[] value) {
        return value == null ? nul() : write(() -> {
            out.writeInt(value.length);
            out.write(value);
        });
    }

    private BinaryCopy nul() {
        return write(() -> out.writeInt(-1));
    }

    int rows() {
        return rows;
    }

    /** The whole COPY stream, trailer included. */
    byte[] finish() {
        write(() -> out.writeShort(-1));
        return bytes.toByteArray();
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private BinaryCopy write(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
