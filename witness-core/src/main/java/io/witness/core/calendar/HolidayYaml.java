package io.witness.core.calendar;

import io.witness.core.input.YamlNode;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads the {@code holidays} and {@code extra_days} lists. A holiday is a bare date or a mapping of one
 * kind: {@code date}; {@code every_year} (with optional {@code observed}); {@code from} and {@code to};
 * or {@code nth}, {@code weekday} and {@code month}; each with optional {@code hours}.
 */
final class HolidayYaml {

    static final List<String> HOLIDAY_KEYS =
            List.of("date", "every_year", "observed", "from", "to", "nth", "weekday", "month", "hours");
    static final List<String> EXTRA_DAY_KEYS = List.of("date", "hours");

    /** The kinds of holiday, each by the keys that make it up. */
    private static final List<List<String>> KINDS = List.of(
            List.of("date"), List.of("every_year"), List.of("from", "to"),
            List.of("nth", "weekday", "month"));

    private HolidayYaml() {
    }

    /** The holidays, or empty when any is wrong (each reported). */
    static Optional<List<Holiday>> holidays(YamlNode node) {
        return all(node.items(), HolidayYaml::holiday);
    }

    /** The extra days, or empty when any is wrong (each reported). */
    static Optional<List<ExtraDay>> extraDays(YamlNode node) {
        return all(node.items(), HolidayYaml::extraDay);
    }

    private static <T> Optional<List<T>> all(List<YamlNode> items, Function<YamlNode, Optional<T>> read) {
        List<T> values = new ArrayList<>();
        boolean ok = true;
        for (YamlNode item : items) {
            Optional<T> value = read.apply(item);
            value.ifPresent(values::add);
            ok &= value.isPresent();
        }
        return ok ? Optional.of(values) : Optional.empty();
    }

    private static Optional<Holiday> holiday(YamlNode node) {
        if (node.isScalar()) {
            return CalendarValues.date(node).map(date -> Holiday.closed(new HolidayRule.OnDate(date)));
        }
        if (!node.isMap()) {
            return node.fail("expected a date YYYY-MM-DD or a mapping with date, every_year, from and to,"
                    + " or nth, weekday and month, found " + node.shape());
        }
        Map<String, YamlNode> entries = node.entries(HOLIDAY_KEYS);
        List<String> present = KINDS.stream()
                .filter(kind -> kind.stream().anyMatch(entries::containsKey))
                .map(kind -> kind.get(0))
                .toList();
        if (present.size() != 1) {
            return node.fail("expected one of date, every_year, from and to, or nth, weekday and month, found "
                    + (present.isEmpty() ? "none" : String.join(" and ", present)));
        }
        boolean misplacedObserved = entries.containsKey("observed") && !present.get(0).equals("every_year");
        if (misplacedObserved) {
            entries.get("observed").fail("'observed' applies only with every_year");
        }
        Optional<List<OpenHours>> hours = entries.containsKey("hours")
                ? CalendarValues.hours(entries.get("hours"))
                : Optional.of(List.of());
        Optional<HolidayRule> rule = switch (present.get(0)) {
            case "date" -> CalendarValues.date(entries.get("date")).map(HolidayRule.OnDate::new);
            case "every_year" -> everyYear(node, entries);
            case "from" -> range(node, entries);
            default -> nthWeekday(node, entries);
        };
        if (misplacedObserved || rule.isEmpty() || hours.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Holiday(rule.get(), hours.get()));
    }

    private static Optional<HolidayRule> everyYear(YamlNode node, Map<String, YamlNode> entries) {
        Optional<MonthDay> monthDay = required(node, entries, "every_year", "the month and day MM-DD",
                () -> CalendarValues.monthDay(entries.get("every_year")));
        Optional<Boolean> observed = entries.containsKey("observed")
                ? entries.get("observed").bool()
                : Optional.of(false);
        if (monthDay.isEmpty() || observed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new HolidayRule.EveryYear(monthDay.get(), observed.get()));
    }

    private static Optional<HolidayRule> range(YamlNode node, Map<String, YamlNode> entries) {
        Optional<LocalDate> first = required(node, entries, "from", "the first date of the range",
                () -> CalendarValues.date(entries.get("from")));
        Optional<LocalDate> last = required(node, entries, "to", "the last date of the range, included",
                () -> CalendarValues.date(entries.get("to")));
        if (first.isEmpty() || last.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new HolidayRule.Between(first.get(), last.get()));
        } catch (DateTimeException e) {
            return entries.get("to").fail(e.getMessage());
        }
    }

    private static Optional<HolidayRule> nthWeekday(YamlNode node, Map<String, YamlNode> entries) {
        Optional<Integer> nth = required(node, entries, "nth", "1 to 5, or -1 for the last",
                () -> entries.get("nth").integer().flatMap(n -> n == -1 || (n >= 1 && n <= 5)
                        ? Optional.of(n)
                        : entries.get("nth").fail("expected 1 to 5, or -1 for the last, found " + n)));
        Optional<DayOfWeek> weekday = required(node, entries, "weekday", "mon to sun",
                () -> CalendarValues.weekday(entries.get("weekday")));
        Optional<Month> month = required(node, entries, "month", "1 to 12",
                () -> CalendarValues.month(entries.get("month")));
        if (nth.isEmpty() || weekday.isEmpty() || month.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new HolidayRule.NthWeekday(month.get(), weekday.get(), nth.get()));
        } catch (DateTimeException e) {
            return entries.get("nth").fail(e.getMessage());
        }
    }

    private static Optional<ExtraDay> extraDay(YamlNode node) {
        Map<String, YamlNode> entries = node.entries(EXTRA_DAY_KEYS);
        if (!node.isMap()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = required(node, entries, "date", "the date YYYY-MM-DD",
                () -> CalendarValues.date(entries.get("date")));
        Optional<List<OpenHours>> hours = required(node, entries, "hours", "the hours open that day",
                () -> CalendarValues.hours(entries.get("hours")));
        if (hours.isPresent() && hours.get().isEmpty()) {
            return entries.get("hours").fail("expected at least one period HH:MM-HH:MM, found none");
        }
        if (date.isEmpty() || hours.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ExtraDay(date.get(), hours.get()));
    }

    private static <T> Optional<T> required(
            YamlNode node, Map<String, YamlNode> entries, String key, String what, Supplier<Optional<T>> read) {
        return entries.containsKey(key) ? read.get() : node.fail("missing key '" + key + "' (" + what + ")");
    }
}
