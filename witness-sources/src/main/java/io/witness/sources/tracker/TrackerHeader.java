package io.witness.sources.tracker;

import io.witness.sources.sheet.Headers;
import io.witness.sources.sheet.SheetRow;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tracker's header row: the first of the first twenty rows (or the row a mapping names) in which at
 * least two headers name tracker columns, one of them the issue, the date or the time reported. Each
 * column is the first header that names it; every header keeps its name in the parsed form. Immutable.
 *
 * @param row the header's index among the sheet's rows
 * @param names each column's unique name (as written, {@code Name (2)} when repeated, {@code column N} when blank)
 * @param columns the column index of each tracker column found
 */
record TrackerHeader(int row, List<String> names, Map<TrackerColumn, Integer> columns) {

    static final int SEARCHED_ROWS = 20;

    TrackerHeader {
        names = List.copyOf(names);
        columns = Map.copyOf(columns);
    }

    /** The header of {@code rows}, if one is found. */
    static Optional<TrackerHeader> find(List<SheetRow> rows, TrackerOptions options) {
        int searched = 0;
        for (int r = 0; r < rows.size() && searched < SEARCHED_ROWS; r++) {
            SheetRow row = rows.get(r);
            if (row.isBlank()) {
                continue;
            }
            searched++;
            if (options.headerRow().isPresent() && row.number() != options.headerRow().get()) {
                continue;
            }
            TrackerHeader header = of(r, row, options);
            boolean anchored = header.columns.containsKey(TrackerColumn.ISSUE) || header.columns.containsKey(TrackerColumn.DATE)
                    || header.columns.containsKey(TrackerColumn.REPORTED);
            if (options.headerRow().isPresent() || (header.columns.size() >= 2 && anchored)) {
                return Optional.of(header);
            }
        }
        return Optional.empty();
    }

    private static TrackerHeader of(int index, SheetRow row, TrackerOptions options) {
        List<String> written = new ArrayList<>();
        for (int c = 0; c < row.cells().size(); c++) {
            written.add(row.cell(c).text());
        }
        List<String> names = Headers.unique(written);
        Map<TrackerColumn, Integer> columns = new EnumMap<>(TrackerColumn.class);
        for (int c = 0; c < written.size(); c++) {
            String header = written.get(c).strip();
            Optional<TrackerColumn> named = options.columns().entrySet().stream()
                    .filter(e -> e.getValue().strip().equalsIgnoreCase(header)).map(Map.Entry::getKey).findFirst()
                    .or(() -> TrackerColumn.named(header));
            if (named.isPresent() && !columns.containsKey(named.get())) {
                columns.put(named.get(), c);
            }
        }
        return new TrackerHeader(index, names, columns);
    }

    /** The header as written for a column found. */
    String name(TrackerColumn column) {
        return names.get(columns.get(column));
    }
}
