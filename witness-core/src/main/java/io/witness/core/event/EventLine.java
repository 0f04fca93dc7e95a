package io.witness.core.event;

import io.witness.core.input.InputProblem;
import io.witness.core.input.Problems;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * Turns one line of the JSON-lines format into a {@link TicketEvent}, reporting every wrong field of
 * the line. Stateless and thread-safe.
 */
final class EventLine {

    static final String TYPES = names(EventType.values(), EventType::wireName);
    static final String STATUS_CLASSES = names(StatusClass.values(), StatusClass::wireName);

    private EventLine() {
    }

    /**
     * @return the event, or empty when the line is wrong (each problem reported)
     */
    static Optional<TicketEvent> parse(String text, int line, String source, Problems problems) {
        JsonNode root;
        try {
            root = EventJson.MAPPER.readTree(text);
        } catch (JacksonException e) {
            problems.add(new InputProblem(source, line, column(e), "", "not valid JSON: " + jsonProblem(e)));
            return Optional.empty();
        }
        if (!root.isObject()) {
            problems.add(new InputProblem(source, line, 0, "",
                    "expected a JSON object, found " + LineFields.describe(root)));
            return Optional.empty();
        }
        return event(new LineFields(root, source, line, problems));
    }

    private static Optional<TicketEvent> event(LineFields fields) {
        Optional<String> caseId = fields.text("case", "the case id, a non-blank string", true);
        Optional<Side> side = fields.choice("side", "client or provider", EventLine::eventSide, true);
        Optional<EventType> type = fields.choice("type", "one of " + TYPES, EventType::fromWire, true);
        Optional<Instant> at = fields.instant("at", true);
        Optional<Function<EventMeta, TicketEvent>> body = type.map(t -> body(t, fields));
        Optional<Instant> seenAt = fields.instant("seenAt", false);
        Optional<String> sourceId = fields.text("sourceId", "the source's id for the record, a non-blank string", false);
        if (fields.failed()) {
            return Optional.empty();
        }
        EventMeta meta = new EventMeta(new CaseId(caseId.orElseThrow()), side.orElseThrow(), at.orElseThrow(),
                seenAt, sourceId);
        return Optional.of(body.orElseThrow().apply(meta));
    }

    /**
     * Reads the fields of one type now, so that their problems are reported even when the line's other
     * fields are wrong too, and gives the function that builds the event once the meta is known.
     */
    private static Function<EventMeta, TicketEvent> body(EventType type, LineFields fields) {
        return switch (type) {
            case OPENED -> {
                Optional<Priority> priority = priority(fields, false);
                Optional<String> status = status(fields, false);
                Optional<StatusClass> statusClass = statusClass(fields);
                yield meta -> new TicketOpened(meta, priority, status, statusClass);
            }
            case STATUS -> {
                Optional<String> status = status(fields, true);
                Optional<StatusClass> statusClass = statusClass(fields);
                yield meta -> new StatusChanged(meta, status.orElseThrow(), statusClass);
            }
            case PRIORITY -> {
                Optional<Priority> priority = priority(fields, true);
                yield meta -> new PriorityChanged(meta, priority.orElseThrow());
            }
            case ASSIGNED -> {
                Optional<String> group = fields.text("group", "the group's name, a non-blank string", true);
                Optional<SupportTier> tier = fields.tier("tier");
                yield meta -> new Assigned(meta, group.orElseThrow(), tier);
            }
            case REPLY -> PublicReply::new;
            case PLAN -> PlanProvided::new;
            case RESOLVED -> Resolved::new;
            case REOPENED -> Reopened::new;
            case CLOSED -> Closed::new;
            case COMMENT -> {
                Optional<Author> author = fields.choice("author", "requester or agent", Author::fromWire, true);
                boolean isPublic = fields.bool("public");
                // A public agent comment is what the clocks count as a reply, however the source filed it.
                yield meta -> author.orElseThrow() == Author.AGENT && isPublic
                        ? new PublicReply(meta)
                        : new CommentAdded(meta, author.orElseThrow(), isPublic);
            }
            case DETAILS -> {
                TicketDetails details = DetailsFields.read(fields);
                yield meta -> new DetailsRecorded(meta, details);
            }
            case CLAIM -> {
                Optional<String> field = fields.text("field", "the source's SLA field name, a non-blank string", true);
                Optional<String> value = fields.text("value", "the field's value as the source wrote it", true);
                yield meta -> new SlaClaimed(meta, field.orElseThrow(), value.orElseThrow());
            }
        };
    }

    private static Optional<Priority> priority(LineFields fields, boolean required) {
        return fields.text("priority", "a priority code such as P1", required).map(Priority::new);
    }

    private static Optional<String> status(LineFields fields, boolean required) {
        return fields.text("status", "the source's status text, a non-blank string", required);
    }

    private static Optional<StatusClass> statusClass(LineFields fields) {
        return fields.choice("statusClass", "one of " + STATUS_CLASSES, StatusClass::fromWire, false);
    }

    private static Optional<Side> eventSide(String wireName) {
        return wireName.equals(Side.CLIENT.wireName()) ? Optional.of(Side.CLIENT)
                : wireName.equals(Side.PROVIDER.wireName()) ? Optional.of(Side.PROVIDER)
                : Optional.empty();
    }

    private static int column(JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        return location == null || location.getColumnNr() < 1 ? 0 : location.getColumnNr();
    }

    private static String jsonProblem(JacksonException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Trailing token")) {
            return "more than one value on the line; expected one JSON object per line";
        }
        // Jackson names the source and offset of the opening brace; the line and column say it better.
        int marker = message.indexOf(" (start marker at");
        return marker < 0 ? message : message.substring(0, marker);
    }

    private static <T> String names(T[] values, Function<T, String> wireName) {
        return Arrays.stream(values).map(wireName).collect(Collectors.joining(", "));
    }
}
