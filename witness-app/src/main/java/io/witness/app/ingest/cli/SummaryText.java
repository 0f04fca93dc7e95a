package io.witness.app.ingest.cli;

import io.witness.sources.format.ImportContext;
import io.witness.sources.format.UnmappedValue;
import io.witness.sources.ingest.ImportSummary;
import io.witness.sources.ingest.ImportTimings;
import io.witness.sources.ingest.Rewrite;
import java.time.Duration;
import java.util.Locale;

/** The summary an import prints: counts, then each rewrite and each unmapped value with its count. */
public final class SummaryText {

    /** Rewrites listed one a line; more are counted. */
    static final int REWRITES_LISTED = 50;

    private SummaryText() {
    }

    static String of(ImportSummary summary, ImportContext context) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "imported %d %s as %s evidence of tenant %s from %s%n", summary.files().size(),
                summary.files().size() == 1 ? "file" : "files", context.side().wireName(), context.tenant(), context.source()));
        line(text, "rows read", number(summary.rowsRead()));
        line(text, "observations added", number(summary.added()));
        line(text, "already present", number(summary.alreadyPresent()));
        line(text, "cases", number(summary.cases()));
        line(text, "events", number(summary.events()));
        line(text, "rewrites found", number(summary.rewrites().size()));
        line(text, "unmapped values", summary.unmapped().isEmpty() ? "none"
                : number(summary.unmapped().size()) + " (" + number(summary.unmapped().stream().mapToLong(UnmappedValue::count).sum())
                        + " events); map them in the contract's status_classes and priority_maps");
        line(text, "ledger", summary.logSize() == 0 ? "no observations yet, no checkpoint"
                : number(summary.logSize()) + " observations, checkpoint signed");
        line(text, "time", time(summary));
        if (!summary.rewrites().isEmpty()) {
            text.append("rewrites (both versions are kept):\n");
            summary.rewrites().stream().limit(REWRITES_LISTED).forEach(r -> text.append("  ").append(r.describe()).append('\n'));
            if (summary.rewrites().size() > REWRITES_LISTED) {
                text.append("  … and ").append(number(summary.rewrites().size() - REWRITES_LISTED)).append(" more\n");
            }
        }
        if (!summary.unmapped().isEmpty()) {
            text.append("unmapped values (left without a class or priority):\n");
            for (UnmappedValue value : summary.unmapped()) {
                text.append(String.format(Locale.ROOT, "  %s '%s': %s%n", value.field(), value.value(), number(value.count())));
            }
        }
        return text.toString();
    }

    /**
     * The summary in one line, as {@code ./witness audit} prints each of its imports, then each unmapped value
     * (the rewrites are findings of the report).
     */
    public static String brief(ImportSummary summary) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "  %s rows: %s added, %s already present; %s cases, %s events; %s rewrites; %s unmapped values; %s%n",
                number(summary.rowsRead()), number(summary.added()), number(summary.alreadyPresent()), number(summary.cases()),
                number(summary.events()), number(summary.rewrites().size()), number(summary.unmapped().size()),
                seconds(summary.timings().total())));
        for (UnmappedValue value : summary.unmapped()) {
            text.append(String.format(Locale.ROOT, "    unmapped %s '%s': %s%n", value.field(), value.value(), number(value.count())));
        }
        return text.toString();
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(String.format(Locale.ROOT, "  %-19s %s%n", label, value));
    }

    private static String time(ImportSummary summary) {
        ImportTimings t = summary.timings();
        double seconds = t.total().toNanos() / 1e9;
        String rate = seconds > 0 ? ", " + number(Math.round(summary.rowsRead() / seconds)) + " rows/s" : "";
        return String.format(Locale.ROOT, "%s%s (reading %s, then storing %s with parsing %s and mapping %s beside it)", seconds(t.total()),
                rate, seconds(t.reading()), seconds(t.storing()), seconds(t.parsing()), seconds(t.mapping()));
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.2f s", d.toNanos() / 1e9);
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
