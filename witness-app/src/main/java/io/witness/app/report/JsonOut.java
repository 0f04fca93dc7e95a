package io.witness.app.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A table's rows as a JSON array of objects, one object a line, each keyed by the same names in the same
 * order: {@code [}, then {@code {"case":"INC1","minutes":"8"}} per row, then {@code ]}. Strings are escaped
 * as RFC 8259 requires ({@code "}, {@code \}, control characters) and otherwise written as UTF-8 bytes straight
 * into a buffer ({@link Utf8Buffer}); the keys are encoded once. Not thread-safe.
 */
final class JsonOut implements Closeable {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final Utf8Buffer out;
    /** Per key, the bytes before its value: {@code {"key":} for the first, {@code ,"key":} for the others. */
    private final byte[][] prefixes;
    private int rows;

    /** Starts the array. */
    JsonOut(OutputStream out, int bufferSize, List<String> keys) throws IOException {
        this.out = new Utf8Buffer(out, bufferSize);
        this.prefixes = new byte[keys.size()][];
        for (int k = 0; k < keys.size(); k++) {
            java.io.ByteArrayOutputStream prefix = new java.io.ByteArrayOutputStream();
            try (Utf8Buffer bytes = new Utf8Buffer(prefix, 64)) {
                bytes.put(k == 0 ? '{' : ',');
                string(bytes, keys.get(k));
                bytes.put(':');
            }
            prefixes[k] = prefix.toByteArray();
        }
        this.out.put('[');
    }

    /** Starts the next row's object: {@link #value} for each key in order, then {@link #endRow}. */
    void beginRow() throws IOException {
        out.put(rows++ == 0 ? '\n' : ',');
        if (rows > 1) {
            out.put('\n');
        }
    }

    /** Writes the key of index {@code k} and its value. */
    void value(int k, String value) throws IOException {
        out.put(prefixes[k]);
        string(out, value);
    }

    /** Writes the key of index {@code k} and the value already encoded by {@code cell} from {@code value}. */
    void value(int k, CharSequence value, CellBytes cell) throws IOException {
        if (cell.jsonEscapes()) {
            value(k, value.toString());
            return;
        }
        out.put(prefixes[k]);
        out.put('"');
        out.put(cell.bytes(), cell.length());
        out.put('"');
    }

    /** Ends the row's object. */
    void endRow() throws IOException {
        out.put('}');
    }

    private static void string(Utf8Buffer out, String text) throws IOException {
        out.put('"');
        int n = text.length();
        for (int i = out.plainJson(text, 0, n); i < n; i = out.plainJson(text, i, n)) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                i = out.encode(text, i, n);
                continue;
            }
            out.put('\\');
            switch (c) {
                case '"', '\\' -> out.put(c);
                case '\n' -> out.put('n');
                case '\r' -> out.put('r');
                case '\t' -> out.put('t');
                case '\b' -> out.put('b');
                case '\f' -> out.put('f');
                default -> {
                    out.put('u');
                    out.put('0');
                    out.put('0');
                    out.put(HEX[c >> 4]);
                    out.put(HEX[c & 0xF]);
                }
            }
            i++;
        }
        out.put('"');
    }

    /** Ends the array (and the file with a line break) and closes the stream. */
    @Override
    public void close() throws IOException {
        try {
            out.put('\n');
            out.put(']');
            out.put('\n');
        } finally {
            out.close();
        }
    }
}
