package io.witness.bench.demo;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** CSV cells and the local and UTC time texts the exports write. */
final class Csv {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private Csv() {
    }

    static String row(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (String cell : cells) {
            if (line.length() > 0) {
                line.append(',');
            }
            if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
                line.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                line.append(cell);
            }
        }
        return line.append('\n').toString();
    }

    /** New York local time to the second, as a ServiceNow list export writes it. */
    static String local(Instant t) {
        return LOCAL.format(LocalDateTime.ofInstant(t, OfficeHours.ZONE));
    }

    /** New York local time to the minute. */
    static String minute(Instant t) {
        return MINUTE.format(LocalDateTime.ofInstant(t, OfficeHours.ZONE));
    }

    /** UTC with a Z, as ConnectWise's REST API writes it. */
    static String utc(Instant t) {
        return t.toString();
    }

    static String json(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                s.append('\\').append(c);
            } else if (c == '\n') {
                s.append("\\n");
            } else {
                s.append(c);
            }
        }
        return s.append('"').toString();
    }
}
