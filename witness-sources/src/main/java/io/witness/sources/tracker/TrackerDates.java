package io.witness.sources.tracker;

import io.witness.core.input.InputProblem;
import io.witness.sources.sheet.CellValue;
import io.witness.sources.sheet.SheetRow;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a tracker writes its text dates day first ({@code 13/03/2026}) or month first
 * ({@code 03/14/2026}): the mapping's {@code dates} when given; else what the dates show (a first number
 * above 12 is a day, a second one above 12 is a day); a file showing both ways is refused, and so is one
 * whose dates could all be read either way. Stateless.
 */
final class TrackerDates {

    private TrackerDates() {
    }

    /** The order, or empty with a problem. */
    static Optional<Boolean> dayFirst(String file, TrackerHeader header, List<SheetRow> rows, TrackerOptions options,
            List<InputProblem> problems) {
        if (options.dayFirst().isPresent()) {
            return options.dayFirst();
        }
        String dayFirst = null;
        String monthFirst = null;
        String ambiguous = null;
        for (SheetRow row : rows) {
            for (Map.Entry<TrackerColumn, Integer> column : header.columns().entrySet()) {
                if (!TrackerRows.isTime(column.getKey()) || !(TrackerRows.cell(row, column.getValue()) instanceof CellValue.Text text)) {
                    continue;
                }
                String where = where(file, row, column.getValue(), text.text());
                Optional<Boolean> says = TrackerTimes.dayFirst(text.text());
                if (says.isPresent() && says.get() && dayFirst == null) {
                    dayFirst = where;
                } else if (says.isPresent() && !says.get() && monthFirst == null) {
                    monthFirst = where;
                } else if (says.isEmpty() && ambiguous == null && TrackerTimes.isAmbiguous(text.text())) {
                    ambiguous = where;
                }
            }
        }
        if (dayFirst != null && monthFirst != null) {
            problems.add(new InputProblem(file, 0, 0, "", "expected dates written one way, found them day first (" + dayFirst
                    + ") and month first (" + monthFirst + ")"));
            return Optional.empty();
        }
        if (dayFirst == null && monthFirst == null && ambiguous != null) {
            problems.add(new InputProblem(file, 0, 0, "", "expected dates whose day and month can be told apart, found only dates such "
                    + "as " + ambiguous + " (give dates: day_first or month_first in a mapping file, --mapping)"));
            return Optional.empty();
        }
        return Optional.of(monthFirst == null);
    }

    private static String where(String file, SheetRow row, int column, String text) {
        String cell = row.isCsv() ? "line " + row.number() + ", column " + (column + 1) : row.sheet() + "!" + SheetRow.columnName(column) + row.number();
        return "'" + text.strip() + "' at " + cell;
    }
}
