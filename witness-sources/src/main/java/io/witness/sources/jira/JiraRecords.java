package io.witness.sources.jira;

import io.witness.ledger.chain.CanonicalJson;
import io.witness.ledger.chain.ObservationDraft;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * An issue's Jira observations read back for normalising (of a version told more than once, the last
 * telling): its rows of the CSV export (oldest first), its changelog entries (each once, in time order), its comments (each once, its latest version, in time
 * order) and its SLA metrics (in log order).
 *
 * @param rows the CSV rows, by Updated
 * @param changes its changelog entries
 * @param comments its comments from the API
 * @param slas its SLA metrics from the API
 */
record JiraRecords(List<Row> rows, List<Change> changes, List<Comment> comments, List<Sla> slas) {

    /** A told record: its source id, when Witness received it, its place in the log. */
    record Told(String sourceId, Instant receivedAt, int order) {
    }

    /** A row of the CSV export: its fields by parsed name. */
    record Row(JsonNode fields, Told told) {
        Optional<String> get(String name) {
            JsonNode node = fields.get(name);
            return node == null || !node.isString() || node.asString().isBlank() ? Optional.empty() : Optional.of(node.asString());
        }

        Optional<Instant> time(String name) {
            return get(name).map(Instant::parse);
        }
    }

    /** A field changed by a changelog entry: its names and values before and after. */
    record Item(String field, Optional<String> from, Optional<String> fromText, Optional<String> to,
            Optional<String> toText) {
    }

    /** A changelog entry. */
    record Change(String id, Instant at, List<Item> items, Told told) {
    }

    /** A comment, public when the API said so or did not say. */
    record Comment(String id, Instant at, boolean isPublic, Optional<String> authorId, Optional<String> authorName, Told told) {
    }

    /** An SLA metric as one fetch told it. */
    record Sla(JsonNode sla, Told told) {
    }

    JiraRecords {
        rows = List.copyOf(rows);
        changes = List.copyOf(changes);
        comments = List.copyOf(comments);
        slas = List.copyOf(slas);
    }

    static JiraRecords of(List<ObservationDraft> observations) {
        List<Row> rows = new ArrayList<>();
        Map<String, Change> changes = new LinkedHashMap<>();
        Map<String, Comment> comments = new LinkedHashMap<>();
        List<Sla> slas = new ArrayList<>();
        // a version told twice with other content (history rewritten): the later telling is what Jira says now
        Map<String, Integer> lastTelling = new HashMap<>();
        for (int i = 0; i < observations.size(); i++) {
            ObservationDraft draft = observations.get(i);
            lastTelling.put(draft.kind() + '\n' + draft.sourceId() + '\n' + draft.sourceVersion(), i);
        }
        for (int i = 0; i < observations.size(); i++) {
            ObservationDraft draft = observations.get(i);
            if (lastTelling.get(draft.kind() + '\n' + draft.sourceId() + '\n' + draft.sourceVersion()) != i) {
                continue;
            }
            JsonNode parsed = CanonicalJson.parse(draft.parsedJson());
            Told told = new Told(draft.sourceId(), draft.receivedAt(), i);
            switch (draft.kind()) {
                case "issue" -> rows.add(new Row(parsed, told));
                case "changelog-entry" -> changes.put(parsed.get("id").asString(), new Change(parsed.get("id").asString(),
                        Instant.parse(parsed.get("@at").asString()), items(parsed.get("items")), told));
                case "comment" -> {
                    JsonNode author = parsed.path("author");
                    comments.put(parsed.get("id").asString(), new Comment(parsed.get("id").asString(),
                            Instant.parse(parsed.get("@at").asString()), parsed.path("@public").asBoolean(true),
                            text(author.get("accountId")), text(author.get("displayName")), told));
                }
                case "sla-metric" -> slas.add(new Sla(parsed, told));
                default -> {
                    // another format's observation of the same case: not this format's to read
                }
            }
        }
        rows.sort(Comparator.comparing((Row r) -> r.time("updated").orElse(Instant.MIN)).thenComparingInt(r -> r.told().order()));
        List<Change> sortedChanges = new ArrayList<>(changes.values());
        sortedChanges.sort(Comparator.comparing(Change::at).thenComparing(c -> c.id().length()).thenComparing(Change::id));
        List<Comment> sortedComments = new ArrayList<>(comments.values());
        sortedComments.sort(Comparator.comparing(Comment::at).thenComparing(Comment::id));
        return new JiraRecords(rows, sortedChanges, sortedComments, slas);
    }

    private static List<Item> items(JsonNode items) {
        List<Item> list = new ArrayList<>();
        for (JsonNode item : items) {
            list.add(new Item(item.path("field").asString(), text(item.get("from")), text(item.get("fromString")),
                    text(item.get("to")), text(item.get("toString"))));
        }
        return list;
    }

    private static Optional<String> text(JsonNode node) {
        return node == null || node.isNull() || node.asString().isBlank() ? Optional.empty() : Optional.of(node.asString());
    }

    /** The latest row, if the issue has one. */
    Optional<Row> latest() {
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(rows.size() - 1));
    }

    /** The earliest row whose {@code name} has the value the latest row gives it: the row that first told it. */
    Optional<Row> firstTelling(String name) {
        Optional<String> value = latest().flatMap(r -> r.get(name));
        if (value.isEmpty()) {
            return Optional.empty();
        }
        int first = rows.size() - 1;
        while (first > 0 && rows.get(first - 1).get(name).equals(value)) {
            first--;
        }
        return Optional.of(rows.get(first));
    }

    /** The items of every change that changed a field with one of these names (ignoring case), with their change. */
    List<Map.Entry<Change, Item>> items(List<String> fields) {
        List<Map.Entry<Change, Item>> found = new ArrayList<>();
        for (Change change : changes) {
            for (Item item : change.items()) {
                if (fields.stream().anyMatch(f -> f.equalsIgnoreCase(item.field()))) {
                    found.add(Map.entry(change, item));
                }
            }
        }
        return found;
    }
}
