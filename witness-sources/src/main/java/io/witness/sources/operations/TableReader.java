package io.witness.sources.operations;

import io.witness.core.input.InputProblem;
import io.witness.core.input.Problems;
import io.witness.sources.export.ExportRow;
import io.witness.sources.export.ExportTable;
import io.witness.sources.time.LocalTimes;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the rows of an operational table by its columns into typed JSON, reporting every problem with the
 * file, line (or sheet and cell), column and the column's name: a required column missing from the
 * header, a required value missing, a value of the wrong form. Columns the layout does not name are kept
 * as text under their header. A time is ISO-8601 with an offset, or without one (a space may stand for
 * the {@code T}), or en-US as PowerShell writes it ({@code 5/12/2026 10:00:04 PM}), or epoch seconds. A
 * time without an offset is read in the import's zone by
 * {@link LocalTimes#instant} (an hour shown twice is its first showing, a skipped one moves forward);
 * without a zone the first such time is a problem naming the file. One table, one thread.
 */
final class TableReader {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ISO_LOCAL_DATE_TIME;
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    // What Windows PowerShell's Export-Csv writes on an en-US machine: 5/12/2026 10:00:04 PM.
    private static final DateTimeFormatter US = new java.time.format.DateTimeFormatterBuilder().appendPattern("M/d/yyyy h:mm[:ss] a")
            .toFormatter(Locale.US);
    private static final java.util.regex.Pattern EPOCH_SECONDS = java.util.regex.Pattern.compile("\\d{9,11}");

    private final ExportTable table;
    private final Map<Column, Integer> index;
    private final List<Integer> others;
    private final Optional<ZoneId> zone;
    private final Problems problems;
    private boolean zoneMissingReported;
    private boolean rowFailed;

    private TableReader(ExportTable table, Map<Column, Integer> index, List<Integer> others, Optional<ZoneId> zone, Problems problems) {
        this.table = table;
        this.index = index;
        this.others = others;
        this.zone = zone;
        this.problems = problems;
    }

    /** A reader of {@code table} by {@code layout}; each required column the header lacks is a problem. */
    static TableReader of(ExportTable table, List<Column> layout, Optional<ZoneId> zone, Problems problems) {
        Map<Column, Integer> index = new LinkedHashMap<>();
        Set<Integer> used = new HashSet<>();
        for (Column column : layout) {
            Optional<Integer> at = table.column(column.names().toArray(String[]::new));
            if (at.isPresent()) {
                index.put(column, at.get());
                used.add(at.get());
            } else if (column.required()) {
                problems.add(table.headerProblem("expected a column named '" + column.names().get(0) + "'; the header has: "
                        + String.join(", ", table.header().stream().map(String::strip).toList())));
            }
        }
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < table.header().size(); i++) {
            if (!used.contains(i) && !table.header().get(i).isBlank()) {
                others.add(i);
            }
        }
        return new TableReader(table, index, others, zone, problems);
    }

    /** True when the header has the column. */
    boolean has(Column column) {
        return index.containsKey(column);
    }

    /**
     * A row read: its typed JSON (without the values that had a problem) and whether it had none.
     *
     * @param json the values read well
     * @param ok true when the row had no problem
     */
    record RowRead(ObjectNode json, boolean ok) {
    }

    /**
     * The row as typed JSON: each column of the layout under its key (left out when empty), then the other
     * columns as text under their header. Problems go to the problems.
     */
    RowRead read(ExportRow row) {
        int before = problems.list().size();
        rowFailed = false;
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<Column, Integer> entry : index.entrySet()) {
            Column column = entry.getKey();
            int at = entry.getValue();
            String text = row.cell(at).strip();
            if (text.isEmpty()) {
                if (column.required()) {
                    problems.add(row.problemAt(at, "expected a value, found nothing"));
                }
                continue;
            }
            value(json, column, text, row, at);
        }
        for (int at : others) {
            String text = row.cell(at).strip();
            if (!text.isEmpty()) {
                json.put(table.header().get(at).strip(), text);
            }
        }
        return new RowRead(json, problems.list().size() == before && !rowFailed);
    }

    /** A problem about a row as a whole (two values that do not agree). */
    void problem(ExportRow row, Column column, String message) {
        Integer at = index.get(column);
        problems.add(at == null ? row.problem(message) : row.problemAt(at, message));
    }

    private void value(ObjectNode json, Column column, String text, ExportRow row, int at) {
        String key = column.key();
        try {
            switch (column.type()) {
                case TEXT -> json.put(key, text);
                case DATE -> json.put(key, LocalDate.parse(text).toString());
                case MONTH -> json.put(key, YearMonth.parse(text).toString());
                case INTEGER -> json.put(key, Long.parseLong(text));
                case DECIMAL -> json.put(key, new BigDecimal(text).toPlainString());
                case LIST -> {
                    ArrayNode list = json.putArray(key);
                    for (String part : text.split(";")) {
                        if (!part.isBlank()) {
                            list.add(part.strip());
                        }
                    }
                }
                case CHOICE -> {
                    String word = text.toLowerCase(Locale.ROOT);
                    if (!column.choices().contains(word)) {
                        problems.add(row.problemAt(at, "expected one of " + String.join(", ", column.choices()) + "; found '" + text + "'"));
                    } else {
                        json.put(key, word);
                    }
                }
                case BOOLEAN -> {
                    String word = text.toLowerCase(Locale.ROOT);
                    if (!List.of("true", "false", "yes", "no").contains(word)) {
                        problems.add(row.problemAt(at, "expected true or false (or yes or no); found '" + text + "'"));
                    } else {
                        json.put(key, word.equals("true") || word.equals("yes"));
                    }
                }
                case INSTANT -> instant(text, row, at).ifPresent(instant -> json.put(key, instant));
            }
        } catch (DateTimeException | NumberFormatException e) {
            problems.add(row.problemAt(at, expected(column.type()) + "; found '" + text + "'"));
        }
    }

    private Optional<String> instant(String text, ExportRow row, int at) {
        if (EPOCH_SECONDS.matcher(text).matches()) {
            return Optional.of(java.time.Instant.ofEpochSecond(Long.parseLong(text)).toString());
        }
        String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + "T" + text.substring(11) : text;
        try {
            return Optional.of(OffsetDateTime.parse(iso, OFFSET).toInstant().toString());
        } catch (DateTimeException notOffset) {
            LocalDateTime local = text.indexOf('/') > 0 ? LocalDateTime.parse(text.toUpperCase(Locale.ROOT), US) : LocalDateTime.parse(iso, LOCAL);
            if (zone.isEmpty()) {
                rowFailed = true;
                if (!zoneMissingReported) {
                    zoneMissingReported = true;
                    InputProblem cell = row.problemAt(at, "");
                    problems.add(new InputProblem(cell.source(), cell.line(), cell.column(), cell.path(), table.file()
                            + " writes times without an offset ('" + text + "'); give the zone they are in with --zone"));
                }
                return Optional.empty();
            }
            return Optional.of(LocalTimes.instant(local, zone.get()).toString());
        }
    }

    private static String expected(ColumnType type) {
        return switch (type) {
            case DATE -> "expected a date YYYY-MM-DD";
            case MONTH -> "expected a month YYYY-MM";
            case INTEGER -> "expected a whole number";
            case DECIMAL -> "expected a decimal number such as 650.00";
            case INSTANT -> "expected a date and time such as 2026-05-12T22:00:00-04:00, or 2026-05-12 22:00 in the --zone";
            default -> "expected a value";
        };
    }
}
