package io.witness.app.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Text written as UTF-8 bytes straight into a buffer that is handed to a stream when full: each character
 * is encoded in place (no charset encoder, no string or array per value), as {@link String#getBytes} with
 * UTF-8 would encode it (an unpaired surrogate becomes {@code ?}). The CSV and JSON writers of a table's
 * files build on it. Not thread-safe.
 */
final class Utf8Buffer implements Closeable {

    private final OutputStream out;
    private final byte[] buffer;
    private int used;

    /** @throws IllegalArgumentException if the buffer cannot hold the four bytes of one character */
    Utf8Buffer(OutputStream out, int bufferSize) {
        if (bufferSize < 4) {
            throw new IllegalArgumentException("A UTF-8 buffer needs at least 4 bytes, got " + bufferSize);
        }
        this.out = out;
        this.buffer = new byte[bufferSize];
    }

    /** Writes one byte: an ASCII character or a byte already encoded. */
    void put(int b) throws IOException {
        if (used == buffer.length) {
            flush();
        }
        buffer[used++] = (byte) b;
    }

    /** Writes bytes already encoded. */
    void put(byte[] bytes) throws IOException {
        put(bytes, bytes.length);
    }

    /** Writes the first {@code length} bytes of {@code bytes}, already encoded. */
    void put(byte[] bytes, int length) throws IOException {
        for (int from = 0; from < length;) {
            if (used == buffer.length) {
                flush();
            }
            int n = Math.min(length - from, buffer.length - used);
            System.arraycopy(bytes, from, buffer, used, n);
            used += n;
            from += n;
        }
    }

    /** Writes the characters {@code [from, to)} of {@code text}, encoded. */
    void text(String text, int from, int to) throws IOException {
        int i = from;
        while (i < to) {
            // ASCII runs, the common case, are copied without a check per byte for room, the index kept in a local
            byte[] bytes = buffer;
            int at = used;
            int end = i + Math.min(to - i, bytes.length - at);
            while (i < end) {
                char c = text.charAt(i);
                if (c >= 0x80) {
                    break;
                }
                bytes[at++] = (byte) c;
                i++;
            }
            used = at;
            if (i == to) {
                return;
            }
            if (at == bytes.length) {
                flush();
                continue;
            }
            i = encode(text, i, to);
        }
    }

    /**
     * Copies characters of {@code text} from {@code i} up to {@code to} while they are printable ASCII other than
     * {@code "} and {@code \\} (the characters a JSON string holds as they are) and returns the index of the first
     * that is not, or {@code to}: one pass for both the check and the copy.
     */
    int plainJson(String text, int i, int to) throws IOException {
        while (i < to) {
            if (used == buffer.length) {
                flush();
            }
            byte[] bytes = buffer;
            int at = used;
            int end = i + Math.min(to - i, bytes.length - at);
            while (i < end) {
                char c = text.charAt(i);
                if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') {
                    used = at;
                    return i;
                }
                bytes[at++] = (byte) c;
                i++;
            }
            used = at;
        }
        return i;
    }

    /** Encodes the character at {@code i} (two chars for a surrogate pair) and returns the index after it. */
    int encode(String text, int i, int to) throws IOException {
        char c = text.charAt(i);
        if (buffer.length - used < 4) {
            flush();
        }
        if (c < 0x80) {
            buffer[used++] = (byte) c;
        } else if (c < 0x800) {
            buffer[used++] = (byte) (0xC0 | c >> 6);
            buffer[used++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
            int cp = Character.toCodePoint(c, text.charAt(i + 1));
            buffer[used++] = (byte) (0xF0 | cp >> 18);
            buffer[used++] = (byte) (0x80 | cp >> 12 & 0x3F);
            buffer[used++] = (byte) (0x80 | cp >> 6 & 0x3F);
            buffer[used++] = (byte) (0x80 | cp & 0x3F);
            return i + 2;
        } else if (Character.isSurrogate(c)) {
            buffer[used++] = '?';
        } else {
            buffer[used++] = (byte) (0xE0 | c >> 12);
            buffer[used++] = (byte) (0x80 | c >> 6 & 0x3F);
            buffer[used++] = (byte) (0x80 | c & 0x3F);
        }
        return i + 1;
    }

    private void flush() throws IOException {
        out.write(buffer, 0, used);
        used = 0;
    }

    /** Writes what is buffered and closes the stream. */
    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            out.close();
        }
    }
}
