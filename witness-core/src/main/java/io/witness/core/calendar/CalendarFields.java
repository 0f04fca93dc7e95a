package io.witness.core.calendar;

import io.witness.core.input.YamlNode;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of one calendar mapping (the top level or one item of {@code versions}) as written: each
 * is empty when left out or wrong (a wrong one is reported where it is).
 *
 * @param zone the {@code zone}
 * @param week the {@code week}, or every day around the clock for {@code always: true}
 * @param holidays the {@code holidays}
 * @param extraDays the {@code extra_days}
 * @param always true for {@code always: true}
 */
record CalendarFields(
        Optional<ZoneId> zone,
        Optional<WeeklyHours> week,
        Optional<List<Holiday>> holidays,
        Optional<List<ExtraDay>> extraDays,
        boolean always) {

    /** Reads the fields of a mapping whose keys have already been checked. */
    static CalendarFields read(Map<String, YamlNode> entries) {
        Optional<ZoneId> zone = optional(entries, "zone").flatMap(CalendarValues::zone);
        boolean always = optional(entries, "always").flatMap(YamlNode::bool).orElse(false);
        Optional<WeeklyHours> week = optional(entries, "week").flatMap(WeekYaml::read);
        Optional<List<Holiday>> holidays = optional(entries, "holidays").flatMap(HolidayYaml::holidays);
        Optional<List<ExtraDay>> extraDays = optional(entries, "extra_days").flatMap(HolidayYaml::extraDays);
        if (always) {
            if (entries.containsKey("week")) {
                entries.get("always").fail("expected either 'always: true' or 'week', found both");
            }
            week = Optional.of(WeeklyHours.always());
        }
        return new CalendarFields(zone, week, holidays, extraDays, always);
    }

    private static Optional<YamlNode> optional(Map<String, YamlNode> entries, String key) {
        return Optional.ofNullable(entries.get(key));
    }
}
