package io.witness.core.kpi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The KPI table as CSV (RFC 4180, comma-separated, a header line, {@code \n} line ends): one line per
 * cell, durations in minutes with two decimals, rates as a fraction with four (docs/kpis.md, "kpis.csv").
 * Thread-safe.
 */
public final class KpiCsv {

    /** The columns, in order. */
    public static final List<String> HEADER = List.of("provider", "timeline", "period", "kpi", "priority", "dimension",
            "value", "unit", "count", "numerator", "denominator", "mean_minutes", "median_minutes", "p90_minutes", "change",
            "change_unit", "direction");

    private KpiCsv() {
    }

    /** The whole table, header first. */
    public static String write(KpiTable table) {
        StringBuilder csv = new StringBuilder();
        line(csv, HEADER);
        for (KpiRow row : table.rows()) {
            line(csv, cells(row));
        }
        return csv.toString();
    }

    /** One row's cells, in {@link #HEADER}'s order; empty where a column does not apply. */
    public static List<String> cells(KpiRow row) {
        List<String> cells = new ArrayList<>(HEADER.size());
        cells.add(row.provider().value());
        cells.add(row.timeline().wireName());
        cells.add(row.period().toString());
        cells.add(row.kpi().wireName());
        cells.add(row.priorityLabel());
        cells.add(row.dimension());
        KpiValue value = row.value();
        if (value instanceof KpiValue.Rate rate) {
            cells.addAll(List.of(rate.figure().isPresent() ? String.format(Locale.ROOT, "%.4f", rate.figure().getAsDouble()) : "",
                    "ratio", Long.toString(rate.denominator()), Long.toString(rate.numerator()),
                    Long.toString(rate.denominator()), "", "", ""));
        } else if (value instanceof KpiValue.Times times) {
            boolean any = !times.isEmpty();
            cells.addAll(List.of(any ? minutes(times.medianMillis()) : "", "minutes", Long.toString(times.count()), "", "",
                    any ? minutes(times.meanMillis()) : "", any ? minutes(times.medianMillis()) : "",
                    any ? minutes(times.p90Millis()) : ""));
        } else {
            KpiValue.Count count = (KpiValue.Count) value;
            cells.addAll(List.of(Long.toString(count.count()), "cases", Long.toString(count.count()), "", "", "", "", ""));
        }
        if (row.change().isPresent()) {
            KpiChange change = row.change().get();
            cells.add(change.unit() == KpiChange.Unit.COUNT ? Long.toString((long) change.amount())
                    : String.format(Locale.ROOT, "%.1f", change.amount()));
            cells.add(change.unit() == KpiChange.Unit.COUNT ? "cases" : change.unit().symbol());
            cells.add(change.direction().wireName());
        } else {
            cells.addAll(List.of("", "", ""));
        }
        return cells;
    }

    private static String minutes(long millis) {
        return String.format(Locale.ROOT, "%.2f", millis / 60_000.0);
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            String cell = cells.get(i);
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                csv.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                csv.append(cell);
            }
        }
        csv.append('\n');
    }
}
