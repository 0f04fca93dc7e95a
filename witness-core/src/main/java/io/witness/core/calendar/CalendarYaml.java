package io.witness.core.calendar;

import io.witness.core.input.InputRejected;
import io.witness.core.input.Problems;
import io.witness.core.input.YamlDocument;
import io.witness.core.input.YamlNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a business calendar from its YAML block, the same block a contract file holds under
 * {@code calendars: { name: <block> }}:
 *
 * <pre>{@code
 * zone: America/New_York              # IANA zone; required unless always: true (then UTC)
 * week:                               # mon..sun, weekdays (mon-fri), all; a day left out is closed
 *   weekdays: ["09:00-12:00", "13:00-17:00"]
 *   fri: "09:00-15:00"                # a later key for the same day overrides an earlier one
 * holidays:                           # closed all day, or open only the hours given
 *   - 2026-12-25
 *   - { date: 2026-12-24, hours: ["09:00-13:00"] }
 *   - { every_year: 12-26, observed: true }   # observed: Saturday -> Friday, Sunday -> Monday
 *   - { from: 2026-07-20, to: 2026-07-31 }    # both included
 *   - { nth: 4, weekday: thu, month: 11 }     # nth -1 is the last
 * extra_days:                         # open on a day that is normally closed
 *   - { date: 2026-12-27, hours: ["10:00-14:00"] }
 * versions:                           # later versions; each inherits the top-level fields it leaves out
 *   - { from: 2027-01-01, week: { weekdays: "08:00-18:00" } }
 * }</pre>
 *
 * {@code always: true} stands for {@code week: { all: "00:00-24:00" }} and may not be written with
 * {@code week}. Every problem is reported with its {@code file:line:column} and path, all in one go.
 * Reading is pure: the caller reads the file and passes its text.
 */
public final class CalendarYaml {

    static final List<String> KEYS = List.of("zone", "week", "always", "holidays", "extra_days", "versions");
    static final List<String> VERSION_KEYS = List.of("from", "zone", "week", "always", "holidays", "extra_days");

    private CalendarYaml() {
    }

    /**
     * Parses a calendar document.
     *
     * @param text the YAML text, not null
     * @param sourceName the document's name for messages (a file name), not null
     * @return the calendar, not null
     * @throws InputRejected with every problem found, if the text is not a valid calendar
     */
    public static BusinessCalendar parse(String text, String sourceName) {
        Problems problems = new Problems();
        Optional<BusinessCalendar> calendar = YamlDocument.parse(text, sourceName, problems)
                .flatMap(CalendarYaml::read);
        problems.throwIfAny();
        return calendar.orElseThrow();
    }

    /**
     * Reads a calendar block from a node of a larger document, reporting every problem to
     * {@code node.problems()}.
     *
     * @param node the calendar's mapping, not null
     * @return the calendar, or empty when any problem was reported in the block
     */
    public static Optional<BusinessCalendar> read(YamlNode node) {
        return versions(node).flatMap(versions -> {
            try {
                return Optional.of(BusinessCalendar.of(versions));
            } catch (DateTimeException e) {
                return node.fail(e.getMessage());
            }
        });
    }

    /** {@link #parse} up to the versions, without building the calendar. */
    static List<CalendarVersion> parseVersions(String text, String sourceName) {
        Problems problems = new Problems();
        Optional<List<CalendarVersion>> versions = YamlDocument.parse(text, sourceName, problems)
                .flatMap(CalendarYaml::versions);
        problems.throwIfAny();
        return versions.orElseThrow();
    }

    /** The versions a calendar block defines, or empty when any problem was reported in it. */
    static Optional<List<CalendarVersion>> versions(YamlNode node) {
        Objects.requireNonNull(node, "node");
        int before = node.problems().list().size();
        Map<String, YamlNode> entries = node.entries(KEYS);
        if (!node.isMap()) {
            return Optional.empty();
        }
        CalendarFields top = CalendarFields.read(entries);
        Optional<ZoneId> zone = top.zone();
        if (!entries.containsKey("zone")) {
            zone = top.always()
                    ? Optional.of(ZoneOffset.UTC)
                    : node.fail("missing key 'zone' (an IANA zone id such as America/New_York);"
                            + " only 'always: true' defaults to UTC");
        }
        if (!entries.containsKey("week") && !top.always()) {
            node.fail("missing key 'week' (the weekly open hours), or 'always: true'");
        }
        List<Later> later = entries.containsKey("versions") ? later(entries.get("versions")) : List.of();
        if (node.problems().list().size() > before) {
            return Optional.empty();
        }
        CalendarVersion first = new CalendarVersion(Optional.empty(), zone.orElseThrow(), top.week().orElseThrow(),
                top.holidays().orElse(List.of()), top.extraDays().orElse(List.of()));
        List<CalendarVersion> versions = new ArrayList<>(List.of(first));
        for (Later version : later) {
            CalendarFields fields = version.fields();
            versions.add(new CalendarVersion(Optional.of(version.from()),
                    fields.zone().orElse(first.zone()), fields.week().orElse(first.week()),
                    fields.holidays().orElse(first.holidays()), fields.extraDays().orElse(first.extraDays())));
        }
        return Optional.of(List.copyOf(versions));
    }

    /** One item of {@code versions}: its effective date and the fields it sets. */
    private record Later(LocalDate from, CalendarFields fields) {
    }

    private static List<Later> later(YamlNode node) {
        List<Later> later = new ArrayList<>();
        Optional<LocalDate> previous = Optional.empty();
        for (YamlNode item : node.items()) {
            Map<String, YamlNode> entries = item.entries(VERSION_KEYS);
            if (!item.isMap()) {
                continue;
            }
            CalendarFields fields = CalendarFields.read(entries);
            YamlNode fromNode = entries.get("from");
            Optional<LocalDate> from = fromNode == null
                    ? item.fail("missing key 'from' (the first date the version applies to, YYYY-MM-DD)")
                    : CalendarValues.date(fromNode);
            if (from.isPresent() && previous.isPresent() && !from.get().isAfter(previous.get())) {
                fromNode.fail("expected a date after " + previous.get() + " (the 'from' of the version before),"
                        + " found " + from.get());
            }
            if (from.isPresent()) {
                previous = from;
                later.add(new Later(from.get(), fields));
            }
        }
        return later;
    }
}
