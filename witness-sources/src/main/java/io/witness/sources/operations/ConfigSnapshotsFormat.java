package io.witness.sources.operations;

import io.witness.core.coverage.CoverageEvidence;
import io.witness.core.coverage.drift.ConfigCategory;
import io.witness.core.coverage.drift.ConfigSnapshot;
import io.witness.core.input.InputProblem;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.LoggedObservation;
import io.witness.sources.format.OperationalFormat;
import io.witness.sources.format.ParsedFile;
import io.witness.sources.time.LocalTimes;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code config-snapshots}: configuration snapshots as JSON lines, one device at one time a line
 * (docs/coverage.md, "Configuration snapshots"): {@code device}, {@code taken_at}, {@code baseline},
 * {@code firewall_rules} (each a text, or {@code {name, action, protocol, source, destination, port}}),
 * {@code local_admins}, {@code open_ports}, {@code services}. A category left out was not captured. The
 * raw evidence is the line's bytes; every problem names the line, the column and the field's path.
 */
public final class ConfigSnapshotsFormat implements OperationalFormat {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    @Override
    public String name() {
        return "config-snapshots";
    }

    @Override
    public String description() {
        return "dated configuration snapshots per device (firewall rules, local admins, open ports, services), one marked baseline (JSON lines, docs/coverage.md)";
    }

    @Override
    public ParsedFile parse(ImportFile file, ImportContext context) {
        List<ObservationDraft> drafts = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        String text = new String(file.bytes(), StandardCharsets.UTF_8);
        String[] lines = text.split("\r?\n", -1);
        long rows = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            rows++;
            int before = problems.size();
            Line at = new Line(file.name(), i + 1, line, problems);
            JsonNode json;
            try {
                json = MAPPER.readTree(line);
            } catch (JacksonException e) {
                int column = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getColumnNr());
                problems.add(new InputProblem(file.name(), i + 1, column, "",
                        "expected one JSON object on the line: " + e.getOriginalMessage()));
                continue;
            }
            if (!(json instanceof ObjectNode object)) {
                at.problem("", "expected a JSON object, found " + json.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
                continue;
            }
            String device = at.text(object, "device");
            Instant taken = takenAt(at, object, context);
            if (object.has("baseline") && !object.get("baseline").isBoolean()) {
                at.problem("baseline", "expected true or false, found " + object.get("baseline"));
            }
            for (ConfigCategory category : ConfigCategory.values()) {
                items(at, object, category);
            }
            if (problems.size() > before || taken == null) {
                continue;
            }
            ObjectNode parsed = object.deepCopy();
            parsed.put("taken_at", taken.toString());
            byte[] raw = line.getBytes(StandardCharsets.UTF_8);
            drafts.add(ObservationDraft.of(context.source(), context.side(), "config-snapshot", device + "/" + taken, RowDigest.of(raw),
                    context.receivedAt(), raw, parsed).withClaimedAt(taken));
        }
        return new ParsedFile(drafts, problems, rows);
    }

    private static Instant takenAt(Line at, ObjectNode object, ImportContext context) {
        String text = at.text(object, "taken_at");
        if (text.isEmpty()) {
            return null;
        }
        String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + "T" + text.substring(11) : text;
        try {
            return OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeException notOffset) {
            try {
                LocalDateTime local = LocalDateTime.parse(iso);
                if (context.zone().isEmpty()) {
                    at.problem("taken_at", at.file + " writes times without an offset ('" + text + "'); give the zone they are in with --zone");
                    return null;
                }
                return LocalTimes.instant(local, context.zone().get());
            } catch (DateTimeException e) {
                at.problem("taken_at", "expected a date and time such as 2026-05-12T22:00:00-04:00, or 2026-05-12 22:00 in the --zone; found '"
                        + text + "'");
                return null;
            }
        }
    }

    private static void items(Line at, ObjectNode object, ConfigCategory category) {
        JsonNode items = object.get(category.wireName());
        if (items == null) {
            return;
        }
        if (!items.isArray()) {
            at.problem(category.wireName(), "expected a list, found " + items);
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String path = category.wireName() + "/" + i;
            if (item.isString() || item.isNumber()) {
                continue;
            }
            if (category == ConfigCategory.FIREWALL_RULE && item.isObject()) {
                for (String field : List.of("action", "source", "destination")) {
                    if (!item.has(field) || !item.get(field).isString() || item.get(field).asString().isBlank()) {
                        at.problem(path + "/" + field, "expected the rule's " + field + " as text, found " + (item.has(field) ? item.get(field) : "nothing"));
                    }
                }
                continue;
            }
            at.problem(path, "expected " + (category == ConfigCategory.FIREWALL_RULE ? "a rule as text or as {action, protocol, source, destination, port}"
                    : "a text") + ", found " + item);
        }
    }

    @Override
    public CoverageEvidence evidence(List<LoggedObservation> observations) {
        List<ConfigSnapshot> snapshots = new ArrayList<>(observations.size());
        for (LoggedObservation o : observations) {
            ParsedFields f = new ParsedFields(o);
            Map<ConfigCategory, Set<String>> items = new EnumMap<>(ConfigCategory.class);
            for (ConfigCategory category : ConfigCategory.values()) {
                JsonNode list = f.json().get(category.wireName());
                if (list != null && list.isArray()) {
                    Set<String> texts = new LinkedHashSet<>();
                    list.forEach(item -> texts.add(itemText(item)));
                    items.put(category, texts);
                }
            }
            snapshots.add(new ConfigSnapshot(f.text("device"), f.instant("taken_at"), f.bool("baseline"), items, o.ref()));
        }
        return CoverageEvidence.empty().withSnapshots(snapshots);
    }

    /** A rule object as one line: {@code allow tcp any -> 10.20.0.15:3389 (RDP vendor)}; a text or number as it is. */
    static String itemText(JsonNode item) {
        if (!item.isObject()) {
            return item.asString().strip();
        }
        StringBuilder text = new StringBuilder(item.get("action").asString().strip()).append(' ')
                .append(item.has("protocol") ? item.get("protocol").asString().strip() : "any").append(' ')
                .append(item.get("source").asString().strip()).append(" -> ").append(item.get("destination").asString().strip());
        if (item.has("port") && !item.get("port").asString().isBlank()) {
            text.append(':').append(item.get("port").asString().strip());
        }
        if (item.has("name") && !item.get("name").asString().isBlank()) {
            text.append(" (").append(item.get("name").asString().strip()).append(')');
        }
        return text.toString();
    }

    /** One line of the file, to place problems: the column of a field is where its key starts. */
    private static final class Line {
        private final String file;
        private final int number;
        private final String text;
        private final List<InputProblem> problems;

        Line(String file, int number, String text, List<InputProblem> problems) {
            this.file = file;
            this.number = number;
            this.text = text;
            this.problems = problems;
        }

        String text(ObjectNode object, String field) {
            JsonNode value = object.get(field);
            if (value == null || !value.isString() || value.asString().isBlank()) {
                problem(field, "expected " + (field.equals("device") ? "the device's name" : "a date and time") + " as text, found "
                        + (value == null ? "nothing" : value));
                return "";
            }
            return value.asString().strip();
        }

        void problem(String path, String message) {
            String top = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
            int key = top.isEmpty() ? -1 : text.indexOf("\"" + top + "\"");
            problems.add(new InputProblem(file, number, key < 0 ? 1 : key + 1, path.isEmpty() ? "" : "/" + path, message));
        }
    }
}
