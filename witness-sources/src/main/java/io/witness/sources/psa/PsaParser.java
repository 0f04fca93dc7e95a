package io.witness.sources.psa;

import io.witness.core.event.CaseId;
import io.witness.core.input.InputProblem;
import io.witness.ledger.chain.CanonicalJson;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.ParsedFile;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a PSA's file, CSV export or saved REST JSON, into observations: one per record, of the kind its
 * fields show, keeping the record's raw bytes. The parsed form is the record (for CSV: header → cell,
 * blank cells null) with every time field written as an instant with its offset: a REST API's times
 * without an offset are UTC, as the APIs document; a CSV export's are read in the import's zone
 * ({@code --zone}), which they then require. Exact duplicate records in one file are kept once.
 *
 * <p>Immutable and thread-safe.
 */
public final class PsaParser {

    private static final Pattern TICKET_IN_NAME = Pattern.compile("(\\d+)(?!.*\\d)");

    private final List<RecordSpec> jsonSpecs;
    private final RecordSpec csvSpec;
    private final Set<String> wrappers;
    private final PsaTimes.DateOrder dateOrder;

    /**
     * @param jsonSpecs the kinds of record a JSON file may hold, tried in order
     * @param csvSpec the kind of a CSV export's rows (the ticket list)
     * @param wrappers the keys under which a JSON file may wrap its records
     * @param dateOrder how the CSV export writes dates with slashes
     */
    public PsaParser(List<RecordSpec> jsonSpecs, RecordSpec csvSpec, Set<String> wrappers, PsaTimes.DateOrder dateOrder) {
        this.jsonSpecs = List.copyOf(jsonSpecs);
        this.csvSpec = Objects.requireNonNull(csvSpec, "csvSpec");
        this.wrappers = Set.copyOf(wrappers);
        this.dateOrder = Objects.requireNonNull(dateOrder, "dateOrder");
    }

    /** The file's observations and every problem found. */
    public ParsedFile parse(ImportFile file, ImportContext context) {
        List<InputProblem> problems = new ArrayList<>();
        List<ObservationDraft> drafts = new ArrayList<>();
        long rows;
        if (JsonRecords.looksLikeJson(file.bytes())) {
            List<JsonRecords.Record> records = JsonRecords.read(file, wrappers, problems);
            rows = records.size();
            for (JsonRecords.Record record : records) {
                Optional<RecordSpec> spec = jsonSpecs.stream().filter(s -> s.recognises().test(record.node())).findFirst();
                if (spec.isEmpty()) {
                    problems.add(new InputProblem(file.name(), record.line(), record.column(), record.path(), "expected "
                            + jsonSpecs.stream().map(RecordSpec::kind).collect(Collectors.joining(", ", "a record of kind ", ""))
                            + ", found one with fields " + String.join(", ", record.node().propertyNames().stream().limit(8).toList())));
                    continue;
                }
                new RecordReading(file, context, spec.get(), true, problems, Map.of())
                        .read(record.node(), record.raw(), record.line(), record.column(), record.path()).ifPresent(drafts::add);
            }
        } else {
            CsvTable table = CsvTable.read(file, problems);
            rows = table.rows().size();
            if (!table.headers().isEmpty() && hasTicketColumn(file, table, problems)) {
                Map<String, Integer> columns = new java.util.HashMap<>();
                for (int i = 0; i < table.headers().size(); i++) {
                    columns.put(table.headers().get(i), i + 1);
                }
                RecordReading reading = new RecordReading(file, context, csvSpec, false, problems, columns);
                for (CsvTable.Row row : table.rows()) {
                    ObjectNode node = JsonNodeFactory.instance.objectNode();
                    for (int i = 0; i < table.headers().size(); i++) {
                        String cell = row.cells().get(i).strip();
                        node.put(table.headers().get(i), cell.isEmpty() ? null : cell);
                    }
                    reading.read(node, row.raw(), row.line(), 0, "").ifPresent(drafts::add);
                }
            }
        }
        return new ParsedFile(withoutDuplicates(drafts), problems, rows);
    }

    private boolean hasTicketColumn(ImportFile file, CsvTable table, List<InputProblem> problems) {
        ObjectNode headers = JsonNodeFactory.instance.objectNode();
        table.headers().forEach(header -> headers.put(header, "x"));
        if (csvSpec.ticket().find(headers).isPresent()) {
            return true;
        }
        problems.add(new InputProblem(file.name(), 1, 0, "", "expected a column with " + csvSpec.ticket().label()
                + ", found columns " + String.join(", ", table.headers())));
        return false;
    }

    private static List<ObservationDraft> withoutDuplicates(List<ObservationDraft> drafts) {
        Set<List<Object>> seen = new HashSet<>();
        List<ObservationDraft> kept = new ArrayList<>();
        for (ObservationDraft draft : drafts) {
            List<Object> key = List.of(draft.kind(), draft.sourceId(), draft.sourceVersion(), java.nio.ByteBuffer.wrap(draft.raw()));
            if (seen.add(key)) {
                kept.add(draft);
            }
        }
        return kept;
    }

    /** {@code sha256:} and the first 16 hex digits of the SHA-256 of {@code bytes}: a version or id when the source has none. */
    public static String digest(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "sha256:" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** Reading the records of one file with one spec. */
    private final class RecordReading {
        private final ImportFile file;
        private final ImportContext context;
        private final RecordSpec spec;
        private final boolean api;
        private final List<InputProblem> problems;
        private final Map<String, Integer> columns;
        private boolean zoneReported;

        RecordReading(ImportFile file, ImportContext context, RecordSpec spec, boolean api, List<InputProblem> problems,
                Map<String, Integer> columns) {
            this.file = file;
            this.context = context;
            this.spec = spec;
            this.api = api;
            this.problems = problems;
            this.columns = columns;
        }

        Optional<ObservationDraft> read(ObjectNode node, byte[] raw, int line, int column, String path) {
            Keys keys = Keys.of(node);
            Optional<String> ticket = spec.ticket().text(keys);
            if (ticket.isEmpty() && spec.ticketFromFileName()) {
                Matcher digits = TICKET_IN_NAME.matcher(file.name().replaceFirst("\\.[^.]*$", ""));
                ticket = digits.find() ? Optional.of(digits.group(1)) : Optional.empty();
            }
            if (ticket.isEmpty()) {
                problems.add(new InputProblem(file.name(), line, column, path, "expected " + spec.ticket().label()
                        + (spec.ticketFromFileName() ? " (or a file name holding the ticket number, audittrail-88123.json)" : "")
                        + ", found nothing"));
                return Optional.empty();
            }
            ObjectNode parsed = node.deepCopy();
            int before = problems.size();
            resolveTimes(parsed, line, column, path);
            Optional<Instant> claimed = spec.claimed().find(parsed).flatMap(found -> Fields.valueText(found.value()))
                    .flatMap(PsaTimes::withOffset);
            if (claimed.isEmpty() && spec.claimedRequired() && problems.size() == before) {
                problems.add(new InputProblem(file.name(), line, column, path, "expected " + spec.claimed().label() + ", found nothing"));
            }
            if (problems.size() > before) {
                return Optional.empty();
            }
            String sourceId = spec.ownId().isEmpty() && spec.kind().equals("ticket") ? ticket.get()
                    : ticket.get() + ":" + spec.ownId().flatMap(f -> f.text(keys))
                            .orElseGet(() -> digest(CanonicalJson.write(node).getBytes(StandardCharsets.UTF_8)));
            String version = spec.version().text(keys).orElseGet(() -> digest(raw));
            ObservationDraft draft = ObservationDraft.of(context.source(), context.side(), spec.kind(), sourceId, version,
                    context.receivedAt(), raw, parsed).withCaseRef(new CaseId(ticket.get()));
            return Optional.of(claimed.map(draft::withClaimedAt).orElse(draft));
        }

        private void resolveTimes(ObjectNode node, int line, int recordColumn, String path) {
            for (Map.Entry<String, JsonNode> entry : List.copyOf(node.properties())) {
                String name = entry.getKey();
                JsonNode value = entry.getValue();
                if (value.isObject()) {
                    resolveTimes((ObjectNode) value, line, recordColumn, path + "/" + name);
                } else if (value.isString() && !value.asString().isBlank() && spec.times().contains(Fields.normalise(name))) {
                    resolveTime(node, name, value.asString(), line, recordColumn, path + "/" + name);
                }
            }
        }

        private void resolveTime(ObjectNode node, String name, String text, int line, int recordColumn, String path) {
            if (PsaTimes.hasOffset(text)) {
                return;
            }
            Optional<java.time.LocalDateTime> local = api ? PsaTimes.isoLocal(text) : PsaTimes.local(text, dateOrder);
            int column = api ? recordColumn : columns.getOrDefault(name, 0);
            String where = api ? path : name;
            if (local.isEmpty()) {
                problems.add(new InputProblem(file.name(), line, column, where, "expected a date and time such as "
                        + (api ? "2026-03-06T16:00:00Z" : example()) + ", found '" + text + "'"));
            } else if (api) {
                node.put(name, PsaTimes.withZoneOffset(local.get(), java.time.ZoneOffset.UTC));
            } else if (context.zone().isPresent()) {
                node.put(name, PsaTimes.withZoneOffset(local.get(), context.zone().get()));
            } else if (!zoneReported) {
                zoneReported = true;
                problems.add(new InputProblem(file.name(), line, column, where,
                        "expected --zone with the time zone the export was written in (such as America/New_York): "
                                + "its times have no offset, found '" + text + "'"));
            }
        }

        private String example() {
            return dateOrder == PsaTimes.DateOrder.MONTH_FIRST ? "3/6/2026 4:00 PM or 2026-03-06 16:00" : "06/03/2026 16:00 or 2026-03-06 16:00";
        }
    }
}
