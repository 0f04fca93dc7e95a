package io.witness.app.reconcile.cli;

/** RFC 4180 CSV: a field with a comma, quote or line break is quoted, quotes doubled; lines end with CRLF. */
final class Csv {

    private Csv() {
    }

    /** Appends one row to {@code line}: each field by {@link String#valueOf(Object)}, then CRLF. */
    static void row(StringBuilder line, Object... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            field(line, String.valueOf(fields[i]));
        }
        line.append("\r\n");
    }

    /** Appends the field, quoted when it holds a comma, a quote or a line break. */
    static void field(StringBuilder line, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                line.append('"');
                for (int j = 0; j < value.length(); j++) {
                    char d = value.charAt(j);
                    if (d == '"') {
                        line.append('"');
                    }
                    line.append(d);
                }
                line.append('"');
                return;
            }
        }
        line.append(value);
    }
}
