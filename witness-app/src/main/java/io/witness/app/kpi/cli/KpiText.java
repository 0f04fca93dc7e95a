package io.witness.app.kpi.cli;

import io.witness.core.contract.PartyId;
import io.witness.core.event.Side;
import io.witness.core.kpi.KpiChange;
import io.witness.core.kpi.KpiRow;
import io.witness.core.kpi.KpiValue;
import io.witness.core.kpi.ReportingPeriods;
import io.witness.core.pattern.Pattern;
import io.witness.core.reconcile.Durations;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The KPI table as a person reads it: one line per KPI, priority and dimension, one column per period
 * (rates as a percentage with their counts, durations as the median with the count, counts as they
 * are), the last period's change at the end; then the patterns' sentences.
 */
final class KpiText {

    private KpiText() {
    }

    static String of(KpiAudit audit, Side timeline, boolean byPriority, Instant now) {
        ReportingPeriods periods = audit.periods();
        StringBuilder text = new StringBuilder();
        Set<PartyId> providers = new TreeSet<>(Comparator.comparing(PartyId::value));
        audit.report().kpis().rows(timeline).forEach(r -> providers.add(r.provider()));
        for (PartyId provider : providers) {
            text.append("KPIs of ").append(provider).append(", ").append(timeline.wireName()).append(" timeline, ")
                    .append(periods).append(", as of ").append(now).append(" (durations: median (count))\n\n");
            Map<String, List<KpiRow>> lines = new LinkedHashMap<>();
            for (KpiRow row : audit.report().kpis().rows(provider, timeline)) {
                if (byPriority || row.priority().isEmpty()) {
                    lines.computeIfAbsent(row.kpi().wireName() + "\t" + row.priorityLabel() + "\t" + row.dimension(),
                            k -> new ArrayList<>()).add(row);
                }
            }
            List<List<String>> table = new ArrayList<>();
            List<String> header = new ArrayList<>(List.of("kpi", "priority", "dimension"));
            periods.periods().forEach(p -> header.add(p.toString()));
            header.add("change");
            table.add(header);
            lines.forEach((key, rows) -> {
                List<String> cells = new ArrayList<>(List.of(key.split("\t", -1)));
                rows.forEach(r -> cells.add(compact(r.value())));
                cells.add(rows.get(rows.size() - 1).change().map(KpiChange::toString).orElse(""));
                table.add(cells);
            });
            text.append(columns(table)).append('\n');
        }
        List<Pattern> patterns = audit.report().patterns();
        text.append("Patterns (").append(timeline.wireName()).append(" timeline):\n");
        if (patterns.isEmpty()) {
            text.append("- none: no case opened in the periods\n");
        }
        for (Pattern pattern : patterns) {
            text.append("- ").append(providers.size() > 1 ? pattern.provider() + ": " : "").append(pattern.sentence())
                    .append('\n');
        }
        return text.toString();
    }

    /** {@code 66.7% (4/6)}, {@code 1 h 2 min (5)}, {@code 12}, or {@code -} without a figure. */
    static String compact(KpiValue value) {
        if (value.isEmpty()) {
            return "-";
        }
        if (value instanceof KpiValue.Rate rate) {
            return String.format(Locale.ROOT, "%.1f%% (%d/%d)", 100.0 * rate.numerator() / rate.denominator(),
                    rate.numerator(), rate.denominator());
        }
        if (value instanceof KpiValue.Times times) {
            return Durations.words(Duration.ofMillis(times.medianMillis())) + " (" + times.count() + ")";
        }
        return value.headline();
    }

    private static String columns(List<List<String>> table) {
        int[] widths = new int[table.get(0).size()];
        for (List<String> row : table) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<String> row : table) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                line.append(row.get(c)).append(" ".repeat(widths[c] - row.get(c).length() + 2));
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }
}
