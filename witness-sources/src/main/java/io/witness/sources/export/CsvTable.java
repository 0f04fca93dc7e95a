package io.witness.sources.export;

import io.witness.core.input.InputProblem;
import io.witness.core.input.Problems;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads CSV (RFC 4180) from bytes, keeping each record's bytes exactly as in the file. A UTF-8 byte order
 * mark is skipped; lines end with CRLF, LF or CR; a quoted value may hold separators, doubled quotes and
 * line breaks. The separator is a comma, unless the header line holds more semicolons or tabs outside
 * quotes than commas. The text must be UTF-8. Every problem is reported; a value left open by a missing
 * closing quote ends the file.
 *
 * <p>The separators, quotes and line breaks are ASCII, so the bytes are scanned directly and each value
 * decoded alone: the raw form of a record is a slice of the file.
 */
final class CsvTable {

    private final String file;
    private final byte[] bytes;
    private final Problems problems;
    private final byte separator;
    private int pos;
    private int line = 1;
    private int lineStart;
    // columns are counted on from the last one asked for on the same line, so a line costs its length once
    private int countedLineStart = -1;
    private int countedTo;
    private int counted;

    private CsvTable(String file, byte[] bytes, Problems problems) {
        this.file = file;
        this.bytes = bytes;
        this.problems = problems;
        this.pos = startsWithBom(bytes) ? 3 : 0;
        this.lineStart = pos;
        this.separator = separatorOf(bytes, pos);
    }

    /** The table in {@code bytes}, or empty (with a problem) when it has no header. */
    static Optional<ExportTable> read(String file, byte[] bytes, Problems problems) {
        return new CsvTable(file, bytes, problems).table();
    }

    private Optional<ExportTable> table() {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            problems.add(new InputProblem(file, 1, 1, "", "expected UTF-8 text, found UTF-16 (save the export as CSV UTF-8)"));
            return Optional.empty();
        }
        Record header = null;
        while (header == null && pos < bytes.length) {
            Record record = next();
            if (record != null && !record.isBlank()) {
                header = record;
            }
        }
        if (header == null) {
            problems.add(new InputProblem(file, 0, 0, "", "expected a header row naming the columns, found an empty file"));
            return Optional.empty();
        }
        ExportTable.Place place = new ExportTable.Place(file, Optional.empty(), header.values);
        List<ExportRow> rows = new ArrayList<>();
        while (pos < bytes.length) {
            Record record = next();
            if (record == null || record.isBlank()) {
                continue;
            }
            ExportRow row = new ExportRow(place, record.line, record.values, record.lines, record.columns, record.raw);
            if (record.values.size() != header.values.size()) {
                problems.add(row.problem("expected " + header.values.size() + " values as the header has, found "
                        + record.values.size()));
            }
            rows.add(row);
        }
        return Optional.of(new ExportTable(file, Optional.empty(), header.values, header.line, rows));
    }

    /** The next record, or null when a broken one ended the file. */
    private Record next() {
        int start = pos;
        int startLine = line;
        List<String> values = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        while (true) {
            lines.add(line);
            columns.add(column(pos));
            Optional<String> value = bytes.length > pos && bytes[pos] == '"' ? quoted() : Optional.of(plain());
            if (value.isEmpty()) {
                return null;
            }
            values.add(value.get());
            if (pos >= bytes.length) {
                break;
            }
            byte b = bytes[pos];
            if (b == separator) {
                pos++;
                continue;
            }
            int end = pos;
            endLine();
            return new Record(startLine, values, lines, columns, Arrays.copyOfRange(bytes, start, end));
        }
        return new Record(startLine, values, lines, columns, Arrays.copyOfRange(bytes, start, pos));
    }

    private String plain() {
        int start = pos;
        while (pos < bytes.length && bytes[pos] != separator && bytes[pos] != '\n' && bytes[pos] != '\r') {
            pos++;
        }
        return decode(Arrays.copyOfRange(bytes, start, pos), line, column(start));
    }

    private Optional<String> quoted() {
        int openLine = line;
        int openColumn = column(pos);
        pos++;
        ByteArrayOutputStream value = new ByteArrayOutputStream();
        while (true) {
            if (pos >= bytes.length) {
                problems.add(new InputProblem(file, openLine, openColumn, "",
                        "expected a closing quote for the value opened here, found the end of the file"));
                return Optional.empty();
            }
            byte b = bytes[pos];
            if (b == '"') {
                if (pos + 1 < bytes.length && bytes[pos + 1] == '"') {
                    value.write('"');
                    pos += 2;
                    continue;
                }
                pos++;
                break;
            }
            value.write(b);
            if (b == '\n' || (b == '\r' && (pos + 1 >= bytes.length || bytes[pos + 1] != '\n'))) {
                line++;
                lineStart = pos + 1;
            }
            pos++;
        }
        if (pos < bytes.length && bytes[pos] != separator && bytes[pos] != '\n' && bytes[pos] != '\r') {
            problems.add(new InputProblem(file, line, column(pos), "",
                    "expected a separator or the end of the line after a closing quote, found '"
                            + (char) (bytes[pos] & 0xFF) + "'"));
            int rest = pos;
            while (pos < bytes.length && bytes[pos] != separator && bytes[pos] != '\n' && bytes[pos] != '\r') {
                pos++;
            }
            value.write(bytes, rest, pos - rest);
        }
        return Optional.of(decode(value.toByteArray(), openLine, openColumn));
    }

    private void endLine() {
        if (bytes[pos] == '\r' && pos + 1 < bytes.length && bytes[pos + 1] == '\n') {
            pos++;
        }
        pos++;
        line++;
        lineStart = pos;
    }

    /** The 1-based column of byte {@code at} on the current line, counting characters, not bytes. */
    private int column(int at) {
        if (countedLineStart != lineStart || countedTo > at) {
            countedLineStart = lineStart;
            countedTo = lineStart;
            counted = 1;
        }
        for (int i = countedTo; i < at && i < bytes.length; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                counted++;
            }
        }
        countedTo = Math.max(countedTo, Math.min(at, bytes.length));
        return counted;
    }

    private String decode(byte[] value, int atLine, int atColumn) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value)).toString();
        } catch (CharacterCodingException e) {
            problems.add(new InputProblem(file, atLine, atColumn, "",
                    "expected UTF-8 text, found bytes that are not (" + e.getMessage() + "; save the export as CSV UTF-8)"));
            return new String(value, StandardCharsets.UTF_8);
        }
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }

    private static byte separatorOf(byte[] bytes, int from) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = from; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '"') {
                quoted = !quoted;
            } else if (!quoted && (b == '\n' || b == '\r')) {
                break;
            } else if (!quoted && b == ',') {
                commas++;
            } else if (!quoted && b == ';') {
                semicolons++;
            } else if (!quoted && b == '\t') {
                tabs++;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? (byte) '\t' : (byte) ',';
    }

    private static final class Record {
        final int line;
        final List<String> values;
        final int[] lines;
        final int[] columns;
        final byte[] raw;

        Record(int line, List<String> values, List<Integer> lines, List<Integer> columns, byte[] raw) {
            this.line = line;
            this.values = values;
            this.lines = lines.stream().mapToInt(Integer::intValue).toArray();
            this.columns = columns.stream().mapToInt(Integer::intValue).toArray();
            this.raw = raw;
        }

        boolean isBlank() {
            return values.size() == 1 && values.get(0).isBlank() && raw.length == 0;
        }
    }
}
