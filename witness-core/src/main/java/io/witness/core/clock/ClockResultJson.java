package io.witness.core.clock;

import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link ClockResult} as one JSON object: instants in UTC ISO-8601, durations in ISO-8601,
 * absent values left out. The field names are a public format (docs/clocks.md). Thread-safe.
 */
public final class ClockResultJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ClockResultJson() {
    }

    /** The result as one line of JSON, without the line break. */
    public static String write(ClockResult result) {
        StringWriter text = new StringWriter(512);
        try (JsonGenerator json = MAPPER.createGenerator(text)) {
            write(result, json);
        }
        return text.toString();
    }

    /** The result as a JSON tree. */
    public static ObjectNode toJson(ClockResult result) {
        return (ObjectNode) MAPPER.readTree(write(result));
    }

    /** Writes the result as one JSON object to {@code json} (streaming: no tree is built). */
    public static void write(ClockResult r, JsonGenerator json) {
        json.writeStartObject();
        json.writeStringProperty("case", r.caseId().value());
        json.writeStringProperty("clock", r.clock());
        json.writeStringProperty("metric", r.metric().wireName());
        if (!r.section().isEmpty()) {
            json.writeStringProperty("section", r.section());
        }
        json.writeStringProperty("side", r.side().wireName());
        json.writeNumberProperty("cycle", r.cycle());
        json.writeStringProperty("state", r.state().wireName());
        if (r.priority().isPresent()) {
            json.writeStringProperty("priority", r.priority().get().code());
        }
        json.writeStringProperty("calendar", r.calendar());
        put(json, "target", r.target());
        instant(json, "startedAt", r.startedAt());
        json.writeStringProperty("elapsed", r.elapsed().toString());
        json.writeStringProperty("paused", r.paused().toString());
        instant(json, "due", r.due());
        instant(json, "stoppedAt", r.stoppedAt());
        instant(json, "breachedAt", r.breachedAt());
        instant(json, "warningAt", r.warningAt());
        put(json, "margin", r.margin());
        json.writeStringProperty("reason", r.reason());
        json.writeArrayPropertyStart("segments");
        for (Segment s : r.segments()) {
            json.writeStartObject();
            json.writeStringProperty("from", InstantText.of(s.from()));
            json.writeStringProperty("to", InstantText.of(s.to()));
            json.writeStringProperty("state", s.running() ? "running" : "paused");
            json.writeStringProperty("business", s.business().toString());
            json.writeStringProperty("reason", s.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** A duration by its ISO-8601 text, when there is one. */
    private static void put(JsonGenerator json, String field, Optional<Duration> value) {
        if (value.isPresent()) {
            json.writeStringProperty(field, value.get().toString());
        }
    }

    /** An instant by its ISO-8601 text, when there is one. */
    private static void instant(JsonGenerator json, String field, Optional<Instant> value) {
        if (value.isPresent()) {
            json.writeStringProperty(field, InstantText.of(value.get()));
        }
    }
}
