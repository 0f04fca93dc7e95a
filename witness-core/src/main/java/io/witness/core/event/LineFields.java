package io.witness.core.event;

import io.witness.core.input.InputProblem;
import io.witness.core.input.Problems;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of one JSON-lines object, reporting each wrong field as a problem with the line and
 * the field's path. Reading never throws: a wrong or missing field gives empty and marks the line as
 * failed, so that every problem of the line is reported before the line is dropped. An optional field
 * that is absent or {@code null} is empty without a problem.
 *
 * <p>Not thread-safe: one line, one instance.
 */
final class LineFields {

    static final String INSTANT = "an instant with offset such as 2026-03-06T16:00:00-05:00";

    private static final int LONGEST_QUOTE = 60;

    private final JsonNode object;
    private final String source;
    private final int line;
    private final Problems problems;
    private boolean failed;

    LineFields(JsonNode object, String source, int line, Problems problems) {
        this.object = object;
        this.source = source;
        this.line = line;
        this.problems = problems;
    }

    /** Whether any field of the line was wrong or missing. */
    boolean failed() {
        return failed;
    }

    /** A non-blank string. */
    Optional<String> text(String name, String expected, boolean required) {
        JsonNode node = object.get(name);
        if (node == null || node.isNull()) {
            return required ? fail(name, expected, node) : Optional.empty();
        }
        if (!node.isString() || node.stringValue().isBlank()) {
            return fail(name, expected, node);
        }
        return Optional.of(node.stringValue());
    }

    /** A string that names one of a set of values, such as a wire name. */
    <T> Optional<T> choice(String name, String expected, Function<String, Optional<T>> byName, boolean required) {
        Optional<String> text = text(name, expected, required);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<T> chosen = byName.apply(text.get());
        return chosen.isPresent() ? chosen : fail(name, expected, object.get(name));
    }

    /** An instant written with its offset; one without an offset is refused rather than guessed. */
    Optional<Instant> instant(String name, boolean required) {
        Optional<String> text = text(name, INSTANT, required);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            Instant quick = IsoInstants.parse(text.get());
            return Optional.of(quick != null ? quick : OffsetDateTime.parse(text.get()).toInstant());
        } catch (DateTimeException e) {
            String found = quote(text.get());
            return hasNoOffset(text.get())
                    ? fail(name, "expected " + INSTANT + ", found " + found + " (an offset is required, Z for UTC)")
                    : fail(name, "expected " + INSTANT + ", found " + found);
        }
    }

    /** An optional whole number from 1 to 9. */
    Optional<SupportTier> tier(String name) {
        JsonNode node = object.get(name);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()
                || node.intValue() < SupportTier.MIN_LEVEL || node.intValue() > SupportTier.MAX_LEVEL) {
            return fail(name, "a support tier, a whole number from 1 to 9", node);
        }
        return Optional.of(new SupportTier(node.intValue()));
    }

    /** An optional list of {@code {"system": …, "id": …}} objects, empty when absent. */
    java.util.List<ExternalReference> references(String name) {
        JsonNode node = object.get(name);
        if (node == null || node.isNull()) {
            return java.util.List.of();
        }
        return DetailsFields.references(node, (path, found) -> fail(name + path,
                "expected " + (path.isEmpty() ? "a list of " : "") + "references {\"system\": …, \"id\": …} with non-blank strings, found "
                        + describe(found)));
    }

    /** An optional boolean, false when absent. */
    boolean bool(String name) {
        JsonNode node = object.get(name);
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            fail(name, "true or false", node);
            return false;
        }
        return node.booleanValue();
    }

    private <T> Optional<T> fail(String name, String expected, JsonNode found) {
        return fail(name, "expected " + expected + ", found " + describe(found));
    }

    private <T> Optional<T> fail(String name, String message) {
        failed = true;
        problems.add(new InputProblem(source, line, 0, "/" + name, message));
        return Optional.empty();
    }

    /** What a JSON value is, in words, for messages; {@code null} is a missing field. */
    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isString()) {
            return quote(node.stringValue());
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        return node.toString();
    }

    private static String quote(String text) {
        return text.length() <= LONGEST_QUOTE ? "'" + text + "'" : "'" + text.substring(0, LONGEST_QUOTE) + "…'";
    }

    private static boolean hasNoOffset(String text) {
        try {
            LocalDateTime.parse(text);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
