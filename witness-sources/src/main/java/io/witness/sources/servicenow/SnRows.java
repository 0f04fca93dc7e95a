package io.witness.sources.servicenow;

import io.witness.core.event.CaseId;
import io.witness.core.input.Problems;
import io.witness.ledger.chain.CanonicalJson;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.export.ExportRow;
import io.witness.sources.export.ExportTable;
import io.witness.sources.export.TableTimes;
import io.witness.sources.format.ImportContext;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the rows of one ServiceNow table into observations: each row's raw form kept, and a parsed form
 * with its known columns under their element names (times as UTC instants), its table ({@code @table}),
 * display or raw values ({@code @values}) and its other columns by header ({@code @extra}); and its id,
 * version, claimed time and case.
 */
final class SnRows {

    /** The formats ServiceNow offers a user for dates and times, the system default first. */
    static final List<String> DATE_FORMATS = List.of(
            "yyyy-MM-dd HH:mm:ss", "dd-MM-yyyy HH:mm:ss", "dd/MM/yyyy HH:mm:ss", "dd.MM.yyyy HH:mm:ss",
            "MM-dd-yyyy HH:mm:ss", "MM/dd/yyyy HH:mm:ss", "MM/dd/yyyy hh:mm:ss a", "dd/MM/yyyy hh:mm:ss a",
            "yyyy-MM-dd hh:mm:ss a", "yyyy/MM/dd HH:mm:ss");

    private final SnTable kind;
    private final ExportTable table;
    private final ImportContext context;
    private final SnOptions options;
    private final Problems problems;
    private final Map<String, Integer> known = new LinkedHashMap<>();
    private final Map<String, Integer> extra = new LinkedHashMap<>();
    private final Set<String> timeColumns = new HashSet<>();

    SnRows(SnTable kind, ExportTable table, ImportContext context, SnOptions options, Problems problems) {
        this.kind = kind;
        this.table = table;
        this.context = context;
        this.options = options;
        this.problems = problems;
        for (SnColumn column : kind.columns()) {
            table.column(column.names()).ifPresent(index -> known.putIfAbsent(column.element(), index));
            if (column.isTime()) {
                timeColumns.add(column.element());
            }
        }
        for (int i = 0; i < table.header().size(); i++) {
            String name = table.header().get(i).strip();
            if (!name.isEmpty() && !known.containsValue(i)) {
                extra.putIfAbsent(name, i);
            }
        }
    }

    /** The observations of the table's rows; problems go to the collector given. */
    List<ObservationDraft> read() {
        boolean complete = true;
        for (String element : required()) {
            if (!known.containsKey(element)) {
                SnColumn column = kind.column(element);
                problems.add(table.headerProblem("expected a column " + column.labels().get(0) + " (" + element + ") in the "
                        + kind.title() + " export, found " + String.join(", ", table.header())));
                complete = false;
            }
        }
        if (!complete) {
            return List.of();
        }
        Optional<TableTimes> times = times();
        SnValues values = options.values().orElseGet(this::detectValues);
        List<ObservationDraft> drafts = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        for (ExportRow row : table.rows()) {
            row(row, times, values).ifPresent(draft -> {
                // an exact duplicate row (a paging overlap in the export) is the same evidence: kept once
                if (seen.add(List.of(draft.sourceId(), draft.sourceVersion(), ByteBuffer.wrap(row.raw())))) {
                    drafts.add(draft);
                }
            });
        }
        return drafts;
    }

    private List<String> required() {
        return switch (kind) {
            case INCIDENT -> List.of("number");
            case AUDIT -> List.of("documentkey", "fieldname", "sys_created_on");
            case JOURNAL -> List.of("element_id", "element", "sys_created_on");
            case METRIC -> List.of("id", "field", "start");
            case TASK_SLA -> List.of("task", "sla");
        };
    }

    private Optional<ObservationDraft> row(ExportRow row, Optional<TableTimes> times, SnValues values) {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        boolean ok = true;
        for (Map.Entry<String, Integer> entry : known.entrySet()) {
            String text = row.cell(entry.getValue()).strip();
            if (text.isEmpty()) {
                continue;
            }
            if (timeColumns.contains(entry.getKey())) {
                Optional<Instant> instant = times.flatMap(t -> t.instant(text));
                if (instant.isEmpty()) {
                    if (times.isPresent()) {
                        problems.add(row.problemAt(entry.getValue(), "expected a date and time as "
                                + times.get().format().pattern() + ", found '" + text + "'"));
                    }
                    ok = false;
                    continue;
                }
                fields.put(entry.getKey(), instant.get().toString());
            } else {
                fields.put(entry.getKey(), text);
            }
        }
        for (String element : required()) {
            if (!fields.has(element) && ok) {
                problems.add(row.problemAt(known.get(element), "expected a value (the " + kind.column(element).labels().get(0)
                        + "), found an empty cell"));
                ok = false;
            }
        }
        for (String counter : List.of("sys_mod_count", "reopen_count", "record_checkpoint")) {
            if (fields.has(counter)) {
                String digits = fields.get(counter).asString().replace(",", "");
                if (!SnChoices.isCode(digits)) {
                    problems.add(row.problemAt(known.get(counter), "expected a whole number, found '"
                            + fields.get(counter).asString() + "'"));
                    ok = false;
                } else {
                    fields.put(counter, digits);
                }
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        if (kind == SnTable.AUDIT && fields.has("tablename") && !fields.get("tablename").asString().equals("incident")) {
            return Optional.empty();
        }
        ObjectNode extras = JsonNodeFactory.instance.objectNode();
        extra.forEach((name, index) -> {
            String text = row.cell(index).strip();
            if (!text.isEmpty()) {
                extras.put(name, text);
            }
        });
        // the row's fields at the top, so that a rewritten version's report names each changed field
        ObjectNode parsed = fields.deepCopy();
        parsed.put("@table", kind.title());
        parsed.put("@values", kind == SnTable.AUDIT ? SnValues.RAW.wireName() : values.wireName());
        parsed.set("@extra", extras);
        SnIdentity identity = SnIdentity.of(kind, fields);
        ObservationDraft draft = ObservationDraft.of(context.source(), context.side(), kind.kind(), identity.sourceId(),
                identity.version().orElseGet(() -> "row:" + digest(CanonicalJson.write(fields))), context.receivedAt(),
                row.raw(), parsed).withCaseRef(new CaseId(identity.caseRef()));
        return Optional.of(identity.claimedAt().map(draft::withClaimedAt).orElse(draft));
    }

    private SnValues detectValues() {
        Optional<Integer> column = Optional.ofNullable(known.get("state")).or(() -> Optional.ofNullable(known.get("priority")));
        if (column.isEmpty()) {
            return SnValues.DISPLAY;
        }
        List<String> cells = table.rows().stream().map(r -> r.cell(column.get()).strip()).filter(s -> !s.isEmpty()).toList();
        return !cells.isEmpty() && cells.stream().allMatch(SnChoices::isCode) ? SnValues.RAW : SnValues.DISPLAY;
    }

    /** The zone and format of the table's times, or empty (with a problem) when they cannot be read. */
    private Optional<TableTimes> times() {
        List<TableTimes.TimeCell> cells = new ArrayList<>();
        for (ExportRow row : table.rows()) {
            for (Map.Entry<String, Integer> entry : known.entrySet()) {
                if (timeColumns.contains(entry.getKey()) && !row.cell(entry.getValue()).isBlank()) {
                    cells.add(new TableTimes.TimeCell(row, entry.getValue(), row.cell(entry.getValue())));
                }
            }
        }
        return TableTimes.of(table, cells, context.zone(), options.dateFormat(), DATE_FORMATS, "ServiceNow's", problems);
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
