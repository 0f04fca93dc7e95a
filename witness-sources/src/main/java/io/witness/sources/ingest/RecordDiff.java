package io.witness.sources.ingest;

import io.witness.ledger.chain.CanonicalJson;
import io.witness.sources.format.ColumnLists;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * The fields in which two parsed forms of one record version differ: top-level fields of JSON objects
 * by name (a parsed form that names a column list taken as the object of column → value it stands for,
 * {@link ColumnLists#expanded}, so that it compares with the same row written before as that object),
 * else the whole value; and, when the parsed forms tell the same, the raw bytes as a whole.
 */
final class RecordDiff {

    private RecordDiff() {
    }

    static List<FieldChange> changes(String parsedBefore, byte[] rawBefore, String parsedAfter, byte[] rawAfter) {
        List<FieldChange> changes = new ArrayList<>();
        JsonNode before = ColumnLists.expanded(CanonicalJson.parse(parsedBefore));
        JsonNode after = ColumnLists.expanded(CanonicalJson.parse(parsedAfter));
        if (before.isObject() && after.isObject()) {
            Set<String> names = new TreeSet<>(before.propertyNames());
            names.addAll(after.propertyNames());
            for (String name : names) {
                String was = text(before.get(name));
                String now = text(after.get(name));
                if (!was.equals(now)) {
                    changes.add(new FieldChange(name, was, now));
                }
            }
        } else if (!parsedBefore.equals(parsedAfter)) {
            changes.add(new FieldChange("", parsedBefore, parsedAfter));
        }
        if (changes.isEmpty()) {
            // Same meaning, other bytes (white space, quoting, line ends): still a different telling.
            changes.add(new FieldChange("(raw bytes)", rawBefore.length + " bytes", rawAfter.length + " bytes, same parsed form"));
        }
        return changes;
    }

    private static String text(JsonNode node) {
        return node == null ? "null" : CanonicalJson.write(node);
    }
}
