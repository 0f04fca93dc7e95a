package io.witness.sources.tracker;

import io.witness.core.input.InputProblem;
import io.witness.core.input.Problems;
import io.witness.core.input.YamlDocument;
import io.witness.core.input.YamlNode;
import io.witness.sources.format.ImportContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a tracker's optional mapping file ({@code --mapping}) may say when the columns' names and the dates
 * do not tell enough: which sheet, the header's row, whether dates are written day or month first, and
 * the header of a column under a name not in the list. Immutable.
 *
 * @param sheet the sheet to read (XLSX), if given
 * @param headerRow the header's row or line (1-based), if given
 * @param dayFirst whether {@code 03/04/2026} is 3 April (true) or 4 March (false), if given
 * @param columns headers to read as a column, besides its usual names
 */
record TrackerOptions(Optional<String> sheet, Optional<Integer> headerRow, Optional<Boolean> dayFirst,
        Map<TrackerColumn, String> columns) {

    static final List<String> KEYS = List.of("sheet", "header_row", "dates", "columns");

    TrackerOptions {
        columns = Map.copyOf(columns);
    }

    /** No options: everything found from the file. */
    static TrackerOptions none() {
        return new TrackerOptions(Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
    }

    /** The options of the context's mapping file, or none; empty with problems when the file is wrong. */
    static Optional<TrackerOptions> of(ImportContext context, List<InputProblem> problems) {
        if (context.mapping().isEmpty()) {
            return Optional.of(none());
        }
        ImportContext.TextFile file = context.mapping().get();
        Problems found = new Problems();
        Optional<TrackerOptions> options = YamlDocument.parse(file.text(), file.name(), found).flatMap(TrackerOptions::read);
        List<InputProblem> sorted = new ArrayList<>(found.list());
        sorted.sort(Comparator.comparingInt(InputProblem::line).thenComparingInt(InputProblem::column));
        problems.addAll(sorted);
        return found.isEmpty() ? options : Optional.empty();
    }

    private static Optional<TrackerOptions> read(YamlNode root) {
        Map<String, YamlNode> keys = root.entries(KEYS);
        Optional<String> sheet = Optional.ofNullable(keys.get("sheet")).flatMap(YamlNode::text);
        Optional<Integer> headerRow = Optional.ofNullable(keys.get("header_row")).flatMap(n -> n.integer()
                .flatMap(i -> i >= 1 ? Optional.of(i) : n.fail("expected the header's row, 1 or more, found " + i)));
        Optional<Boolean> dayFirst = Optional.ofNullable(keys.get("dates")).flatMap(n -> n.text().flatMap(t -> switch (t) {
            case "day_first" -> Optional.of(true);
            case "month_first" -> Optional.of(false);
            default -> n.fail("expected day_first or month_first, found '" + t + "'");
        }));
        Map<TrackerColumn, String> columns = new EnumMap<>(TrackerColumn.class);
        if (keys.containsKey("columns")) {
            keys.get("columns").entries(TrackerColumn.keys()).forEach((key, header) -> header.text()
                    .ifPresent(h -> columns.put(TrackerColumn.byKey(key).orElseThrow(), h)));
        }
        return root.problems().isEmpty() ? Optional.of(new TrackerOptions(sheet, headerRow, dayFirst, columns)) : Optional.empty();
    }
}
