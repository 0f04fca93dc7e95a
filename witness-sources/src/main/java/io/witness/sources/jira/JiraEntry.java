package io.witness.sources.jira;

import io.witness.ledger.chain.ObservationDraft;
import java.time.Instant;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One changelog entry, comment or SLA metric of an issue, as an observation:
 * <ul>
 *   <li>a changelog entry: kind {@code changelog-entry}, source id {@code <issue key>/<entry id>}, version its
 *       id (an entry is written once, so other text under the same id is history rewritten), claimed time its
 *       {@code created};</li>
 *   <li>a comment: kind {@code comment}, source id {@code <issue key>/<comment id>}, version its {@code updated}
 *       (else {@code created}), claimed time its {@code created};</li>
 *   <li>an SLA metric: kind {@code sla-metric}, source id {@code <issue key>/<metric id or name>}, version
 *       the SHA-256 of its text (its figures change with every fetch; each new telling is a new claim).</li>
 * </ul>
 * The raw form is the object's text as in the file; the parsed form is the object with the issue
 * ({@code @issue}), its time as an instant ({@code @at}) and, for a comment, whether it is public
 * ({@code @public}).
 */
final class JiraEntry {

    private final JiraJson reader;
    private final JiraJson.Issue issue;
    private final JsonNode entry;
    private final String pointer;
    private final byte[] raw;
    private final JiraJson.Kind kind;
    private final JiraJson.Place place;

    JiraEntry(JiraJson reader, JiraJson.Issue issue, JsonNode entry, String pointer, byte[] raw, JiraJson.Kind kind,
            JiraJson.Place place) {
        this.reader = reader;
        this.issue = issue;
        this.entry = entry;
        this.pointer = pointer;
        this.raw = raw;
        this.kind = kind;
        this.place = place;
    }

    Optional<ObservationDraft> draft() {
        // the object's own fields at the top (a rewritten version's report names each changed one), then ours
        ObjectNode parsed = ((ObjectNode) entry).deepCopy();
        parsed.set("@issue", issue.json());
        if (kind == JiraJson.Kind.SLA) {
            Optional<String> name = text("name");
            if (name.isEmpty()) {
                reader.problem(place, pointer + "/name", "expected the SLA's name (Time to first response), found nothing");
                return Optional.empty();
            }
            String id = text("id").orElse(name.get());
            return Optional.of(draft(issue.key() + "/" + id, "sha256:" + JiraJson.digest(raw), parsed, Optional.empty()));
        }
        Optional<String> id = text("id");
        Optional<Instant> created = JiraJson.time(entry.get("created"));
        boolean ok = true;
        if (id.isEmpty()) {
            reader.problem(place, pointer + "/id", "expected the " + (kind == JiraJson.Kind.CHANGE ? "entry's" : "comment's")
                    + " id, found nothing");
            ok = false;
        }
        if (created.isEmpty()) {
            reader.problem(place, pointer + "/created", "expected a time with an offset such as 2024-01-15T09:30:00.000+0000, "
                    + "found " + shown(entry.get("created")));
            ok = false;
        }
        if (kind == JiraJson.Kind.CHANGE && !entry.path("items").isArray()) {
            reader.problem(place, pointer + "/items", "expected the list of fields changed, found " + shown(entry.get("items")));
            ok = false;
        }
        if (!ok) {
            return Optional.empty();
        }
        parsed.put("@at", created.get().toString());
        if (kind == JiraJson.Kind.COMMENT) {
            JsonNode visible = entry.has("jsdPublic") ? entry.get("jsdPublic") : entry.get("public");
            if (visible != null && visible.isBoolean()) {
                parsed.put("@public", visible.asBoolean());
            }
        }
        // a changelog entry is written once: any other text under its id is history rewritten
        String version = kind == JiraJson.Kind.COMMENT
                ? JiraJson.time(entry.get("updated")).orElse(created.get()).toString() : id.get();
        return Optional.of(draft(issue.key() + "/" + id.get(), version, parsed, created));
    }

    private ObservationDraft draft(String sourceId, String version, ObjectNode parsed, Optional<Instant> claimed) {
        var context = reader.context();
        ObservationDraft draft = ObservationDraft.of(context.source(), context.side(), kind.kind, sourceId, version,
                context.receivedAt(), raw, parsed).withCaseRef(issue.caseId());
        return claimed.map(draft::withClaimedAt).orElse(draft);
    }

    private Optional<String> text(String field) {
        JsonNode node = entry.get(field);
        if (node == null || !(node.isString() || node.isNumber()) || node.asString().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(node.asString());
    }

    private static String shown(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        String text = node.toString();
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
