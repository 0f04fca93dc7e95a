package io.witness.sources.servicenow;

import io.witness.ledger.chain.CanonicalJson;
import io.witness.ledger.chain.ObservationDraft;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One ServiceNow observation as normalising reads it back from its parsed form: its table, whether it
 * holds display or raw values, its fields by element name, and where it came from.
 *
 * @param table the table the row came from
 * @param values display or raw values
 * @param fields the known columns by element name; times as UTC instants
 * @param extra the other columns by header
 * @param sourceId the observation's source id
 * @param version the observation's version
 * @param receivedAt when Witness received it
 * @param order its place in the case's log
 */
record SnRecord(SnTable table, SnValues values, Map<String, String> fields, Map<String, String> extra, String sourceId,
        String version, Instant receivedAt, int order) {

    SnRecord {
        fields = Map.copyOf(fields);
        extra = Map.copyOf(extra);
    }

    /** The record of an observation of this format, or empty for an observation of another kind. */
    static Optional<SnRecord> of(ObservationDraft draft, int order) {
        Optional<SnTable> table = SnTable.ofKind(draft.kind());
        if (table.isEmpty()) {
            return Optional.empty();
        }
        JsonNode parsed = CanonicalJson.parse(draft.parsedJson());
        SnValues values = SnValues.named(parsed.path("@values").asString()).orElse(SnValues.DISPLAY);
        return Optional.of(new SnRecord(table.get(), values, texts(parsed, false), texts(parsed.path("@extra"), true),
                draft.sourceId(), draft.sourceVersion(), draft.receivedAt(), order));
    }

    private static Map<String, String> texts(JsonNode node, boolean all) {
        Map<String, String> texts = new LinkedHashMap<>();
        node.properties().forEach(entry -> {
            if (all || !entry.getKey().startsWith("@")) {
                texts.put(entry.getKey(), entry.getValue().asString());
            }
        });
        return texts;
    }

    Optional<String> get(String element) {
        return Optional.ofNullable(fields.get(element)).filter(v -> !v.isBlank());
    }

    Optional<Instant> time(String element) {
        return get(element).map(Instant::parse);
    }

    /** The number of updates, for ordering versions; -1 when the row does not say. */
    long modCount() {
        return get("sys_mod_count").map(Long::parseLong).orElse(-1L);
    }
}
