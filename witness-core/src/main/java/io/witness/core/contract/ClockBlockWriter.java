package io.witness.core.contract;

import io.witness.core.clock.ClockDefinition;
import io.witness.core.clock.Condition;
import io.witness.core.clock.Target;
import io.witness.core.clock.Term;
import io.witness.core.clock.WarningThreshold;
import io.witness.core.event.EventType;
import io.witness.core.event.Priority;
import io.witness.core.event.StatusClass;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A clock definition as the tree of its YAML block (docs/clocks.md), every field given so that it
 * reads back to the same definition whatever the metric's conventions are.
 */
final class ClockBlockWriter {

    private ClockBlockWriter() {
    }

    /** @param order the priority codes in the order to write them (the scale), others after, by code */
    static Map<String, Object> tree(ClockDefinition clock, List<Priority> order) {
        Map<String, Object> block = new LinkedHashMap<>();
        block.put("metric", clock.metric().wireName());
        if (!clock.section().isEmpty()) {
            block.put("section", clock.section());
        }
        List<Priority> priorities = new ArrayList<>(clock.terms().keySet());
        priorities.sort(Comparator.comparingInt((Priority p) -> order.contains(p) ? order.indexOf(p) : order.size())
                .thenComparing(Priority::code));
        Map<String, Object> calendars = new LinkedHashMap<>();
        Map<String, Object> targets = new LinkedHashMap<>();
        for (Priority priority : priorities) {
            Term term = clock.terms().get(priority);
            calendars.put(priority.code(), term.calendarName());
            targets.put(priority.code(), target(term.target()));
        }
        clock.defaultTerm().ifPresent(term -> {
            calendars.put("default", term.calendarName());
            targets.put("default", target(term.target()));
        });
        block.put("calendar", calendars);
        block.put("targets", targets);
        WarningThreshold warning = clock.warning();
        if (warning instanceof WarningThreshold.ShareOfTarget share) {
            block.put("warning", share.percent() + "%");
        } else if (warning instanceof WarningThreshold.BeforeDue before) {
            block.put("warning", DurationYaml.write(before.ahead()));
        }
        block.put("start", condition(clock.start()));
        block.put("pause", condition(clock.pause()));
        clock.resume().ifPresent(resume -> block.put("resume", condition(resume)));
        block.put("stop", condition(clock.stop()));
        block.put("cancel", condition(clock.cancel()));
        block.put("reset", condition(clock.reset()));
        block.put("retroactive", clock.retroactive());
        block.put("recurrence", clock.recurrence().wireName());
        block.put("on_priority_change", clock.onPriorityChange().wireName());
        block.put("on_reopen", clock.onReopen().wireName());
        Map<String, Object> timestamps = new LinkedHashMap<>();
        timestamps.put("start", clock.timestamps().start().wireName());
        timestamps.put("stop", clock.timestamps().stop().wireName());
        timestamps.put("status", clock.timestamps().status().wireName());
        block.put("timestamps", timestamps);
        return block;
    }

    static Object target(Target target) {
        if (target instanceof Target.Within within) {
            return DurationYaml.write(within.duration());
        }
        if (target instanceof Target.BusinessDays days) {
            return days.toString();
        }
        Target.ByTimeOfBusinessDay by = (Target.ByTimeOfBusinessDay) target;
        Map<String, Object> relative = new LinkedHashMap<>();
        relative.put("business_days", by.businessDays());
        relative.put("at", by.at().toString());
        return relative;
    }

    /** A condition as the reader reads it: never, a mapping of parts that all hold, or a list of them. */
    static Object condition(Condition condition) {
        if (condition instanceof Condition.Never) {
            return "never";
        }
        if (condition instanceof Condition.AnyOf any) {
            List<Object> parts = new ArrayList<>();
            any.parts().forEach(part -> parts.add(mapping(part)));
            return parts;
        }
        return mapping(condition);
    }

    private static Map<String, Object> mapping(Condition condition) {
        Map<String, Object> map = new LinkedHashMap<>();
        List<Condition> parts = condition instanceof Condition.AllOf all ? all.parts() : List.of(condition);
        for (Condition part : parts) {
            if (part instanceof Condition.OnEvent on && !map.containsKey("on")) {
                map.put("on", wire(on.types(), EventType::wireName));
                on.author().ifPresent(author -> map.put("author", author.wireName()));
            } else if (part instanceof Condition.InStatus in && !map.containsKey("status")) {
                map.put("status", wire(in.classes(), StatusClass::wireName));
            } else if (part instanceof Condition.PriorityIn in && !map.containsKey("priority")) {
                map.put("priority", in.priorities().stream().map(Priority::code).sorted().map(c -> (Object) c).toList());
            } else {
                throw new IllegalArgumentException("A condition the contract format cannot write: " + condition);
            }
        }
        return map;
    }

    private static <E extends Enum<E>> List<Object> wire(Set<E> values, java.util.function.Function<E, String> name) {
        return values.stream().sorted().map(v -> (Object) name.apply(v)).toList();
    }
}
