package io.witness.core.event;

import java.util.List;
import java.util.Objects;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes ticket events in the public JSON-lines format that {@link EventLines} reads, so that reading
 * what was written gives equal events. Times are written in UTC ({@code 2026-03-06T21:00:00Z}); optional
 * fields are left out when empty.
 *
 * <p>Stateless and thread-safe.
 */
public final class EventJson {

    /** One mapper for reading and writing: building one is costly, using one is thread-safe. */
    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private EventJson() {
    }

    /**
     * One event as one line of JSON, without the line break.
     *
     * @param event not null
     */
    public static String write(TicketEvent event) {
        return MAPPER.writeValueAsString(toJson(event));
    }

    /**
     * Events as a JSON-lines document, each line ending with a line break.
     *
     * @param events not null
     */
    public static String writeLines(List<? extends TicketEvent> events) {
        Objects.requireNonNull(events, "events");
        StringBuilder lines = new StringBuilder();
        for (TicketEvent event : events) {
            lines.append(write(event)).append('\n');
        }
        return lines.toString();
    }

    private static ObjectNode toJson(TicketEvent event) {
        Objects.requireNonNull(event, "event");
        EventMeta meta = event.meta();
        ObjectNode json = MAPPER.createObjectNode();
        json.put("case", meta.caseId().value());
        json.put("side", meta.side().wireName());
        json.put("type", event.type().wireName());
        json.put("at", meta.at().toString());
        if (event instanceof TicketOpened opened) {
            opened.priority().ifPresent(priority -> json.put("priority", priority.code()));
            opened.status().ifPresent(status -> json.put("status", status));
            opened.statusClass().ifPresent(statusClass -> json.put("statusClass", statusClass.wireName()));
        } else if (event instanceof StatusChanged changed) {
            json.put("status", changed.status());
            changed.statusClass().ifPresent(statusClass -> json.put("statusClass", statusClass.wireName()));
        } else if (event instanceof PriorityChanged changed) {
            json.put("priority", changed.priority().code());
        } else if (event instanceof Assigned assigned) {
            json.put("group", assigned.group());
            assigned.tier().ifPresent(tier -> json.put("tier", tier.level()));
        } else if (event instanceof CommentAdded comment) {
            json.put("author", comment.author().wireName());
            json.put("public", comment.isPublic());
        } else if (event instanceof DetailsRecorded recorded) {
            DetailsFields.write(recorded.details(), json);
        } else if (event instanceof SlaClaimed claim) {
            json.put("field", claim.field());
            json.put("value", claim.value());
        }
        meta.seenAt().ifPresent(seenAt -> json.put("seenAt", seenAt.toString()));
        meta.sourceId().ifPresent(sourceId -> json.put("sourceId", sourceId));
        return json;
    }
}
