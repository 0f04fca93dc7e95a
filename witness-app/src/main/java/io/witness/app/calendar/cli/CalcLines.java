package io.witness.app.calendar.cli;

import io.witness.core.calendar.BusinessCalendar;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers one calendar question a line: the input object comes back with {@code "result"} (an instant
 * with the calendar's offset, an ISO-8601 duration, or a boolean) or {@code "error"}. A bad line is
 * answered with its error and the other lines are still answered.
 */
final class CalcLines {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** The operations, the fields each needs, and what it computes. */
    private static final Map<String, List<String>> FIELDS = Map.of(
            "add", List.of("start", "duration"),
            "subtract", List.of("start", "duration"),
            "between", List.of("start", "end"),
            "add_days", List.of("start", "days"),
            "subtract_days", List.of("start", "days"),
            "open", List.of("at"),
            "next_open", List.of("at"),
            "next_close", List.of("at"),
            "previous_close", List.of("at"));

    private final BusinessCalendar calendar;

    CalcLines(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    /** The answer to one line, as a JSON line; null for a blank or comment line. */
    String answer(String line, int lineNumber) {
        if (line.isBlank() || line.stripLeading().startsWith("#")) {
            return null;
        }
        JsonNode input;
        try {
            input = MAPPER.readTree(line);
        } catch (JacksonException e) {
            return error(MAPPER.createObjectNode(), lineNumber, "", "expected a JSON object, " + e.getOriginalMessage());
        }
        if (!input.isObject()) {
            return error(MAPPER.createObjectNode(), lineNumber, "", "expected a JSON object, found " + input.getNodeType());
        }
        ObjectNode out = (ObjectNode) input.deepCopy();
        String op = input.path("op").asString("");
        List<String> needs = FIELDS.get(op);
        if (needs == null) {
            return error(out, lineNumber, "/op", "expected one of " + String.join(", ", FIELDS.keySet().stream().sorted().toList())
                    + ", found '" + op + "'");
        }
        for (String field : needs) {
            if (!input.hasNonNull(field)) {
                return error(out, lineNumber, "/" + field, "'" + op + "' needs '" + field + "'");
            }
        }
        try {
            compute(op, input, out);
        } catch (FieldError e) {
            return error(out, lineNumber, "/" + e.field, e.getMessage());
        } catch (DateTimeException e) {
            return error(out, lineNumber, "", e.getMessage());
        }
        return MAPPER.writeValueAsString(out);
    }

    private void compute(String op, JsonNode in, ObjectNode out) {
        switch (op) {
            case "add" -> putInstant(out, calendar.add(instant(in, "start"), duration(in, "duration")));
            case "subtract" -> putInstant(out, calendar.subtract(instant(in, "start"), duration(in, "duration")));
            case "between" -> out.put("result", calendar.between(instant(in, "start"), instant(in, "end")).toString());
            case "add_days" -> putInstant(out, calendar.addDays(instant(in, "start"), days(in)));
            case "subtract_days" -> putInstant(out, calendar.subtractDays(instant(in, "start"), days(in)));
            case "open" -> out.put("result", calendar.isOpen(instant(in, "at")));
            case "next_open" -> putInstant(out, calendar.nextOpen(instant(in, "at")));
            case "next_close" -> putInstant(out, calendar.nextClose(instant(in, "at")));
            case "previous_close" -> putInstant(out, calendar.previousClose(instant(in, "at")));
            default -> throw new IllegalStateException("operation without a computation: " + op);
        }
    }

    private void putInstant(ObjectNode out, Instant instant) {
        out.put("result", OffsetDateTime.ofInstant(instant, calendar.zoneAt(instant)).toString());
    }

    private static Instant instant(JsonNode in, String field) {
        return parse(in, field, text -> OffsetDateTime.parse(text).toInstant(),
                "an instant with offset such as 2026-03-06T16:00:00-05:00");
    }

    private static Duration duration(JsonNode in, String field) {
        return parse(in, field, Duration::parse, "an ISO-8601 duration such as PT2H or P1DT30M");
    }

    private static int days(JsonNode in) {
        JsonNode days = in.get("days");
        if (!days.isInt()) {
            throw new FieldError("days", "expected a whole number of days, found " + days);
        }
        return days.intValue();
    }

    private static <T> T parse(JsonNode in, String field, Function<String, T> parser, String expected) {
        JsonNode value = in.get(field);
        if (!value.isString()) {
            throw new FieldError(field, "expected " + expected + ", found " + value);
        }
        try {
            return parser.apply(value.asString());
        } catch (DateTimeParseException e) {
            throw new FieldError(field, "expected " + expected + ", found '" + value.asString() + "'");
        }
    }

    private static String error(ObjectNode out, int lineNumber, String path, String message) {
        out.put("line", lineNumber);
        out.put("error", (path.isEmpty() ? "" : path + ": ") + message);
        return MAPPER.writeValueAsString(out);
    }

    /** A field of the line is wrong. */
    private static final class FieldError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String field;

        FieldError(String field, String message) {
            super(message);
            this.field = field;
        }
    }
}
