package io.witness.sources.servicenow.eventlog;

import io.witness.sources.format.ColumnLists;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Writes a row's parsed form straight in the ledger's canonical JSON ({@link io.witness.ledger.chain.CanonicalJson}:
 * keys sorted by UTF-16 code units, no white space, strings escaped as Jackson escapes them: a quote,
 * a backslash and the short escapes of backspace, tab, line feed, form feed and carriage return with a
 * backslash, other control characters as a backslash, u and four upper-case hex digits, everything else
 * as it is), without building a tree: the columns are sorted once per file. The fuzz properties check the output
 * against CanonicalJson. Values are {@code null}, {@link Integer}, {@link Boolean} or {@link String}.
 *
 * <p>A file whose header holds exactly the columns of the UCI log ({@link ColumnLists#SERVICENOW_EVENTLOG}, in
 * any order) names them once: its rows are {@code {"columns":"servicenow-eventlog.v1","values":[...]}}, the
 * values in the list's order, about half the size of the object of column → value every other file's rows are
 * (which {@link ColumnLists#expanded} makes of it). One file, one thread.
 */
final class RowJson {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static final String LIST_START = "{\"" + ColumnLists.COLUMNS + "\":\"" + ColumnLists.SERVICENOW_EVENTLOG + "\",\""
            + ColumnLists.VALUES + "\":[";

    private final String[] names;
    // The header's index of each value written, in the order written.
    private final int[] order;
    private final boolean listed;
    private final StringBuilder text = new StringBuilder(1024);

    /** @param names the header's column names, unique */
    RowJson(String[] names) {
        this.names = names.clone();
        List<String> list = ColumnLists.named(ColumnLists.SERVICENOW_EVENTLOG).orElseThrow();
        List<String> header = Arrays.asList(this.names);
        this.listed = names.length == list.size() && header.containsAll(list);
        this.order = listed ? list.stream().mapToInt(header::indexOf).toArray()
                : IntStream.range(0, names.length).boxed().sorted(Comparator.comparing(i -> this.names[i])).mapToInt(Integer::intValue).toArray();
    }

    /** The canonical JSON of one row's values, given in header order. */
    String write(Object[] values) {
        text.setLength(0);
        text.append(listed ? LIST_START : "{");
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            if (k > 0) {
                text.append(',');
            }
            if (!listed) {
                string(names[i]);
                text.append(':');
            }
            Object value = values[i];
            if (value == null) {
                text.append("null");
            } else if (value instanceof Integer || value instanceof Boolean) {
                text.append(value);
            } else {
                string((String) value);
            }
        }
        return text.append(listed ? "]}" : "}").toString();
    }

    private void string(String value) {
        text.append('"');
        // Runs of characters that need no escape are appended whole: most cells have none at all.
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            text.append(value, start, i);
            start = i + 1;
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\b' -> text.append("\\b");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\f' -> text.append("\\f");
                case '\r' -> text.append("\\r");
                default -> text.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        text.append(value, start, value.length()).append('"');
    }
}
