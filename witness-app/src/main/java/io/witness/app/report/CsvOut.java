package io.witness.app.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;

/**
 * RFC 4180 CSV written as UTF-8 bytes straight into a buffer ({@link Utf8Buffer}): a field is searched for
 * the characters that need quotes, then encoded in place, a quote inside a quoted field doubled as it is copied;
 * no string or array is made per field. Not thread-safe.
 */
final class CsvOut implements Closeable {

    private final Utf8Buffer out;
    private boolean first = true;

    CsvOut(OutputStream out, int bufferSize) {
        this.out = new Utf8Buffer(out, bufferSize);
    }

    /** Writes one field, after a comma unless it is the line's first, quoted when it holds a comma, quote or line break. */
    void field(String value) throws IOException {
        if (!first) {
            out.put(',');
        }
        first = false;
        int n = value.length();
        // String.indexOf scans many characters at a time
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            out.text(value, 0, n);
            return;
        }
        out.put('"');
        int from = 0;
        for (int i = value.indexOf('"'); i >= 0; i = value.indexOf('"', i + 1)) {
            out.text(value, from, i + 1);
            out.put('"');
            from = i + 1;
        }
        out.text(value, from, n);
        out.put('"');
    }

    /** Writes one field already encoded by {@code cell} from {@code value}: its bytes, or its text when a quote must be doubled. */
    void field(CharSequence value, CellBytes cell) throws IOException {
        if (cell.quoteInside()) {
            field(value.toString());
            return;
        }
        if (!first) {
            out.put(',');
        }
        first = false;
        if (cell.csvQuotes()) {
            out.put('"');
            out.put(cell.bytes(), cell.length());
            out.put('"');
        } else {
            out.put(cell.bytes(), cell.length());
        }
    }

    /** Ends the line with CRLF. */
    void endLine() throws IOException {
        out.put('\r');
        out.put('\n');
        first = true;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
