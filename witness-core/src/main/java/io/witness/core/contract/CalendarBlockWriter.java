package io.witness.core.contract;

import io.witness.core.calendar.BusinessCalendar;
import io.witness.core.calendar.CalendarVersion;
import io.witness.core.calendar.ExtraDay;
import io.witness.core.calendar.Holiday;
import io.witness.core.calendar.HolidayRule;
import io.witness.core.calendar.OpenHours;
import io.witness.core.calendar.WeeklyHours;
import java.time.DayOfWeek;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A calendar as the tree of its YAML block (docs/calendar.md): the first version at the top, each later
 * version with every field given, so it reads back to the same versions.
 */
final class CalendarBlockWriter {

    private CalendarBlockWriter() {
    }

    static Map<String, Object> tree(BusinessCalendar calendar) {
        List<CalendarVersion> versions = calendar.versions();
        CalendarVersion first = versions.get(0);
        Map<String, Object> block = new LinkedHashMap<>();
        if (first.week().equals(WeeklyHours.always())) {
            block.put("always", true);
            if (!first.zone().equals(ZoneOffset.UTC)) {
                block.put("zone", first.zone().getId());
            }
        } else {
            block.put("zone", first.zone().getId());
            block.put("week", week(first.week()));
        }
        fields(first, block);
        if (versions.size() > 1) {
            List<Object> later = new ArrayList<>();
            for (CalendarVersion version : versions.subList(1, versions.size())) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("from", new YamlText.Plain(version.effectiveFrom().orElseThrow().toString()));
                item.put("zone", version.zone().getId());
                item.put("week", week(version.week()));
                item.put("holidays", holidays(version.holidays()));
                item.put("extra_days", extraDays(version.extraDays()));
                later.add(item);
            }
            block.put("versions", later);
        }
        return block;
    }

    private static void fields(CalendarVersion version, Map<String, Object> block) {
        if (!version.holidays().isEmpty()) {
            block.put("holidays", holidays(version.holidays()));
        }
        if (!version.extraDays().isEmpty()) {
            block.put("extra_days", extraDays(version.extraDays()));
        }
    }

    private static Map<String, Object> week(WeeklyHours week) {
        Map<String, Object> days = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (week.days().containsKey(day)) {
                days.put(day.getDisplayName(TextStyle.SHORT, Locale.ROOT).toLowerCase(Locale.ROOT), hours(week.on(day)));
            }
        }
        return days;
    }

    private static List<Object> hours(List<OpenHours> hours) {
        return hours.stream().map(h -> (Object) h.toString()).toList();
    }

    private static List<Object> holidays(List<Holiday> holidays) {
        List<Object> items = new ArrayList<>();
        for (Holiday holiday : holidays) {
            Map<String, Object> item = new LinkedHashMap<>();
            HolidayRule rule = holiday.rule();
            if (rule instanceof HolidayRule.OnDate on) {
                item.put("date", new YamlText.Plain(on.date().toString()));
            } else if (rule instanceof HolidayRule.EveryYear every) {
                item.put("every_year", String.format("%02d-%02d", every.monthDay().getMonthValue(),
                        every.monthDay().getDayOfMonth()));
                if (every.observed()) {
                    item.put("observed", true);
                }
            } else if (rule instanceof HolidayRule.Between range) {
                item.put("from", new YamlText.Plain(range.first().toString()));
                item.put("to", new YamlText.Plain(range.last().toString()));
            } else if (rule instanceof HolidayRule.NthWeekday nth) {
                item.put("nth", nth.nth());
                item.put("weekday", nth.weekday().getDisplayName(TextStyle.SHORT, Locale.ROOT).toLowerCase(Locale.ROOT));
                item.put("month", nth.month().getValue());
            }
            if (!holiday.hours().isEmpty()) {
                item.put("hours", hours(holiday.hours()));
            }
            items.add(item);
        }
        return items;
    }

    private static List<Object> extraDays(List<ExtraDay> extraDays) {
        List<Object> items = new ArrayList<>();
        for (ExtraDay extra : extraDays) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("date", new YamlText.Plain(extra.date().toString()));
            item.put("hours", hours(extra.hours()));
            items.add(item);
        }
        return items;
    }
}
