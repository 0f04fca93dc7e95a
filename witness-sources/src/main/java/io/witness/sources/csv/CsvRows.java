package io.witness.sources.csv;

import io.witness.core.event.CaseId;
import io.witness.core.input.InputProblem;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.ParsedFile;
import io.witness.sources.sheet.CellValues;
import io.witness.sources.sheet.CsvRecord;
import io.witness.sources.sheet.CsvRecords;
import io.witness.sources.sheet.Headers;
import io.witness.sources.sheet.TextDecoding;
import io.witness.sources.time.TimeValue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the rows of one export by its mapping into observations (docs/importers/csv-mapping.md):
 * the header is found, every column the mapping names is looked up in it, and each row after it is
 * checked (a case id, a readable time, readable time columns, a tier from 1 to 9, an event's type) and
 * kept with its exact text. One file, one thread.
 */
final class CsvRows {

    private final CsvMapping mapping;
    private final ImportFile file;
    private final ImportContext context;
    private final List<InputProblem> problems = new ArrayList<>();
    private final Optional<ZoneId> zone;
    private List<String> headers = List.of();
    private final Map<String, Integer> index = new HashMap<>();

    CsvRows(CsvMapping mapping, ImportFile file, ImportContext context) {
        this.mapping = mapping;
        this.file = file;
        this.context = context;
        this.zone = mapping.zone().or(context::zone);
    }

    ParsedFile read() {
        String text = TextDecoding.decode(file.bytes(), mapping.encoding(), file.name(), problems);
        List<CsvRecord> records = CsvRecords.split(text, mapping.separator(), mapping.quote(), file.name(), problems);
        int first = header(records);
        if (first < 0 || !columnsFound()) {
            return new ParsedFile(List.of(), problems, 0);
        }
        List<ObservationDraft> drafts = new ArrayList<>();
        long rows = 0;
        for (int r = first; r < records.size(); r++) {
            CsvRecord record = records.get(r);
            if (record.isBlank()) {
                continue;
            }
            rows++;
            row(record).ifPresent(drafts::add);
        }
        problems.sort(Comparator.comparingInt(InputProblem::line).thenComparingInt(InputProblem::column));
        return new ParsedFile(drafts, problems, rows);
    }

    /** Finds the header; returns the index of the first record after it, or -1 when there is none. */
    private int header(List<CsvRecord> records) {
        if (mapping.headerRow() == 0) {
            headers = Headers.numbered(records.stream().mapToInt(r -> r.fields().size()).max().orElse(0));
            indexHeaders();
            return 0;
        }
        for (int r = 0; r < records.size(); r++) {
            CsvRecord record = records.get(r);
            if (record.line() >= mapping.headerRow() && !record.isBlank()) {
                headers = Headers.unique(record.fields());
                indexHeaders();
                return r + 1;
            }
        }
        problems.add(new InputProblem(file.name(), mapping.headerRow(), 0, "",
                "expected the header on line " + mapping.headerRow() + " (header_row in " + mapping.name() + "), found the end of the file"));
        return -1;
    }

    private void indexHeaders() {
        for (int i = 0; i < headers.size(); i++) {
            index.putIfAbsent(ColumnRef.fold(headers.get(i)), i);
        }
    }

    private boolean columnsFound() {
        boolean found = true;
        for (ColumnRef column : mapping.named()) {
            if (!index.containsKey(column.key())) {
                found = false;
                problems.add(new InputProblem(mapping.name(), column.line(), column.column(), column.path(),
                        "expected a column '" + column.header() + "' in the header of " + file.name() + ", found none; it has: "
                                + String.join(", ", headers)));
            }
        }
        return found;
    }

    private Optional<ObservationDraft> row(CsvRecord record) {
        List<String> fields = record.fields();
        if (fields.size() > headers.size()) {
            problems.add(new InputProblem(file.name(), record.line(), headers.size() + 1, "",
                    "expected at most " + headers.size() + " fields, as the header has, found " + fields.size()));
            return Optional.empty();
        }
        ObjectNode parsed = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < headers.size(); i++) {
            parsed.set(headers.get(i), CellValues.typed(cell(fields, i), mapping.decimalComma()));
        }
        int before = problems.size();
        Optional<String> caseId = value(record, Field.CASE);
        if (caseId.isEmpty()) {
            problem(record, Field.CASE, "expected the case id, found nothing");
        }
        Optional<Instant> at = time(record, Field.TIME, true);
        for (Field field : List.of(Field.OPENED, Field.REPLIED, Field.RESOLVED, Field.CLOSED)) {
            time(record, field, false);
        }
        value(record, Field.TIER).filter(t -> !t.matches("[1-9]"))
                .ifPresent(t -> problem(record, Field.TIER, "expected a support tier from 1 to 9, found '" + t + "'"));
        Optional<String> type = Optional.empty();
        if (mapping.events().isPresent()) {
            type = value(record, mapping.events().get().type());
            if (type.isEmpty()) {
                problem(record, mapping.events().get().type(), "expected the event's type, found nothing");
            }
        }
        if (problems.size() > before || caseId.isEmpty() || at.isEmpty()) {
            return Optional.empty();
        }
        String sourceId;
        String version;
        if (mapping.snapshots()) {
            sourceId = caseId.get();
            version = value(record, Field.VERSION).orElse(at.get().toString());
        } else {
            Optional<String> id = mapping.events().get().id().flatMap(c -> value(record, c));
            sourceId = id.orElse(caseId.get() + "/" + type.orElseThrow() + "/" + at.get());
            version = "1";
        }
        return Optional.of(ObservationDraft.of(context.source(), context.side(), mapping.kind(), sourceId, version,
                        context.receivedAt(), record.text().getBytes(StandardCharsets.UTF_8), parsed)
                .withClaimedAt(at.get())
                .withCaseRef(new CaseId(caseId.get())));
    }

    private Optional<Instant> time(CsvRecord record, Field field, boolean required) {
        Optional<ColumnRef> column = mapping.column(field);
        if (column.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> text = value(record, column.get());
        if (text.isEmpty()) {
            if (required) {
                problem(record, column.get(), "expected " + mapping.times().expected() + ", found nothing");
            }
            return Optional.empty();
        }
        Optional<TimeValue> value = mapping.times().read(text.get());
        if (value.isEmpty() || value.get() instanceof TimeValue.TimeOfDay) {
            problem(record, column.get(), "expected " + mapping.times().expected() + ", found '" + text.get() + "'");
            return Optional.empty();
        }
        if (value.get().needsZone() && zone.isEmpty()) {
            problem(record, column.get(), "expected a time with an offset, found '" + text.get() + "' (give time.zone in "
                    + mapping.name() + " or --zone for the times " + file.name() + " writes without one)");
            return Optional.empty();
        }
        return Optional.of(value.get().instant(zone.orElse(java.time.ZoneOffset.UTC)));
    }

    private Optional<String> value(CsvRecord record, Field field) {
        return mapping.column(field).flatMap(c -> value(record, c));
    }

    private Optional<String> value(CsvRecord record, ColumnRef column) {
        String text = cell(record.fields(), index.get(column.key())).strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** The cell's text, empty when the row is short or the text is a placeholder for empty. */
    private String cell(List<String> fields, int at) {
        String text = at < fields.size() ? fields.get(at) : "";
        return mapping.empty().contains(text.strip()) ? "" : text;
    }

    private void problem(CsvRecord record, Field field, String message) {
        problem(record, mapping.column(field).orElseThrow(), message);
    }

    private void problem(CsvRecord record, ColumnRef column, String message) {
        int at = index.get(column.key());
        problems.add(new InputProblem(file.name(), record.line(), at + 1, "/" + headers.get(at), message));
    }
}
