package io.witness.sources.jira;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns Jira's issue CSV export into observations, one per issue (kind {@code issue}, source id the
 * Issue id, version its Updated time, case its Issue key). Columns are found by their export headers in
 * any order; a multi-value field repeats its column ("Comment", "Component/s"), and each comment cell is
 * {@code date;author account id;text}. Times are in the exporter's zone and format.
 */
final class JiraCsv {

    /** The formats Jira offers for dates and times, its default ("complete date/time") first. */
    static final List<String> DATE_FORMATS = List.of("d/MMM/yy h:mm a", "d/MMM/yyyy h:mm a", "yyyy-MM-dd HH:mm",
            "yyyy-MM-dd HH:mm:ss", "dd/MM/yyyy HH:mm", "MM/dd/yyyy HH:mm", "MM/dd/yyyy h:mm a", "dd.MM.yyyy HH:mm");

    private static final Pattern SLA_COLUMN = Pattern.compile("(?i)custom field \\((time to .*|.*\\bsla\\b.*)\\)");

    /** Known columns: the parsed form's name, then the export's headers; times last. */
    private static final List<Map.Entry<String, List<String>>> KNOWN = List.of(
            Map.entry("key", List.of("Issue key")), Map.entry("id", List.of("Issue id")),
            Map.entry("summary", List.of("Summary")), Map.entry("issueType", List.of("Issue Type")),
            Map.entry("status", List.of("Status")), Map.entry("statusCategory", List.of("Status Category")),
            Map.entry("priority", List.of("Priority")), Map.entry("resolution", List.of("Resolution")),
            Map.entry("assignee", List.of("Assignee")), Map.entry("assigneeId", List.of("Assignee Id")),
            Map.entry("reporter", List.of("Reporter")), Map.entry("reporterId", List.of("Reporter Id")),
            Map.entry("requestType", List.of("Custom field (Request Type)", "Request Type")),
            Map.entry("impact", List.of("Custom field (Impact)")), Map.entry("urgency", List.of("Custom field (Urgency)")),
            Map.entry("channel", List.of("Custom field (Channel)", "Custom field (Source)", "Channel")),
            Map.entry("ci", List.of("Custom field (Affected services)", "Custom field (Configuration item)",
                    "Custom field (Affected hardware)")),
            Map.entry("reference", List.of("Custom field (Vendor ticket)", "Custom field (Provider ticket)",
                    "Custom field (External reference)", "Custom field (External ID)", "Custom field (Vendor reference)")),
            Map.entry("created", List.of("Created")), Map.entry("updated", List.of("Updated")),
            Map.entry("resolved", List.of("Resolved")), Map.entry("statusCategoryChanged", List.of("Status Category Changed")));
    private static final Set<String> TIMES = Set.of("created", "updated", "resolved", "statusCategoryChanged");

    private final ExportTable table;
    private final ImportContext context;
    private final JiraOptions options;
    private final Problems problems;
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final List<Integer> comments;
    private final Set<Integer> used = new HashSet<>();

    JiraCsv(ExportTable table, ImportContext context, JiraOptions options, Problems problems) {
        this.table = table;
        this.context = context;
        this.options = options;
        this.problems = problems;
        KNOWN.forEach(known -> table.column(known.getValue().toArray(String[]::new)).ifPresent(i -> columns.put(known.getKey(), i)));
        for (String group : options.groupFields()) {
            Optional<Integer> column = table.column(group, "Custom field (" + group + ")");
            if (column.isPresent() && !columns.containsKey("group")) {
                columns.put("group", column.get());
            }
        }
        this.comments = table.columns("Comment");
        used.addAll(columns.values());
        used.addAll(comments);
    }

    /** True when the table is Jira's issue export: it has an Issue key column. */
    static boolean isIssueExport(ExportTable table) {
        return table.has("Issue key");
    }

    List<ObservationDraft> read() {
        Optional<TableTimes> times = times();
        List<ObservationDraft> drafts = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        for (ExportRow row : table.rows()) {
            row(row, times).ifPresent(draft -> {
                // an exact duplicate row (a paging overlap in the export) is the same evidence: kept once
                if (seen.add(List.of(draft.sourceId(), draft.sourceVersion(), ByteBuffer.wrap(row.raw())))) {
                    drafts.add(draft);
                }
            });
        }
        return drafts;
    }

    private Optional<ObservationDraft> row(ExportRow row, Optional<TableTimes> times) {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        boolean ok = true;
        for (Map.Entry<String, Integer> entry : columns.entrySet()) {
            String text = row.cell(entry.getValue()).strip();
            if (text.isEmpty()) {
                continue;
            }
            if (TIMES.contains(entry.getKey())) {
                Optional<Instant> instant = times.flatMap(t -> t.instant(text));
                if (instant.isEmpty()) {
                    times.ifPresent(t -> problems.add(row.problemAt(entry.getValue(), "expected a date and time as "
                            + t.format().pattern() + ", found '" + text + "'")));
                    ok = false;
                    continue;
                }
                fields.put(entry.getKey(), instant.get().toString());
            } else {
                fields.put(entry.getKey(), text);
            }
        }
        if (!fields.has("key")) {
            problems.add(row.problemAt(columns.get("key"), "expected the issue's key (ITSD-42), found an empty cell"));
            return Optional.empty();
        }
        ArrayNode commentList = fields.putArray("comments");
        for (int column : comments) {
            String text = row.cell(column);
            if (text.isBlank()) {
                continue;
            }
            String[] parts = text.split(";", 3);
            Optional<Instant> at = parts.length == 3 ? times.flatMap(t -> t.instant(parts[0])) : Optional.empty();
            if (at.isEmpty()) {
                if (times.isPresent() || parts.length != 3) {
                    problems.add(row.problemAt(column, "expected a comment as date;author;text, found '" + abbreviate(text) + "'"));
                }
                ok = false;
                continue;
            }
            commentList.addObject().put("created", at.get().toString()).put("author", parts[1]).put("body", parts[2]);
        }
        ObjectNode slas = fields.putObject("sla");
        ObjectNode extras = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < table.header().size(); i++) {
            String header = table.header().get(i).strip();
            String text = row.cell(i).strip();
            if (used.contains(i) || header.isEmpty() || text.isEmpty()) {
                continue;
            }
            var sla = SLA_COLUMN.matcher(header);
            if (sla.matches()) {
                slas.put(sla.group(1), text);
            } else if (extras.has(header)) {
                JsonNode before = extras.get(header);
                ArrayNode values = before.isArray() ? (ArrayNode) before : extras.putArray(header).add(before.asString());
                values.add(text);
            } else {
                extras.put(header, text);
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        // the row's fields at the top, so that a rewritten version's report names each changed field
        ObjectNode parsed = fields.deepCopy();
        parsed.set("@extra", extras);
        String key = fields.get("key").asString();
        String id = fields.has("id") ? fields.get("id").asString() : key;
        String version = fields.has("updated") ? fields.get("updated").asString()
                : "row:" + JiraJson.digest(CanonicalJson.write(fields).getBytes(StandardCharsets.UTF_8));
        ObservationDraft draft = ObservationDraft.of(context.source(), context.side(), "issue", id, version,
                context.receivedAt(), row.raw(), parsed).withCaseRef(new CaseId(key));
        return Optional.of(fields.has("updated") ? draft.withClaimedAt(Instant.parse(fields.get("updated").asString())) : draft);
    }

    private Optional<TableTimes> times() {
        List<TableTimes.TimeCell> cells = new ArrayList<>();
        for (ExportRow row : table.rows()) {
            columns.forEach((name, column) -> {
                if (TIMES.contains(name) && !row.cell(column).isBlank()) {
                    cells.add(new TableTimes.TimeCell(row, column, row.cell(column)));
                }
            });
            for (int column : comments) {
                String[] parts = row.cell(column).split(";", 3);
                if (parts.length == 3 && !parts[0].isBlank()) {
                    cells.add(new TableTimes.TimeCell(row, column, parts[0]));
                }
            }
        }
        return TableTimes.of(table, cells, context.zone(), options.dateFormat(), DATE_FORMATS, "Jira's", problems);
    }

    private static String abbreviate(String text) {
        String line = text.replace('\n', ' ').replace('\r', ' ');
        return line.length() <= 60 ? line : line.substring(0, 57) + "...";
    }
}
