package io.witness.sources.psa;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.witness.core.input.InputProblem;
import io.witness.sources.format.ImportFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV export read as a header and rows, each row with its line and its raw bytes exactly as in the file
 * (the record's text, several lines when a quoted cell holds line breaks).
 *
 * <p>What real exports do and this takes: a UTF-8 byte order mark; Windows-1252 text (Excel's "CSV"
 * on Windows) when the bytes are not UTF-8; CRLF, LF or CR line ends; comma, semicolon or tab as the
 * separator, whichever the header line holds most of (outside quotes); quoted cells with separators,
 * quotes and line breaks; blank lines. Empty header cells are named {@code Column N}; a repeated header
 * gets {@code (2)}, {@code (3)}… A row with another number of cells than the header is a problem. UTF-16
 * files are refused with a problem saying to save as UTF-8.
 *
 * <p>Immutable.
 *
 * @param headers the header cells, unique
 * @param rows the data rows in file order
 */
public record CsvTable(List<String> headers, List<Row> rows) {

    public CsvTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /**
     * One data row.
     *
     * @param line the line it starts on (1-based)
     * @param cells its cells, as many as the header has
     * @param raw the record's bytes as in the file, without the line end
     */
    public record Row(int line, List<String> cells, byte[] raw) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** The 1-based column of a header, for problems. */
    public int column(String header) {
        return headers.indexOf(header) + 1;
    }

    /**
     * Reads the table, adding every problem found to {@code problems}; empty (no header) when the file
     * cannot be read as CSV at all.
     */
    public static CsvTable read(ImportFile file, List<InputProblem> problems) {
        byte[] bytes = file.bytes();
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            problems.add(new InputProblem(file.name(), 1, 1, "",
                    "expected a CSV file in UTF-8, found UTF-16 (save the export as CSV UTF-8)"));
            return new CsvTable(List.of(), List.of());
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        String text = decode(bytes, start);
        int[] lineStarts = lineStarts(bytes, start);
        char separator = separator(text);
        List<CsvRecord> records = new ArrayList<>();
        // a reader over a String holds no resource to close
        CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(separator).skipEmptyLines(true)
                .allowExtraFields(true).allowMissingFields(true).allowUnclosedQuote(false).ofCsvRecord(text);
        try {
            reader.forEach(records::add);
        } catch (CsvParseException e) {
            int line = records.isEmpty() ? 1 : (int) records.get(records.size() - 1).getStartingLineNumber() + 1;
            problems.add(new InputProblem(file.name(), line, 0, "",
                    "expected CSV, found a quoted cell that is never closed (" + e.getMessage() + ")"));
        } catch (UncheckedIOException e) {
            problems.add(new InputProblem(file.name(), 0, 0, "", "cannot read the file as CSV: " + e.getMessage()));
        }
        if (records.isEmpty()) {
            problems.add(new InputProblem(file.name(), 1, 0, "", "expected a header line naming the columns, found nothing"));
            return new CsvTable(List.of(), List.of());
        }
        List<String> headers = headers(records.get(0).getFields());
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            CsvRecord record = records.get(i);
            int line = (int) record.getStartingLineNumber();
            List<String> cells = record.getFields();
            if (cells.stream().allMatch(String::isBlank)) {
                continue; // a row of empty cells (",,,,"): what spreadsheets leave at the end
            }
            int nextLine = i + 1 < records.size() ? (int) records.get(i + 1).getStartingLineNumber() : Integer.MAX_VALUE;
            byte[] raw = slice(bytes, lineStarts, line, nextLine);
            if (cells.size() != headers.size()) {
                problems.add(new InputProblem(file.name(), line, 0, "", "expected " + headers.size()
                        + " cells as in the header, found " + cells.size()));
                continue;
            }
            rows.add(new Row(line, cells, raw));
        }
        return new CsvTable(headers, rows);
    }

    private static String decode(byte[] bytes, int start) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            // Excel's "CSV (Comma delimited)" on Windows writes Windows-1252, where every byte is a character
            return new String(bytes, start, bytes.length - start, Charset.forName("windows-1252"));
        }
    }

    /** Byte offset of each line's start, index 0 for line 1; CRLF, LF and CR each end a line. */
    private static int[] lineStarts(byte[] bytes, int start) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = start;
        for (int i = start; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '\n' || (b == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    private static byte[] slice(byte[] bytes, int[] lineStarts, int line, int nextLine) {
        int from = lineStarts[Math.min(line, lineStarts.length) - 1];
        int to = nextLine - 1 < lineStarts.length ? lineStarts[nextLine - 1] : bytes.length;
        while (to > from && (bytes[to - 1] == '\n' || bytes[to - 1] == '\r')) {
            to--;
        }
        return Arrays.copyOfRange(bytes, from, to);
    }

    /** The separator the first line holds most of outside quotes: comma, semicolon or tab. */
    private static char separator(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                comma++;
            } else if (!quoted && c == ';') {
                semicolon++;
            } else if (!quoted && c == '\t') {
                tab++;
            }
        }
        if (semicolon > comma && semicolon >= tab) {
            return ';';
        }
        return tab > comma ? '\t' : ',';
    }

    private static List<String> headers(List<String> cells) {
        List<String> headers = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String header = cells.get(i).strip();
            if (header.isEmpty()) {
                header = "Column " + (i + 1);
            }
            int times = seen.merge(header, 1, Integer::sum);
            headers.add(times == 1 ? header : header + " (" + times + ")");
        }
        return headers;
    }
}
