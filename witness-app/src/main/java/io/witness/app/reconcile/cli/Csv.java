package io.witness.app.reconcile.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** RFC 4180 CSV: a field with a comma, quote or line break is quoted, quotes doubled; lines end with CRLF. */
final class Csv {

    private final Writer writer;

    Csv(Writer writer, List<String> header) throws IOException {
        this.writer = writer;
        row(header);
    }

    void row(List<?> fields) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(String.valueOf(fields.get(i))));
        }
        writer.write(line.append("\r\n").toString());
    }

    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
