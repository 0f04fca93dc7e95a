package io.witness.app.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The kinds of report written from one audit's facts, by the names {@code --kinds} takes. */
public enum ReportKind {
    /** The independent audit report. */
    AUDIT,
    /** One monthly service report per month. */
    MONTHLY,
    /** One quarterly business review pack per quarter. */
    QBR,
    /** The renewal brief (or transition case) over the whole period. */
    RENEWAL,
    /** The client's letter claiming the service credits owed. */
    CLAIM;

    /** {@code audit}, {@code monthly}… */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kinds a comma-separated list names, in this enum's order.
     *
     * @throws IllegalArgumentException naming every word that is not a kind
     */
    public static Set<ReportKind> parse(String list) {
        Set<ReportKind> kinds = EnumSet.noneOf(ReportKind.class);
        List<String> wrong = new ArrayList<>();
        for (String word : list.split(",", -1)) {
            String w = word.strip();
            boolean found = false;
            for (ReportKind kind : values()) {
                if (kind.wireName().equals(w)) {
                    kinds.add(kind);
                    found = true;
                }
            }
            if (!found) {
                wrong.add("'" + w + "'");
            }
        }
        if (!wrong.isEmpty()) {
            throw new IllegalArgumentException("expected some of audit, monthly, qbr, renewal, claim separated by commas, found "
                    + String.join(", ", wrong));
        }
        return kinds;
    }
}
