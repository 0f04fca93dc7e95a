package io.witness.core.contract;

import io.witness.core.calendar.BusinessCalendar;
import io.witness.core.clock.ClockDefinition;
import io.witness.core.clock.Condition;
import io.witness.core.clock.Metric;
import io.witness.core.clock.PriorityChangePolicy;
import io.witness.core.clock.Recurrence;
import io.witness.core.clock.ReopenPolicy;
import io.witness.core.clock.SideChoice;
import io.witness.core.clock.Target;
import io.witness.core.clock.Term;
import io.witness.core.clock.Timestamps;
import io.witness.core.clock.WarningThreshold;
import io.witness.core.event.Priority;
import io.witness.core.event.Side;
import io.witness.core.input.YamlNode;
import java.time.DateTimeException;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads one clock of the contract's {@code clocks} block. Every field but {@code targets} may be left
 * out: the metric's conventional conditions and policies apply (docs/clocks.md).
 */
final class ClockYaml {

    static final List<String> KEYS = List.of("metric", "section", "calendar", "targets", "warning", "start",
            "pause", "resume", "stop", "cancel", "reset", "retroactive", "recurrence", "on_priority_change",
            "on_reopen", "timestamps");
    private static final String DEFAULT = "default";

    private ClockYaml() {
    }

    /**
     * @param written the names of every calendar written, read well or not
     * @param scale the contract's priorities; empty when any code is a priority (a clocks-only contract)
     * @param sectionRequired true in a full contract, where every term cites its clause
     */
    static Optional<ClockDefinition> read(String name, YamlNode node, Map<String, BusinessCalendar> calendars,
            Set<String> written, Set<Priority> scale, boolean sectionRequired) {
        Map<String, YamlNode> f = node.entries(KEYS);
        if (sectionRequired && !f.containsKey("section")) {
            node.fail("clock '" + name + "' needs a section: the contract clause that sets it, such as \"4.2\"");
        }
        Optional<Metric> metric = f.containsKey("metric")
                ? f.get("metric").text().flatMap(text -> wire(f.get("metric"), text, Metric.class, Metric::fromWire, Metric::wireName))
                : Metric.fromWire(name).or(() -> node.fail("clock '" + name + "' needs a metric: one of "
                        + names(Metric.class, Metric::wireName) + " (or a clock name that is one)"));
        Map<String, String> calendarNames = calendarNames(f.get("calendar"), written, scale);
        if (!f.containsKey("targets")) {
            node.fail("clock '" + name + "' needs targets: a target per priority, such as { P1: PT30M, P2: PT4H }");
        }
        Map<Priority, Term> terms = new LinkedHashMap<>();
        Optional<Term> defaultTerm = Optional.empty();
        if (f.containsKey("targets")) {
            for (Map.Entry<String, YamlNode> entry : f.get("targets").entries().entrySet()) {
                if (!entry.getKey().equals(DEFAULT)) {
                    PriorityYaml.checkOnScale(entry.getValue(), entry.getKey(), scale);
                }
                Optional<Term> term = DurationYaml.target(entry.getValue()).flatMap(target -> term(entry.getKey(), entry.getValue(),
                        target, calendarNames, calendars));
                if (entry.getKey().equals(DEFAULT)) {
                    defaultTerm = term;
                } else {
                    term.ifPresent(t -> terms.put(new Priority(entry.getKey()), t));
                }
            }
        }
        if (metric.isEmpty()) {
            return Optional.empty();
        }
        ClockDefinition d = ClockDefinition.conventional(name, metric.get(), terms, defaultTerm);
        return Optional.of(new ClockDefinition(name, d.metric(),
                text(f.get("section")).orElse(""), d.terms(), d.defaultTerm(),
                f.containsKey("warning") ? warning(f.get("warning")).orElse(d.warning()) : d.warning(),
                condition(f.get("start"), d.start(), scale), condition(f.get("pause"), d.pause(), scale),
                f.containsKey("resume") ? ConditionYaml.read(f.get("resume"), scale) : d.resume(),
                condition(f.get("stop"), d.stop(), scale), condition(f.get("cancel"), d.cancel(), scale),
                condition(f.get("reset"), d.reset(), scale),
                f.containsKey("retroactive") ? f.get("retroactive").bool().orElse(false) : d.retroactive(),
                choice(f.get("recurrence"), Recurrence.class, Recurrence::wireName, d.recurrence()),
                choice(f.get("on_priority_change"), PriorityChangePolicy.class, PriorityChangePolicy::wireName,
                        d.onPriorityChange()),
                choice(f.get("on_reopen"), ReopenPolicy.class, ReopenPolicy::wireName, d.onReopen()),
                timestamps(f.get("timestamps"), d.timestamps())));
    }

    /** The calendar name per priority key ("default" for the rest), from a name or a mapping. */
    /** @param calendars the names of every calendar written, read well or not */
    private static Map<String, String> calendarNames(YamlNode node, Set<String> calendars, Set<Priority> scale) {
        Map<String, String> names = new LinkedHashMap<>();
        if (node == null) {
            if (calendars.size() == 1) {
                names.put(DEFAULT, calendars.iterator().next());
            }
            return names;
        }
        if (node.isMap()) {
            node.entries().forEach((priority, value) -> {
                if (!priority.equals(DEFAULT)) {
                    PriorityYaml.checkOnScale(value, priority, scale);
                }
                value.text().ifPresent(n -> names.put(priority, known(value, n, calendars)));
            });
        } else {
            node.text().ifPresent(n -> names.put(DEFAULT, known(node, n, calendars)));
        }
        return names;
    }

    private static String known(YamlNode node, String name, Set<String> calendars) {
        if (!calendars.contains(name)) {
            node.fail("no calendar named '" + name + "'; the contract's calendars are: "
                    + (calendars.isEmpty() ? "none" : String.join(", ", calendars)));
        }
        return name;
    }

    private static Optional<Term> term(String priority, YamlNode where, Target target, Map<String, String> calendarNames,
            Map<String, BusinessCalendar> calendars) {
        String name = calendarNames.getOrDefault(priority, calendarNames.get(DEFAULT));
        if (name == null) {
            return where.fail("no calendar for priority " + priority + ": give the clock a calendar, or a calendar for "
                    + priority + " or default");
        }
        BusinessCalendar calendar = calendars.get(name);
        return calendar == null ? Optional.empty() : Optional.of(new Term(target, name, calendar));
    }

    private static Optional<WarningThreshold> warning(YamlNode node) {
        Optional<String> text = node.text();
        if (text.isPresent() && text.get().endsWith("%")) {
            try {
                return Optional.of(new WarningThreshold.ShareOfTarget(
                        Integer.parseInt(text.get().substring(0, text.get().length() - 1).trim())));
            } catch (NumberFormatException | DateTimeException e) {
                return node.fail("expected a share of the target between 1% and 99%, found '" + text.get() + "'");
            }
        }
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Duration> beforeDue = DurationYaml.parse(text.get()).filter(d -> !d.isZero());
        if (beforeDue.isEmpty()) {
            // Both forms are named: what is neither is as likely a misspelt share as a misspelt duration.
            return node.fail("expected a share of the target such as 75% or a time before the due time such as 15m or PT15M; found '"
                    + text.get() + "'");
        }
        return Optional.of(new WarningThreshold.BeforeDue(beforeDue.get()));
    }

    private static Condition condition(YamlNode node, Condition fallback, Set<Priority> scale) {
        return node == null ? fallback : ConditionYaml.read(node, scale).orElse(fallback);
    }

    private static Optional<String> text(YamlNode node) {
        return node == null ? Optional.empty() : node.text();
    }

    private static Timestamps timestamps(YamlNode node, Timestamps fallback) {
        if (node == null) {
            return fallback;
        }
        Map<String, YamlNode> f = node.entries(List.of("start", "stop", "status"));
        SideChoice start = choice(f.get("start"), SideChoice.class, SideChoice::wireName, fallback.start());
        SideChoice stop = choice(f.get("stop"), SideChoice.class, SideChoice::wireName, fallback.stop());
        Side status = fallback.status();
        if (f.containsKey("status")) {
            Optional<String> text = f.get("status").text();
            if (text.filter(t -> t.equals("client") || t.equals("provider")).isPresent()) {
                status = Side.fromWire(text.get());
            } else if (text.isPresent()) {
                f.get("status").fail("expected client or provider, found '" + text.get() + "'");
            }
        }
        return new Timestamps(start, stop, status);
    }

    private static <E extends Enum<E>> E choice(YamlNode node, Class<E> type, Function<E, String> wireName, E fallback) {
        if (node == null) {
            return fallback;
        }
        return node.text().flatMap(text -> wire(node, text, type,
                t -> Arrays.stream(type.getEnumConstants()).filter(e -> wireName.apply(e).equals(t)).findFirst(), wireName))
                .orElse(fallback);
    }

    private static <E extends Enum<E>> Optional<E> wire(YamlNode node, String text, Class<E> type,
            Function<String, Optional<E>> fromWire, Function<E, String> wireName) {
        return fromWire.apply(text).or(() -> node.fail("expected one of " + names(type, wireName) + "; found '" + text + "'"));
    }

    private static <E extends Enum<E>> String names(Class<E> type, Function<E, String> wireName) {
        return Arrays.stream(type.getEnumConstants()).map(wireName).collect(Collectors.joining(", "));
    }
}
