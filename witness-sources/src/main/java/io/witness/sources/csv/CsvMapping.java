package io.witness.sources.csv;

import io.witness.sources.time.TimeReader;
import java.nio.charset.Charset;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A mapping file read: how to read an export (separator, quote, encoding, header line, decimal comma,
 * texts that mean empty, time patterns and zone) and what its columns hold. docs/importers/csv-mapping.md
 * describes every key. Immutable.
 *
 * @param name the mapping file's name, for messages
 * @param snapshots true when each row is a ticket's state at a time, false when each row is one event
 * @param kind the observations' kind
 * @param separator the field separator
 * @param quote the quote character ({@link #NO_QUOTE} for none)
 * @param encoding the file's encoding
 * @param headerRow the line of the header (1-based); 0 when the file has none
 * @param decimalComma whether numbers are written with a decimal comma
 * @param empty the cell texts that mean empty (besides blank)
 * @param times how times are written
 * @param zone the zone of times written without an offset, if the mapping gives one
 * @param columns what each named column holds
 * @param claims the source's SLA fields: claim name to column
 * @param references the ids in other systems: system to column
 * @param events how event rows are read; present exactly when rows are events
 */
record CsvMapping(
        String name,
        boolean snapshots,
        String kind,
        char separator,
        char quote,
        Charset encoding,
        int headerRow,
        boolean decimalComma,
        Set<String> empty,
        TimeReader times,
        Optional<ZoneId> zone,
        Map<Field, ColumnRef> columns,
        Map<String, ColumnRef> claims,
        Map<String, ColumnRef> references,
        Optional<EventRows> events) {

    /** The quote character of a mapping with {@code quote: none}: one no text holds. */
    static final char NO_QUOTE = '\uFFFF';

    CsvMapping {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(encoding, "encoding");
        empty = Set.copyOf(empty);
        Objects.requireNonNull(times, "times");
        Objects.requireNonNull(zone, "zone");
        columns = Map.copyOf(columns);
        claims = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(claims));
        references = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(references));
        Objects.requireNonNull(events, "events");
    }

    /**
     * How the rows of an event export are read.
     *
     * @param type the column that holds the event's type
     * @param value the column that holds its value (a status, a priority, a group…), if any
     * @param id the column that holds the event's own id, if any
     * @param types each value of the type column and what it is
     */
    record EventRows(ColumnRef type, Optional<ColumnRef> value, Optional<ColumnRef> id, Map<String, EventKind> types) {
        EventRows {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(id, "id");
            types = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(types));
        }

        /** True when some type is read as {@code kind}. */
        boolean has(EventKind kind) {
            return types.containsValue(kind);
        }
    }

    /** Every column the mapping names, with where it names it. */
    List<ColumnRef> named() {
        List<ColumnRef> all = new java.util.ArrayList<>(columns.values());
        all.addAll(claims.values());
        all.addAll(references.values());
        events.ifPresent(e -> {
            all.add(e.type());
            e.value().ifPresent(all::add);
            e.id().ifPresent(all::add);
        });
        return all;
    }

    /** The column of {@code field}, if mapped. */
    Optional<ColumnRef> column(Field field) {
        return Optional.ofNullable(columns.get(field));
    }
}
