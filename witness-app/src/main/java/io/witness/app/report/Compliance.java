package io.witness.app.report;

import io.witness.core.clock.ClockResult;
import io.witness.core.clock.ClockState;
import io.witness.core.reconcile.CaseReport;
import io.witness.core.register.GapRecord;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * SLA compliance per provider × priority × clock × month, counted from the witnessed clocks: a clock
 * counts in the month (in the contract's zone) it ended in ({@link ClockResult#endedAt}), as credits count it;
 * running, paused, cancelled and not started clocks do not count. Months outside the report's are left
 * out. One pass over the clocks, so it is linear in the cases.
 */
final class Compliance {

    private Compliance() {
    }

    static List<ComplianceRow> of(List<CaseReport> reports, List<GapRecord> gaps, ZoneId zone, YearMonth first,
            YearMonth last) {
        Set<String> findings = new HashSet<>(gaps.size() * 2);
        for (GapRecord gap : gaps) {
            findings.add(gap.finding().id());
        }
        record Key(String provider, String priority, String clock, YearMonth month) {
        }
        final class Tally {
            int counted;
            int met;
            final List<String> breaches = new ArrayList<>();
        }
        // hashed while counting (a few million clocks), sorted once at the end (a few hundred rows)
        Map<Key, Tally> tallies = new HashMap<>();
        for (CaseReport report : reports) {
            String provider = report.theCase().provider().value();
            String kase = report.theCase().id().value();
            for (ClockResult clock : report.clocks().witnessedClocks()) {
                boolean met = clock.state() == ClockState.MET;
                if (!met && clock.state() != ClockState.BREACHED) {
                    continue;
                }
                Optional<Instant> end = clock.endedAt();
                if (end.isEmpty()) {
                    continue;
                }
                YearMonth month = YearMonth.from(end.get().atZone(zone));
                if (month.isBefore(first) || month.isAfter(last)) {
                    continue;
                }
                String priority = clock.priority().map(p -> p.code()).orElse("none");
                Tally tally = tallies.computeIfAbsent(new Key(provider, priority, clock.clock(), month), k -> new Tally());
                tally.counted++;
                if (met) {
                    tally.met++;
                } else {
                    String id = "sla-breach/" + kase + "/" + clock.clock() + "/" + clock.side().wireName() + "/" + clock.cycle();
                    if (findings.contains(id)) {
                        tally.breaches.add(id);
                    }
                }
            }
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
}
