package io.witness.core.contract;

import io.witness.core.clock.Target;
import io.witness.core.input.YamlNode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads durations and targets. Accepted: ISO-8601 ({@code PT30M}, {@code PT4H}; {@code P1D} is 24 hours
 * of business time), hours and minutes written short or long ({@code 30m}, {@code 4h}, {@code 1h30m},
 * {@code 1h 30m}, {@code 90 min}, {@code 2 hours}), and for targets also whole business days
 * ({@code 2 business days}) and a time of a later business day ({@code { business_days: 1, at: "12:00" }}).
 * A bare {@code 2d} is refused: it could mean 48 hours or 2 business days.
 */
final class DurationYaml {

    private static final Pattern HUMAN = Pattern.compile(
            "(?:(\\d+)\\s*(?:h|hr|hrs|hour|hours))?\\s*(?:(\\d+)\\s*(?:m|min|mins|minute|minutes))?");
    private static final Pattern BUSINESS_DAYS = Pattern.compile("(\\d+)\\s+business\\s+days?");
    static final List<String> RELATIVE_KEYS = List.of("business_days", "at");

    private DurationYaml() {
    }

    /** A target: a duration, whole business days, or a time of a later business day. */
    static Optional<Target> target(YamlNode node) {
        if (node.isMap()) {
            return relative(node);
        }
        return node.text().flatMap(text -> {
            Matcher days = BUSINESS_DAYS.matcher(text.trim());
            if (days.matches()) {
                int n = Integer.parseInt(days.group(1));
                return n < 1 ? node.fail("expected 1 business day or more, found '" + text + "'")
                        : Optional.of(new Target.BusinessDays(n));
            }
            return parse(text).<Target>map(Target.Within::new).map(Optional::of).orElseGet(() -> node.fail(
                    "expected an ISO-8601 duration (PT30M) or a duration such as 30m, 4h, 1h30m or 2 business days;"
                            + " found '" + text + "'"));
        });
    }

    private static Optional<Target> relative(YamlNode node) {
        Map<String, YamlNode> f = node.entries(RELATIVE_KEYS);
        if (!f.containsKey("business_days") || !f.containsKey("at")) {
            return node.fail("expected a relative target { business_days: N, at: \"HH:MM\" }");
        }
        Optional<Integer> days = f.get("business_days").integer();
        Optional<LocalTime> at = f.get("at").text().flatMap(text -> {
            try {
                return Optional.of(LocalTime.parse(text));
            } catch (DateTimeParseException e) {
                return f.get("at").fail("expected a time HH:MM, found '" + text + "'");
            }
        });
        if (days.isEmpty() || at.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Target.ByTimeOfBusinessDay(days.get(), at.get()));
        } catch (DateTimeException e) {
            return node.fail(e.getMessage());
        }
    }

    /** ISO-8601 or hours and minutes; empty when neither, or negative. */
    static Optional<Duration> parse(String text) {
        String t = text.trim();
        if (t.startsWith("P") || t.startsWith("-P")) {
            try {
                Duration d = Duration.parse(t);
                return d.isNegative() ? Optional.empty() : Optional.of(d);
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        Matcher m = HUMAN.matcher(t);
        if (t.isEmpty() || !m.matches() || (m.group(1) == null && m.group(2) == null)) {
            return Optional.empty();
        }
        long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long minutes = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
        return Optional.of(Duration.ofHours(hours).plusMinutes(minutes));
    }

    /** The short form a person writes ({@code 30m}, {@code 4h}, {@code 1h30m}), or ISO-8601 for seconds. */
    static String write(Duration d) {
        if (d.toMillis() % 60_000 != 0) {
            return d.toString();
        }
        long hours = d.toHours();
        long minutes = d.toMinutesPart();
        if (hours == 0) {
            return minutes + "m";
        }
        return minutes == 0 ? hours + "h" : hours + "h" + minutes + "m";
    }
}
