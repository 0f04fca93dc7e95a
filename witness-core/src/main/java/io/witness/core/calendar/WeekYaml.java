package io.witness.core.calendar;

import io.witness.core.input.YamlNode;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code week} mapping: keys {@code mon} … {@code sun}, {@code weekdays} (Monday to Friday)
 * and {@code all}, each with one period or a list of them. Keys apply in document order, so a later key
 * overrides what an earlier one said about the same day ({@code weekdays} then {@code fri}).
 */
final class WeekYaml {

    static final List<String> KEYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun", "weekdays", "all");

    private WeekYaml() {
    }

    /** The weekly hours, or empty when any part is wrong (each reported). */
    static Optional<WeeklyHours> read(YamlNode node) {
        Map<String, YamlNode> entries = node.entries(KEYS);
        if (!node.isMap()) {
            return Optional.empty();
        }
        EnumMap<DayOfWeek, List<OpenHours>> days = new EnumMap<>(DayOfWeek.class);
        boolean ok = true;
        for (Map.Entry<String, YamlNode> entry : entries.entrySet()) {
            if (!KEYS.contains(entry.getKey())) {
                continue; // already reported as an unknown key
            }
            Set<DayOfWeek> keyDays = daysOf(entry.getKey());
            Optional<List<OpenHours>> hours = CalendarValues.hours(entry.getValue());
            ok &= hours.isPresent();
            for (DayOfWeek day : keyDays) {
                if (hours.isPresent() && !hours.get().isEmpty()) {
                    days.put(day, hours.get());
                } else {
                    days.remove(day);
                }
            }
        }
        return ok ? Optional.of(new WeeklyHours(days)) : Optional.empty();
    }

    private static Set<DayOfWeek> daysOf(String key) {
        return switch (key) {
            case "weekdays" -> EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
            case "all" -> EnumSet.allOf(DayOfWeek.class);
            default -> {
                DayOfWeek day = CalendarValues.WEEKDAYS.get(key);
                yield day == null ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.of(day);
            }
        };
    }
}
