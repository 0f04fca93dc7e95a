package io.witness.sources.servicenow.eventlog;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.witness.core.event.CaseId;
import io.witness.core.input.InputProblem;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.ParsedFile;
import io.witness.sources.text.Utf8Text;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads one log file: the header names the columns (in any order), then each record is one update of an
 * incident and one observation. Every problem of every row is reported; a row with a problem gives no
 * observation. One file, one thread.
 */
final class EventLogParser {

    private final ImportFile file;
    private final ImportContext context;
    private final Consumer<ObservationDraft> each;
    private final List<InputProblem> problems = new ArrayList<>();
    private final List<ObservationDraft> observations = new ArrayList<>();
    private final Map<String, Integer> columns = new HashMap<>();
    private String[] header = new String[0];
    private RowJson rowJson = new RowJson(new String[0]);
    private CellType[] types = new CellType[0];
    private String text = "";
    private int[] lineStarts = new int[0];
    private long rows;
    private boolean zoneReported;

    /** @param each told each observation as soon as it is read */
    EventLogParser(ImportFile file, ImportContext context, Consumer<ObservationDraft> each) {
        this.file = file;
        this.context = context;
        this.each = each;
    }

    ParsedFile parse() {
        Optional<String> decoded = Utf8Text.decode(file.bytes(), file.name(), problems);
        if (decoded.isEmpty()) {
            return result();
        }
        text = decoded.get();
        lineStarts = Utf8Text.lineStarts(text);
        CsvRecord pending = null;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().skipEmptyLines(true).allowExtraFields(true).allowMissingFields(true)
                .ofCsvRecord(text)) {
            for (CsvRecord record : reader) {
                if (header.length == 0) {
                    if (!readHeader(record)) {
                        return result();
                    }
                    continue;
                }
                if (pending != null) {
                    row(pending, (int) record.getStartingLineNumber());
                }
                pending = record;
            }
        } catch (CsvParseException e) {
            problems.add(new InputProblem(file.name(), 0, 0, "", "not valid CSV: " + e.getMessage()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (pending != null) {
            row(pending, lineStarts.length - 1);
        }
        if (header.length == 0) {
            problems.add(new InputProblem(file.name(), 1, 0, "", "expected a header naming the columns, found an empty file"));
        }
        return result();
    }

    private ParsedFile result() {
        problems.sort(Comparator.comparingInt(InputProblem::line).thenComparingInt(InputProblem::column));
        return new ParsedFile(observations, problems, rows);
    }

    private boolean readHeader(CsvRecord record) {
        header = record.getFields().stream().map(String::strip).toArray(String[]::new);
        int line = (int) record.getStartingLineNumber();
        boolean good = true;
        for (int i = 0; i < header.length; i++) {
            if (columns.putIfAbsent(header[i], i) != null) {
                problems.add(new InputProblem(file.name(), line, i + 1, header[i], "a column named once, found '" + header[i] + "' again"));
                good = false;
            }
        }
        for (String required : Column.REQUIRED) {
            if (!columns.containsKey(required)) {
                problems.add(new InputProblem(file.name(), line, 0, "", "expected a column '" + required + "' in the header, found none"));
                good = false;
            }
        }
        rowJson = new RowJson(header);
        types = new CellType[header.length];
        for (int i = 0; i < header.length; i++) {
            types[i] = CellType.of(header[i]);
        }
        return good;
    }

    /** One record, whose text ends where line {@code nextLine} starts. */
    private void row(CsvRecord record, int nextLine) {
        rows++;
        int line = (int) record.getStartingLineNumber();
        if (record.getFieldCount() != header.length) {
            problems.add(new InputProblem(file.name(), line, 0, "", "expected " + header.length + " fields as in the header, found "
                    + record.getFieldCount()));
            return;
        }
        int before = problems.size();
        Object[] values = new Object[header.length];
        for (int i = 0; i < header.length; i++) {
            values[i] = value(types[i], header[i], record.getField(i), line, i + 1);
        }
        String number = record.getField(columns.get(Column.NUMBER));
        if (Column.isMissing(number)) {
            problem(line, Column.NUMBER, "expected the incident's number, such as INC0000045, found nothing");
        }
        Optional<LocalDateTime> updated = requiredTime(record, Column.UPDATED_AT, line);
        requiredTime(record, Column.OPENED_AT, line);
        Object modCount = values[columns.get(Column.MOD_COUNT)];
        if (modCount == null) {
            problem(line, Column.MOD_COUNT, "expected the update's count, a whole number, found nothing");
        }
        if (values[columns.get(Column.REOPEN_COUNT)] == null) {
            problem(line, Column.REOPEN_COUNT, "expected the number of reopenings so far, a whole number, found nothing");
        }
        if (problems.size() > before || updated.isEmpty()) {
            return;
        }
        Optional<ZoneId> zone = zone();
        String updatedText = record.getField(columns.get(Column.UPDATED_AT));
        ObservationDraft draft = new ObservationDraft(context.source(), context.side(), EventLogFormat.KIND, number,
                modCount + "@" + updatedText, zone.map(z -> LogTime.instant(updated.get(), z)), context.receivedAt(), raw(line, nextLine),
                rowJson.write(values), Optional.of(new CaseId(number)), Optional.empty());
        observations.add(draft);
        each.accept(draft);
    }

    /** A cell's value in the parsed form: null when missing, typed where the column is known, else its text. */
    private Object value(CellType type, String name, String cell, int line, int column) {
        if (Column.isMissing(cell)) {
            return null;
        }
        if (type == CellType.COUNT) {
            if (isCount(cell)) {
                return Integer.parseInt(cell);
            }
            problems.add(new InputProblem(file.name(), line, column, name, "expected a whole number, found '" + cell + "'"));
            return cell;
        }
        if (type == CellType.BOOLEAN) {
            if (cell.equals("true") || cell.equals("false")) {
                return cell.equals("true");
            }
            problems.add(new InputProblem(file.name(), line, column, name, "expected true or false, found '" + cell + "'"));
        } else if (type == CellType.TIME && LogTime.parse(cell).isEmpty()) {
            problems.add(new InputProblem(file.name(), line, column, name, "expected " + LogTime.EXPECTED + ", found '" + cell + "'"));
        }
        return cell;
    }

    /** How a column's cells are read. */
    private enum CellType {
        COUNT, BOOLEAN, TIME, TEXT;

        static CellType of(String column) {
            return Column.COUNTS.contains(column) ? COUNT : Column.BOOLEANS.contains(column) ? BOOLEAN
                    : Column.TIMES.contains(column) ? TIME : TEXT;
        }
    }

    /** One to nine digits: a count that fits an int. */
    private static boolean isCount(String cell) {
        if (cell.length() > 9) {
            return false;
        }
        for (int i = 0; i < cell.length(); i++) {
            if (cell.charAt(i) < '0' || cell.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private Optional<LocalDateTime> requiredTime(CsvRecord record, String name, int line) {
        String cell = record.getField(columns.get(name));
        if (Column.isMissing(cell)) {
            problem(line, name, "expected " + LogTime.EXPECTED + ", found nothing");
            return Optional.empty();
        }
        return LogTime.parse(cell);
    }

    private void problem(int line, String name, String message) {
        problems.add(new InputProblem(file.name(), line, columns.get(name) + 1, name, message));
    }

    /** The zone of the log's times; without one, a problem (once a file). */
    private Optional<ZoneId> zone() {
        if (context.zone().isEmpty() && !zoneReported) {
            zoneReported = true;
            problems.add(new InputProblem(file.name(), 0, 0, "", "the log's times have no offset or zone; give their zone with --zone,"
                    + " such as --zone America/Sao_Paulo"));
        }
        return context.zone();
    }

    /** The record's text as in the file: from its first line to the next record's, without the line ends. */
    private byte[] raw(int line, int nextLine) {
        int end = lineStarts[Math.min(nextLine, lineStarts.length - 1)];
        while (end > lineStarts[line] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(lineStarts[line], end).getBytes(StandardCharsets.UTF_8);
    }
}
