package io.witness.core.calendar;

import io.witness.core.input.YamlNode;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the scalar values of a calendar block (dates, month-days, weekdays, months, zones, hours) from
 * YAML nodes, reporting each wrong one at its position instead of throwing.
 */
final class CalendarValues {

    /** The weekday names used as keys of {@code week} and as {@code weekday} of a holiday. */
    static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "mon", DayOfWeek.MONDAY, "tue", DayOfWeek.TUESDAY, "wed", DayOfWeek.WEDNESDAY,
            "thu", DayOfWeek.THURSDAY, "fri", DayOfWeek.FRIDAY, "sat", DayOfWeek.SATURDAY,
            "sun", DayOfWeek.SUNDAY);

    private CalendarValues() {
    }

    /** A date {@code YYYY-MM-DD}. */
    static Optional<LocalDate> date(YamlNode node) {
        return node.text().flatMap(text -> {
            try {
                return Optional.of(LocalDate.parse(text.trim()));
            } catch (DateTimeException e) {
                return node.fail("expected a date YYYY-MM-DD, found '" + text + "'");
            }
        });
    }

    /** A month and day {@code MM-DD}, the same each year. */
    static Optional<MonthDay> monthDay(YamlNode node) {
        return node.text().flatMap(text -> {
            try {
                return Optional.of(MonthDay.parse("--" + text.trim()));
            } catch (DateTimeException e) {
                return node.fail("expected a month and day MM-DD, found '" + text + "'");
            }
        });
    }

    /** A weekday {@code mon} … {@code sun}. */
    static Optional<DayOfWeek> weekday(YamlNode node) {
        return node.text().flatMap(text -> {
            DayOfWeek day = WEEKDAYS.get(text.trim());
            return day != null
                    ? Optional.of(day)
                    : node.fail("expected a weekday mon, tue, wed, thu, fri, sat or sun, found '" + text + "'");
        });
    }

    /** A month number 1 to 12. */
    static Optional<Month> month(YamlNode node) {
        return node.integer().flatMap(number -> number >= 1 && number <= 12
                ? Optional.of(Month.of(number))
                : node.fail("expected a month 1 to 12, found '" + number + "'"));
    }

    /** An IANA zone id such as {@code America/New_York}. */
    static Optional<ZoneId> zone(YamlNode node) {
        return node.text().flatMap(text -> {
            try {
                return Optional.of(ZoneId.of(text.trim()));
            } catch (DateTimeException e) {
                return node.fail("unknown time zone '" + text + "'; expected an IANA zone id such as America/New_York");
            }
        });
    }

    /**
     * Open hours: one {@code HH:MM-HH:MM} or a list of them; an empty list is none. Each wrong period is
     * reported with {@link OpenHours#parse}'s message.
     *
     * @return the periods, or empty when any of them is wrong
     */
    static Optional<List<OpenHours>> hours(YamlNode node) {
        List<OpenHours> hours = new ArrayList<>();
        boolean ok = true;
        for (YamlNode item : node.itemsOrSelf()) {
            Optional<OpenHours> period = period(item);
            period.ifPresent(hours::add);
            ok &= period.isPresent();
        }
        return ok ? Optional.of(hours) : Optional.empty();
    }

    private static Optional<OpenHours> period(YamlNode item) {
        if (!item.isScalar()) {
            return item.fail("expected hours as HH:MM-HH:MM, found " + item.shape());
        }
        return item.text().flatMap(text -> {
            try {
                return Optional.of(OpenHours.parse(text));
            } catch (DateTimeException e) {
                return item.fail(e.getMessage());
            }
        });
    }
}
