package io.witness.app.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * RFC 4180 CSV written as UTF-8 bytes straight into a buffer: a field is scanned once, both for whether it
 * needs quotes and for whether it is ASCII, which it then copies byte for byte (no charset encoder, no
 * string per line). Other text goes through {@link String#getBytes}. Not thread-safe.
 */
final class CsvOut implements Closeable {

    private final OutputStream out;
    private final byte[] buffer;
    private int used;
    private boolean first = true;

    CsvOut(OutputStream out, int bufferSize) {
        this.out = out;
        this.buffer = new byte[bufferSize];
    }

    /** Writes one field, after a comma unless it is the line's first, quoted when it holds a comma, quote or line break. */
    void field(String value) throws IOException {
        if (!first) {
            put((byte) ',');
        }
        first = false;
        boolean quote = false;
        boolean ascii = true;
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                quote = true;
            } else if (c >= 0x80) {
                ascii = false;
            }
        }
        if (quote) {
            put((byte) '"');
            bytes(value.replace("\"", "\"\"").getBytes(StandardCharsets.UTF_8));
            put((byte) '"');
        } else if (ascii) {
            if (n > buffer.length - used) {
                flushBuffer();
            }
            if (n > buffer.length) {
                bytes(value.getBytes(StandardCharsets.UTF_8));
            } else {
                for (int i = 0; i < n; i++) {
                    buffer[used++] = (byte) value.charAt(i);
                }
            }
        } else {
            bytes(value.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Ends the line with CRLF. */
    void endLine() throws IOException {
        put((byte) '\r');
        put((byte) '\n');
        first = true;
    }

    private void put(byte b) throws IOException {
        if (used == buffer.length) {
            flushBuffer();
        }
        buffer[used++] = b;
    }

    private void bytes(byte[] bytes) throws IOException {
        if (bytes.length > buffer.length - used) {
            flushBuffer();
        }
        if (bytes.length > buffer.length) {
            out.write(bytes);
        } else {
            System.arraycopy(bytes, 0, buffer, used, bytes.length);
            used += bytes.length;
        }
    }

    private void flushBuffer() throws IOException {
        out.write(buffer, 0, used);
        used = 0;
    }

    @Override
    public void close() throws IOException {
        try {
            flushBuffer();
        } finally {
            out.close();
        }
    }
}
