package io.witness.app.report;

import io.witness.core.clock.ClockResult;
import io.witness.core.clock.ClockState;
import io.witness.core.reconcile.CaseReport;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * SLA compliance per provider × priority × clock × month, counted from the witnessed clocks: a clock
 * counts in the month (in the contract's zone) it ended in ({@link ClockResult#endedAt}), as credits count it;
 * running, paused, cancelled and not started clocks do not count. Months outside the report's are left
 * out. One pass over the clocks, so it is linear in the cases; the cases are counted in {@link Slices} on every core
 * and the slices' tallies added up in case order.
 */
final class Compliance {

    private static final String BREACH = "sla-breach/";

    private Compliance() {
    }

    private record Key(String provider, String priority, String clock, YearMonth month) {
    }

    private static final class Tally {
        int counted;
        int met;
        final List<String> breaches = new ArrayList<>();

        void add(Tally other) {
            counted += other.counted;
            met += other.met;
            breaches.addAll(other.breaches);
        }
    }

    /**
     * The compliance rows of the cases' witnessed clocks.
     *
     * @param breachFindings the ids of the register's sla-breach findings ({@link #isBreach}): a breached clock's
     *     finding is listed on its row when the register holds it
     */
    static List<ComplianceRow> of(List<CaseReport> reports, Set<String> breachFindings, ZoneId zone, YearMonth first,
            YearMonth last) {
        Months months = new Months(zone, first, last);
        List<Map<Key, Tally>> counted = Slices.of(reports).map(slice -> count(slice, breachFindings, months)).toList();
        // hashed while counting (a few million clocks), sorted once at the end (a few hundred rows)
        Map<Key, Tally> tallies = new HashMap<>();
        for (Map<Key, Tally> slice : counted) {
            slice.forEach((key, tally) -> tallies.computeIfAbsent(key, k -> new Tally()).add(tally));
        }
        List<Key> keys = new ArrayList<>(tallies.keySet());
        keys.sort(Comparator.comparing(Key::provider).thenComparing(Key::priority).thenComparing(Key::clock)
                .thenComparing(Key::month));
        List<ComplianceRow> rows = new ArrayList<>(keys.size());
        for (Key k : keys) {
            Tally t = tallies.get(k);
            rows.add(new ComplianceRow(k.provider(), k.priority(), k.clock(), k.month(), t.counted, t.met, t.breaches));
        }
        return rows;
    }

    /** Whether a finding id is an sla-breach finding's, the only kind that can be a clock's breach. */
    static boolean isBreach(String findingId) {
        return findingId.startsWith(BREACH);
    }

    private static Map<Key, Tally> count(List<CaseReport> reports, Set<String> findings, Months months) {
        Map<Key, Tally> tallies = new HashMap<>();
        for (CaseReport report : reports) {
            String provider = report.theCase().provider().value();
            String kase = report.theCase().id().value();
            List<ClockResult> clocks = report.clocks().witnessedClocks();
            // by index: an iterator per case is garbage a million cases make a million of
            for (int i = 0; i < clocks.size(); i++) {
                ClockResult clock = clocks.get(i);
                boolean met = clock.state() == ClockState.MET;
                if (!met && clock.state() != ClockState.BREACHED) {
                    continue;
                }
                Optional<Instant> end = clock.endedAt();
                if (end.isEmpty()) {
                    continue;
                }
                YearMonth month = months.of(end.get());
                if (month == null) {
                    continue;
                }
                String priority = clock.priority().map(p -> p.code()).orElse("none");
                Tally tally = tallies.computeIfAbsent(new Key(provider, priority, clock.clock(), month), k -> new Tally());
                tally.counted++;
                if (met) {
                    tally.met++;
                } else {
                    String id = BREACH + kase + "/" + clock.clock() + "/" + clock.side().wireName() + "/" + clock.cycle();
                    if (findings.contains(id)) {
                        tally.breaches.add(id);
                    }
                }
            }
        }
        return tallies;
    }

    /** The months reported and the instants they start at in the zone, to find an instant's month without a date-time. */
    private static final class Months {

        private final YearMonth[] months;
        /** {@code starts[i]} is when {@code months[i]} begins; the last entry is when the last month ends. */
        private final long[] starts;

        Months(ZoneId zone, YearMonth first, YearMonth last) {
            int n = 0;
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                n++;
            }
            months = new YearMonth[n];
            starts = new long[n + 1];
            YearMonth m = first;
            for (int i = 0; i <= n; i++, m = m.plusMonths(1)) {
                if (i < n) {
                    months[i] = m;
                }
                starts[i] = m.atDay(1).atStartOfDay(zone).toInstant().toEpochMilli();
            }
        }

        /** The month reported that the instant falls in, or null when it is outside them. */
        @Nullable YearMonth of(Instant instant) {
            long at = instant.toEpochMilli();
            if (months.length == 0 || at < starts[0] || at >= starts[months.length]) {
                return null;
            }
            int i = java.util.Arrays.binarySearch(starts, at);
            return months[i >= 0 ? i : -i - 2];
        }
    }
}
