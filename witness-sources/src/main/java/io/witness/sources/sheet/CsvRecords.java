package io.witness.sources.sheet;

import io.witness.core.input.InputProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records, RFC 4180 with a chosen separator and quote: a record ends at a line break
 * ({@code \n}, {@code \r\n} or {@code \r}) outside quotes; a field that starts with the quote runs to the
 * quote that closes it, a doubled quote inside standing for one; a quote inside an unquoted field is
 * kept as it is. Each record keeps its exact text, so it can be stored as received. (FastCSV reads fields
 * well but does not give a record's text; this reader gives both in one pass.)
 *
 * <p>Problems, each with the line and the field's number as column: text after a closing quote, and a
 * quote never closed. Stateless.
 */
public final class CsvRecords {

    private CsvRecords() {
    }

    /**
     * The records of {@code text}, blank lines included (the caller skips them).
     *
     * @param file the file's name, for problems
     * @param problems where problems are added
     */
    public static List<CsvRecord> split(String text, char separator, char quote, String file, List<InputProblem> problems) {
        List<CsvRecord> records = new ArrayList<>();
        int length = text.length();
        int position = 0;
        int line = 1;
        while (position < length) {
            int start = position;
            int startLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean recordEnded = false;
            while (!recordEnded) {
                if (position < length && text.charAt(position) == quote) {
                    int quoteLine = line;
                    position++;
                    boolean closed = false;
                    while (position < length) {
                        char c = text.charAt(position);
                        if (c == quote) {
                            if (position + 1 < length && text.charAt(position + 1) == quote) {
                                field.append(quote);
                                position += 2;
                                continue;
                            }
                            position++;
                            closed = true;
                            break;
                        }
                        if (c == '\n' || (c == '\r' && (position + 1 >= length || text.charAt(position + 1) != '\n'))) {
                            line++;
                        }
                        field.append(c);
                        position++;
                    }
                    if (!closed) {
                        problems.add(new InputProblem(file, quoteLine, fields.size() + 1, "",
                                "expected a closing quote " + quote + " for the field that starts here, found the end of the file"));
                    } else if (position < length && !isEnd(text, position, separator)) {
                        problems.add(new InputProblem(file, line, fields.size() + 1, "",
                                "expected the separator " + shown(separator) + " or the end of the line after a closing quote, found '"
                                        + text.charAt(position) + "'"));
                    }
                }
                while (position < length && !isEnd(text, position, separator)) {
                    field.append(text.charAt(position++));
                }
                fields.add(field.toString());
                field.setLength(0);
                if (position < length && text.charAt(position) == separator) {
                    position++;
                    continue;
                }
                recordEnded = true;
            }
            int end = position;
            if (position < length) {
                position += text.charAt(position) == '\r' && position + 1 < length && text.charAt(position + 1) == '\n' ? 2 : 1;
                line++;
            }
            records.add(new CsvRecord(startLine, text.substring(start, end), fields));
        }
        return records;
    }

    private static boolean isEnd(String text, int position, char separator) {
        char c = text.charAt(position);
        return c == separator || c == '\n' || c == '\r';
    }

    private static String shown(char separator) {
        return separator == '\t' ? "tab" : "'" + separator + "'";
    }
}
