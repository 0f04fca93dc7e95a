package io.witness.sources.tracker;

import io.witness.core.event.CaseId;
import io.witness.core.input.InputProblem;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.sheet.CellValue;
import io.witness.sources.sheet.CellValues;
import io.witness.sources.sheet.SheetRow;
import io.witness.sources.sheet.XlsxSheets;
import io.witness.sources.time.TimeValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the data rows of a tracker, once its header and the order of its dates are known, into
 * observations (docs/importers/tracker.md): each row's cells as written, and its tracker columns read
 * ({@code reported at} with the row's date when it gives only a time, and so on). One file, one thread.
 */
final class TrackerRows {

    /** Cell texts that mean "nothing written" in a tracker. */
    static final Set<String> PLACEHOLDERS = Set.of("?", "-", "--", "\u2014", "n/a", "#n/a", "#n/b", "tbc", "tbd");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<TrackerColumn> LATER_TIMES = List.of(TrackerColumn.RESPONSE, TrackerColumn.RESOLVED, TrackerColumn.CLOSED);

    private final ImportFile file;
    private final ImportContext context;
    private final TrackerHeader header;
    private final TrackerTimes times;
    private final List<InputProblem> problems;
    private boolean zoneMissingReported;

    TrackerRows(ImportFile file, ImportContext context, TrackerHeader header, TrackerTimes times, List<InputProblem> problems) {
        this.file = file;
        this.context = context;
        this.header = header;
        this.times = times;
        this.problems = problems;
    }

    /** The observation of one data row, or empty with its problems reported. */
    Optional<ObservationDraft> read(SheetRow row) {
        int before = problems.size();
        ObjectNode cells = JSON.objectNode();
        for (int c = 0; c < header.names().size(); c++) {
            CellValue cell = cell(row, c);
            cells.set(header.names().get(c), row.isCsv() ? CellValues.typed(cell.text(), false) : XlsxSheets.json(cell));
        }
        ObjectNode tracker = JSON.objectNode();
        ObjectNode headers = JSON.objectNode();
        for (Map.Entry<TrackerColumn, Integer> column : header.columns().entrySet()) {
            headers.put(column.getKey().key(), header.names().get(column.getValue()));
            CellValue cell = cell(row, column.getValue());
            if (!cell.isBlank() && !isTime(column.getKey())) {
                tracker.set(column.getKey().key(), column.getKey() == TrackerColumn.PEOPLE_AFFECTED && row.isCsv()
                        ? CellValues.typed(cell.text().strip(), false) : XlsxSheets.json(cell instanceof CellValue.Text t
                                ? new CellValue.Text(t.text().strip()) : cell));
            }
        }
        // An Excel date cell is a date and time at midnight: in the date column it is the date alone.
        Optional<TimeValue> date = time(row, TrackerColumn.DATE, Optional.empty()).map(d -> d instanceof TimeValue.Local l
                && l.dateTime().toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? new TimeValue.DateOnly(l.dateTime().toLocalDate()) : d);
        Optional<LocalDate> day = date.flatMap(TrackerRows::dateOf);
        Optional<TimeValue> reported = time(row, TrackerColumn.REPORTED, day).or(() -> date);
        date.ifPresent(d -> tracker.put(TrackerColumn.DATE.key(), text(d)));
        reported.ifPresent(r -> tracker.put(TrackerColumn.REPORTED.key(), text(r)));
        Optional<LocalDate> reportedDay = day.or(() -> reported.flatMap(TrackerRows::dateOf));
        for (TrackerColumn column : LATER_TIMES) {
            time(row, column, reportedDay).ifPresent(t -> tracker.put(column.key(), text(t)));
        }
        if (reported.isEmpty() && problems.size() == before) {
            TrackerColumn column = header.columns().containsKey(TrackerColumn.REPORTED) ? TrackerColumn.REPORTED : TrackerColumn.DATE;
            problem(row, column, "expected when the issue was reported ('" + header.name(column) + "'), found nothing");
        }
        Optional<String> ref = text(tracker, TrackerColumn.REF);
        Optional<String> issue = text(tracker, TrackerColumn.ISSUE);
        if (ref.isEmpty() && issue.isEmpty()) {
            problem(row, header.columns().containsKey(TrackerColumn.ISSUE) ? TrackerColumn.ISSUE : TrackerColumn.REF,
                    "expected the issue or a ref to tell the row apart, found neither");
        }
        if (problems.size() > before || reported.isEmpty()) {
            return Optional.empty();
        }
        Optional<Instant> at = instant(reported.get());
        if (at.isEmpty()) {
            return Optional.empty();
        }
        String sourceId = ref.orElseGet(() -> "row-" + digest((tracker.path(TrackerColumn.REPORTED.key()).asString("")
                + "|" + TrackerColumn.fold(issue.orElse(""))).getBytes(StandardCharsets.UTF_8)).substring(0, 12));
        ObjectNode parsed = JSON.objectNode();
        parsed.set("cells", cells);
        parsed.set("tracker", tracker);
        parsed.set("headers", headers);
        return Optional.of(ObservationDraft.of(context.source(), context.side(), TrackerFormat.KIND, sourceId,
                        digest(row.raw()).substring(0, 16), context.receivedAt(), row.raw(), parsed)
                .withClaimedAt(at.get())
                .withCaseRef(new CaseId(sourceId)));
    }

    /** A cell, empty when it holds a placeholder or the error #N/A (a lookup that found nothing). */
    static CellValue cell(SheetRow row, int column) {
        CellValue cell = row.cell(column);
        if (cell instanceof CellValue.Text text && PLACEHOLDERS.contains(text.text().strip().toLowerCase(Locale.ROOT))) {
            return CellValue.EMPTY;
        }
        if (cell instanceof CellValue.Error error && error.code().equals("#N/A")) {
            return CellValue.EMPTY;
        }
        return cell;
    }

    static boolean isTime(TrackerColumn column) {
        return column == TrackerColumn.DATE || column == TrackerColumn.REPORTED || LATER_TIMES.contains(column);
    }

    private Optional<TimeValue> time(SheetRow row, TrackerColumn column, Optional<LocalDate> day) {
        Integer index = header.columns().get(column);
        if (index == null) {
            return Optional.empty();
        }
        CellValue cell = cell(row, index);
        if (cell.isBlank()) {
            return Optional.empty();
        }
        Optional<TimeValue> value = times.read(cell);
        if (value.isEmpty()) {
            problem(row, column, "expected a date and time such as 2026-03-06 09:15, 06/03/2026 09:15 or an Excel date, found "
                    + (cell instanceof CellValue.Error e ? "the error " + e.code() : "'" + cell.text() + "'"));
            return Optional.empty();
        }
        if (value.get() instanceof TimeValue.TimeOfDay time) {
            if (day.isEmpty()) {
                problem(row, column, "expected a date with the time " + time.time() + " (the row has no date), found none");
                return Optional.empty();
            }
            return Optional.of(new TimeValue.Local(day.get().atTime(time.time())));
        }
        return value;
    }

    private Optional<Instant> instant(TimeValue value) {
        if (value.needsZone() && context.zone().isEmpty()) {
            if (!zoneMissingReported) {
                zoneMissingReported = true;
                problems.add(new InputProblem(file.name(), 0, 0, "", "expected --zone for the tracker's times, which have no "
                        + "offset (a spreadsheet keeps local times), found none"));
            }
            return Optional.empty();
        }
        return Optional.of(value.instant(context.zone().orElse(ZoneOffset.UTC)));
    }

    private static Optional<LocalDate> dateOf(TimeValue value) {
        if (value instanceof TimeValue.DateOnly d) {
            return Optional.of(d.date());
        }
        if (value instanceof TimeValue.Local l) {
            return Optional.of(l.dateTime().toLocalDate());
        }
        return Optional.empty();
    }

    /** A time as the parsed form keeps it: a local date and time, a date, or an instant when written with an offset. */
    private static String text(TimeValue value) {
        if (value instanceof TimeValue.Absolute a) {
            return a.instant().toString();
        }
        if (value instanceof TimeValue.Local l) {
            return l.dateTime().toString();
        }
        return ((TimeValue.DateOnly) value).date().toString();
    }

    private static Optional<String> text(ObjectNode tracker, TrackerColumn column) {
        return tracker.has(column.key()) ? Optional.of(tracker.get(column.key()).asString()).filter(t -> !t.isBlank()) : Optional.empty();
    }

    private void problem(SheetRow row, TrackerColumn column, String message) {
        problems.add(at(file.name(), row, header.columns().getOrDefault(column, 0), header.names(), message));
    }

    /**
     * A problem at a cell: {@code file:line:column} and the header for CSV, {@code file:Sheet!C14} as the
     * source for XLSX (line and column 0), the header as the path.
     */
    static InputProblem at(String file, SheetRow row, int index, List<String> names, String message) {
        String path = index < names.size() ? "/" + names.get(index) : "";
        return row.isCsv() ? new InputProblem(file, row.number(), index + 1, path, message)
                : new InputProblem(file + ":" + row.sheet() + "!" + SheetRow.columnName(index) + row.number(), 0, 0, path, message);
    }

    static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
