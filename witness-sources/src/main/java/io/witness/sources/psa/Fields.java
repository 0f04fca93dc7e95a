package io.witness.sources.psa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Finds a field in a record by any of its names, so that one list of names reads both a REST API's
 * JSON ({@code _info/dateEntered}, {@code status} as {@code {"id":…,"name":"New"}}) and a CSV export's
 * columns ({@code Date Entered}, {@code Status}). Names are compared ignoring case and everything but
 * letters and digits ({@code "Ticket #"} is {@code ticket}); {@code /} steps into an object; a reference
 * object ({@code {"id":5,"name":"Help Desk"}}) reads as its {@code name}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param label the field's name in messages and docs
 * @param paths the names it may have, in the order tried
 */
public record Fields(String label, List<List<String>> paths) {

    public Fields {
        paths = List.copyOf(paths);
    }

    /** A field known by these names ({@code "_info/dateEntered"}, {@code "Date Entered"}…). */
    public static Fields of(String label, String... names) {
        List<List<String>> paths = new ArrayList<>();
        for (String name : names) {
            List<String> path = new ArrayList<>();
            for (String step : name.split("/")) {
                path.add(normalise(step));
            }
            paths.add(List.copyOf(path));
        }
        return new Fields(label, paths);
    }

    /** This field's names, then {@code other}'s: the first found wins. */
    public Fields orElse(Fields other) {
        List<List<String>> both = new ArrayList<>(paths);
        both.addAll(other.paths);
        return new Fields(label + " or " + other.label, both);
    }

    /** The last names ({@link #normalise}d) of every path of these fields: how their values are known as times. */
    public static java.util.Set<String> lastNames(Fields... fields) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Fields field : fields) {
            field.paths().forEach(path -> names.add(path.get(path.size() - 1)));
        }
        return names;
    }

    /** Names already compared: exports repeat the same few dozen keys on every record. */
    private static final java.util.concurrent.ConcurrentMap<String, String> NORMALISED = new java.util.concurrent.ConcurrentHashMap<>();

    /** A name as compared: lower case letters and digits only. */
    public static String normalise(String name) {
        String known = NORMALISED.get(name);
        if (known != null) {
            return known;
        }
        String normalised = normaliseNew(name);
        if (NORMALISED.size() < 10_000) {
            NORMALISED.put(name, normalised);
        }
        return normalised;
    }

    private static String normaliseNew(String name) {
        StringBuilder kept = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                kept.append(Character.toLowerCase(c));
            }
        }
        return kept.toString().toLowerCase(Locale.ROOT);
    }

    /** The first of the names that the record holds with a value (not null, not blank text). */
    public Optional<Found> find(JsonNode record) {
        return find(Keys.of(record));
    }

    /** The same, on a record's properties already indexed. */
    public Optional<Found> find(Keys record) {
        for (List<String> path : paths) {
            Map.Entry<String, JsonNode> entry = record.get(path.get(0));
            String key = entry == null ? null : entry.getKey();
            for (int i = 1; i < path.size() && entry != null; i++) {
                entry = Keys.of(entry.getValue()).get(path.get(i));
                key = entry == null ? null : key + "/" + entry.getKey();
            }
            if (entry != null && valueText(entry.getValue()).isPresent()) {
                return Optional.of(new Found(key, entry.getValue()));
            }
        }
        return Optional.empty();
    }

    /** The field's value as text, on a record's properties already indexed. */
    public Optional<String> text(Keys record) {
        return find(record).flatMap(found -> valueText(found.value()));
    }

    /** The field's value as text (a reference's name, a number's digits), if the record holds it. */
    public Optional<String> text(JsonNode record) {
        return find(record).flatMap(found -> valueText(found.value()));
    }

    /** A value as text: text stripped, numbers and booleans as written, a reference's name; else empty. */
    public static Optional<String> valueText(JsonNode value) {
        if (value.isString()) {
            String text = value.asString().strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        }
        if (value.isNumber() || value.isBoolean()) {
            return Optional.of(value.asString());
        }
        if (value.isObject()) {
            for (String name : List.of("name", "identifier", "label", "value")) {
                JsonNode inner = value.get(name);
                if (inner != null && !inner.isContainer()) {
                    return valueText(inner);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A field as the record holds it.
     *
     * @param key the record's own name for it ({@code respondMinutes}, {@code Respond Minutes})
     * @param value its value
     */
    public record Found(String key, JsonNode value) {
    }
}
