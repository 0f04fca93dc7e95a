package io.witness.sources.tracker;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns a careful client keeps in an issues spreadsheet, each found by the names people give it.
 * A header is compared after {@link #fold}: case ignored, {@code camelCase} and {@code snake_case} split,
 * {@code #} read as "number", other punctuation as spaces, spaces collapsed; so "Reported At",
 * "reported_at", "ReportedAt" and " Reported  at " are one name. docs/importers/tracker.md lists them.
 */
enum TrackerColumn {
    REF("ref", "ref", "reference", "ticket", "ticket number", "ticket no", "ticket id", "id", "number", "no",
            "request id", "request number", "issue number", "issue id"),
    DATE("date", "date", "day", "date logged", "logged on", "date reported", "date raised", "date opened"),
    ISSUE("issue", "issue", "description", "problem", "summary", "subject", "request", "title", "what happened",
            "issue description"),
    PRIORITY("priority", "priority", "prio", "severity"),
    REPORTED("reported at", "reported at", "reported", "time reported", "reported time", "reported on", "opened",
            "opened at", "raised", "raised at", "logged", "logged at", "created", "created at", "time", "start", "start time"),
    RESPONSE("response at", "response at", "response", "responded", "responded at", "response time", "first response",
            "first response at", "acknowledged", "acknowledged at", "ack", "ack at", "acknowledgement", "acknowledgment"),
    RESOLVED("resolved at", "resolved at", "resolved", "resolution", "resolution time", "resolved on", "fixed", "fixed at",
            "done", "done at", "completed", "completed at", "end", "end time"),
    CLOSED("closed at", "closed at", "closed", "closed on"),
    SLA_TARGET("sla target", "sla target", "target", "sla", "sla due", "due", "due at", "due by", "target time",
            "target resolution"),
    MET_MISSED("met/missed", "met missed", "met or missed", "sla met", "met", "within sla", "in sla", "sla status",
            "sla met missed"),
    IMPACT("impact", "impact", "business impact"),
    PEOPLE_AFFECTED("people affected", "people affected", "users affected", "affected users", "number affected",
            "affected", "how many affected", "staff affected", "people"),
    NOTES("notes", "notes", "note", "comments", "comment", "remarks"),
    PROVIDER_REF("provider ref", "provider ref", "provider ticket", "provider ticket number", "provider reference",
            "msp ref", "msp ticket", "vendor ref", "vendor ticket", "their ref", "external ref", "external reference"),
    REQUESTER("requester", "requester", "reported by", "raised by", "user", "caller", "who", "requested by", "person"),
    CATEGORY("category", "category", "type", "area"),
    STATUS("status", "status", "state");

    private final String key;
    private final List<String> names;

    TrackerColumn(String key, String... names) {
        this.key = key;
        this.names = List.of(names);
    }

    /** The column's name in the parsed form and in mapping files ({@code reported at}). */
    String key() {
        return key;
    }

    /** The folded names it is known by. */
    List<String> names() {
        return names;
    }

    /** The column a header names, if any. */
    static Optional<TrackerColumn> named(String header) {
        String folded = fold(header);
        return Arrays.stream(values()).filter(c -> c.names.contains(folded)).findFirst();
    }

    /** The column with this key. */
    static Optional<TrackerColumn> byKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }

    static List<String> keys() {
        return Arrays.stream(values()).map(TrackerColumn::key).toList();
    }

    /** A header as compared: lower case, words split, {@code #} as "number", punctuation as spaces. */
    static String fold(String header) {
        String split = header.replaceAll("([a-z])([A-Z])", "$1 $2").replace("#", " number ");
        return split.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
