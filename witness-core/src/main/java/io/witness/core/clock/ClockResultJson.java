package io.witness.core.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
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
        return MAPPER.writeValueAsString(toJson(result));
    }

    /** The result as a JSON tree. */
    public static ObjectNode toJson(ClockResult r) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("case", r.caseId().value());
        json.put("clock", r.clock());
        json.put("metric", r.metric().wireName());
        if (!r.section().isEmpty()) {
            json.put("section", r.section());
        }
        json.put("side", r.side().wireName());
        json.put("cycle", r.cycle());
        json.put("state", r.state().wireName());
        r.priority().ifPresent(p -> json.put("priority", p.code()));
        json.put("calendar", r.calendar());
        put(json, "target", r.target().map(Duration::toString));
        put(json, "startedAt", r.startedAt().map(Instant::toString));
        json.put("elapsed", r.elapsed().toString());
        json.put("paused", r.paused().toString());
        put(json, "due", r.due().map(Instant::toString));
        put(json, "stoppedAt", r.stoppedAt().map(Instant::toString));
        put(json, "breachedAt", r.breachedAt().map(Instant::toString));
        put(json, "warningAt", r.warningAt().map(Instant::toString));
        put(json, "margin", r.margin().map(Duration::toString));
        json.put("reason", r.reason());
        ArrayNode segments = json.putArray("segments");
        for (Segment s : r.segments()) {
            ObjectNode segment = segments.addObject();
            segment.put("from", s.from().toString());
            segment.put("to", s.to().toString());
            segment.put("state", s.running() ? "running" : "paused");
            segment.put("business", s.business().toString());
            segment.put("reason", s.reason());
        }
        return json;
    }

    private static void put(ObjectNode json, String field, Optional<String> value) {
        value.ifPresent(v -> json.put(field, v));
    }
}
