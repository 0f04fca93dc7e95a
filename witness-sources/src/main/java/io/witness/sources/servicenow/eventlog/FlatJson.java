package io.witness.sources.servicenow.eventlog;

import io.witness.sources.format.ColumnLists;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Reads chosen members of a JSON object without a general parser: the members named when it is made
 * whose values are scalars, as text ({@code "x"} gives {@code x}, {@code 3} gives {@code 3},
 * {@code true} gives {@code true}); null, a missing member and an object or array value give null. Other
 * members are skipped unread. Made for reading back the parsed form of every update of a log (a flat
 * object written by {@link RowJson}), where a streaming parser's set-up per row was most of the cost;
 * it accepts any JSON object, white space included.
 *
 * <p>An object that names the log's column list instead of each column ({@code {"columns":"servicenow-eventlog.v1",
 * "values":[...]}}, {@link ColumnLists}) is read as the object of column → value it stands for, as
 * {@link ColumnLists#expanded} makes it; the names to read are then other than {@code columns} and
 * {@code values}. Immutable; {@link #read} is thread-safe.
 */
final class FlatJson {

    private final String[] names;
    // The indexes of the names of each length: a member's name is compared only with names of its length.
    private final int[][] byLength;
    // For each value of the log's column list, the index of its name among the names to read, or -1.
    private final int[] listSlots;

    /** @param names the members to read, unique */
    FlatJson(List<String> names) {
        this.names = names.toArray(String[]::new);
        int longest = names.stream().mapToInt(String::length).max().orElse(0);
        byLength = new int[longest + 1][];
        for (int length = 0; length <= longest; length++) {
            int n = length;
            byLength[length] = IntStream.range(0, this.names.length).filter(i -> this.names[i].length() == n).toArray();
        }
        listSlots = ColumnLists.named(ColumnLists.SERVICENOW_EVENTLOG).orElseThrow().stream().mapToInt(names::indexOf).toArray();
    }

    /**
     * The chosen members' values, in the order of the names given.
     *
     * @throws IllegalArgumentException if {@code json} is not a JSON object
     */
    String[] read(String json) {
        return new Scan(json).object();
    }

    private static final String[] WORDS = {"true", "false", "null"};

    // name() for a member not to be read that may name a column list, or hold its values.
    private static final int LIST_NAME = -2;
    private static final int LIST_VALUES = -3;

    private static boolean isNumberCharacter(char c) {
        return c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
    }

    private static int listMemberIn(String text, int start, int length) {
        if (length == ColumnLists.COLUMNS.length() && text.regionMatches(start, ColumnLists.COLUMNS, 0, length)) {
            return LIST_NAME;
        }
        return length == ColumnLists.VALUES.length() && text.regionMatches(start, ColumnLists.VALUES, 0, length) ? LIST_VALUES : -1;
    }

    private final class Scan {

        private final String json;
        private final String[] values = new String[names.length];
        private int at;
        private int members;
        private String list;
        private int listAt = -1;
        private String[] listed;

        Scan(String json) {
            this.json = json;
        }

        String[] object() {
            space();
            expect('{');
            space();
            if (peek() == '}') {
                at++;
                return end();
            }
            while (true) {
                space();
                int member = name();
                space();
                expect(':');
                space();
                members++;
                if (member >= 0) {
                    values[member] = scalar();
                } else if (member == LIST_NAME && peek() == '"') {
                    list = string();
                } else if (member == LIST_VALUES && peek() == '[' && ColumnLists.SERVICENOW_EVENTLOG.equals(list)) {
                    // The list named first, as in the canonical form: its values are read where they are.
                    listed = list();
                } else if (member == LIST_VALUES && peek() == '[') {
                    listAt = at;
                    skipValue();
                } else {
                    skipValue();
                }
                space();
                char next = next();
                if (next == '}') {
                    return end();
                }
                if (next != ',') {
                    at--;
                    throw notJson("expected ',' or '}'");
                }
            }
        }

        private String[] end() {
            space();
            if (at != json.length()) {
                throw notJson("expected the end after the object");
            }
            if (members == 2 && ColumnLists.SERVICENOW_EVENTLOG.equals(list)) {
                if (listAt >= 0) {
                    at = listAt;
                    listed = list();
                }
                if (listed != null) {
                    return listed;
                }
            }
            return values;
        }

        /**
         * The values of the column list, from the array here, in the names' places; null if there are not
         * as many as the list has columns.
         */
        private String[] list() {
            String[] read = new String[names.length];
            expect('[');
            space();
            int count = 0;
            if (peek() == ']') {
                at++;
                return listSlots.length == 0 ? read : null;
            }
            while (true) {
                space();
                int slot = count < listSlots.length ? listSlots[count] : -1;
                if (slot >= 0) {
                    read[slot] = scalar();
                } else {
                    skipValue();
                }
                count++;
                space();
                char next = next();
                if (next == ']') {
                    return count == listSlots.length ? read : null;
                }
                if (next != ',') {
                    at--;
                    throw notJson("expected ',' or ']'");
                }
            }
        }

        /** The index of the member named here, or -1 if it is not one to read. */
        private int name() {
            if (peek() != '"') {
                throw notJson("expected a member name");
            }
            int start = at + 1;
            int end = start;
            while (end < json.length() && json.charAt(end) != '"' && json.charAt(end) != '\\') {
                end++;
            }
            if (end < json.length() && json.charAt(end) == '"') {
                at = end + 1;
                int index = indexOf(start, end - start);
                return index >= 0 ? index : listMember(start, end - start);
            }
            String name = string();
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(name)) {
                    return i;
                }
            }
            return listMember(name);
        }

        private int listMember(String name) {
            return listMemberIn(name, 0, name.length());
        }

        private int listMember(int start, int length) {
            return listMemberIn(json, start, length);
        }

        private int indexOf(int start, int length) {
            if (length >= byLength.length) {
                return -1;
            }
            for (int i : byLength[length]) {
                if (json.regionMatches(start, names[i], 0, length)) {
                    return i;
                }
            }
            return -1;
        }

        private String scalar() {
            char c = peek();
            if (c == '"') {
                return string();
            }
            if (c == '{' || c == '[') {
                skipValue();
                return null;
            }
            if (json.startsWith("null", at)) {
                at += 4;
                return null;
            }
            int start = at;
            skipLiteral();
            return json.substring(start, at);
        }

        private void skipValue() {
            char c = peek();
            if (c == '"') {
                skipString();
            } else if (c == '{' || c == '[') {
                skipNested();
            } else {
                skipLiteral();
            }
        }

        /** A number, true, false or null; a number is checked only for its characters and last digit. */
        private void skipLiteral() {
            for (String word : WORDS) {
                if (json.startsWith(word, at)) {
                    at += word.length();
                    return;
                }
            }
            int start = at;
            while (at < json.length() && isNumberCharacter(json.charAt(at))) {
                at++;
            }
            if (at == start || json.charAt(at - 1) < '0' || json.charAt(at - 1) > '9') {
                at = start;
                throw notJson("expected a value");
            }
        }

        private void skipNested() {
            int depth = 0;
            do {
                char c = next();
                if (c == '"') {
                    at--;
                    skipString();
                } else if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    depth--;
                }
            } while (depth > 0);
        }

        private void skipString() {
            expect('"');
            while (true) {
                char c = next();
                if (c == '"') {
                    return;
                }
                if (c == '\\') {
                    next();
                }
            }
        }

        private String string() {
            expect('"');
            int start = at;
            while (at < json.length() && json.charAt(at) != '"' && json.charAt(at) != '\\') {
                at++;
            }
            if (peek() == '"') {
                at++;
                return json.substring(start, at - 1);
            }
            StringBuilder text = new StringBuilder(json.length() - start).append(json, start, at);
            while (true) {
                char c = next();
                if (c == '"') {
                    return text.toString();
                }
                if (c != '\\') {
                    text.append(c);
                    continue;
                }
                char e = next();
                switch (e) {
                    case '"', '\\', '/' -> text.append(e);
                    case 'b' -> text.append('\b');
                    case 'f' -> text.append('\f');
                    case 'n' -> text.append('\n');
                    case 'r' -> text.append('\r');
                    case 't' -> text.append('\t');
                    case 'u' -> text.append(hex4());
                    default -> throw notJson("expected an escape, found '\\" + e + "'");
                }
            }
        }

        private char hex4() {
            if (at + 4 > json.length()) {
                throw notJson("expected four hex digits");
            }
            int value = 0;
            for (int i = 0; i < 4; i++) {
                int digit = Character.digit(json.charAt(at++), 16);
                if (digit < 0) {
                    throw notJson("expected four hex digits");
                }
                value = value * 16 + digit;
            }
            return (char) value;
        }

        private void space() {
            while (at < json.length() && (json.charAt(at) == ' ' || json.charAt(at) == '\n' || json.charAt(at) == '\r'
                    || json.charAt(at) == '\t')) {
                at++;
            }
        }

        private char peek() {
            if (at >= json.length()) {
                throw notJson("unexpected end");
            }
            return json.charAt(at);
        }

        private char next() {
            char c = peek();
            at++;
            return c;
        }

        private void expect(char c) {
            if (next() != c) {
                at--;
                throw notJson("expected '" + c + "'");
            }
        }

        private IllegalArgumentException notJson(String what) {
            return new IllegalArgumentException("an update's parsed form is not a JSON object: " + what + " at character " + (at + 1));
        }
    }
}
