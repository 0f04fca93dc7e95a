package io.witness.sources.tracker;

import io.witness.sources.sheet.CellValue;
import io.witness.sources.time.TimeReader;
import io.witness.sources.time.TimeValue;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a tracker's times, whether the cell is an Excel date or time or text: ISO-8601, then the day-first
 * or month-first forms ({@code 6/3/2026 9:15}, {@code 03/06/2026 9:15 AM}), dotted dates (always day first,
 * {@code 06.03.2026 09:15}), month names ({@code 6 Mar 2026}, {@code Mar 6, 2026 9:15 AM},
 * {@code 06-Mar-26}), and times of day ({@code 09:15}, {@code 9:15 am}). Immutable.
 */
final class TrackerTimes {

    private static final Pattern NUMERIC_DATE = Pattern.compile("^\\s*(\\d{1,2})[/-](\\d{1,2})[/-]\\d{2,4}\\b");
    private static final List<String> COMMON = List.of(
            TimeReader.ISO, "uuuu-M-d H:mm[:ss]", "uuuu-M-d",
            "d.M.uuuu H:mm[:ss]", "d.M.uuuu", "d.M.uu H:mm[:ss]", "d.M.uu",
            "d MMM uuuu H:mm[:ss]", "d MMM uuuu", "d-MMM-uuuu H:mm[:ss]", "d-MMM-uuuu", "d-MMM-uu H:mm[:ss]", "d-MMM-uu",
            "MMM d, uuuu h:mm[:ss] a", "MMM d, uuuu H:mm[:ss]", "MMM d, uuuu",
            "H:mm[:ss]", "h:mm[:ss] a");
    private static final List<String> DAY_FIRST = List.of("d/M/uuuu H:mm[:ss]", "d/M/uuuu h:mm[:ss] a", "d/M/uuuu",
            "d/M/uu H:mm[:ss]", "d/M/uu", "d-M-uuuu H:mm[:ss]", "d-M-uuuu");
    private static final List<String> MONTH_FIRST = List.of("M/d/uuuu h:mm[:ss] a", "M/d/uuuu H:mm[:ss]", "M/d/uuuu",
            "M/d/uu h:mm[:ss] a", "M/d/uu H:mm[:ss]", "M/d/uu", "M-d-uuuu h:mm[:ss] a", "M-d-uuuu H:mm[:ss]", "M-d-uuuu");

    private final TimeReader reader;

    /** @param dayFirst whether 03/04/2026 is 3 April */
    TrackerTimes(boolean dayFirst) {
        List<String> patterns = new java.util.ArrayList<>(COMMON);
        patterns.addAll(dayFirst ? DAY_FIRST : MONTH_FIRST);
        this.reader = TimeReader.of(patterns);
    }

    /** The time a cell holds: an Excel date or time as it is, text by the patterns; empty when unreadable. */
    Optional<TimeValue> read(CellValue cell) {
        if (cell instanceof CellValue.DateTime dateTime) {
            return Optional.of(new TimeValue.Local(dateTime.dateTime()));
        }
        if (cell instanceof CellValue.TimeOfDay time) {
            return Optional.of(new TimeValue.TimeOfDay(time.time()));
        }
        if (cell instanceof CellValue.Text text) {
            return reader.read(text.text());
        }
        return Optional.empty();
    }

    /**
     * What a text date says of the order of day and month: day first when its first number is above 12,
     * month first when its second is; empty when it cannot tell (both 12 or less, or not such a date).
     */
    static Optional<Boolean> dayFirst(String text) {
        Matcher date = NUMERIC_DATE.matcher(text);
        if (!date.find()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(date.group(1));
        int second = Integer.parseInt(date.group(2));
        if (first > 12 && second <= 12) {
            return Optional.of(true);
        }
        if (second > 12 && first <= 12) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    /** True for a text date whose day and month could be either way round ({@code 03/04/2026}). */
    static boolean isAmbiguous(String text) {
        Matcher date = NUMERIC_DATE.matcher(text);
        return date.find() && Integer.parseInt(date.group(1)) <= 12 && Integer.parseInt(date.group(2)) <= 12
                && !date.group(1).equals(date.group(2));
    }
}
