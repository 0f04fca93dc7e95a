package io.witness.bench.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an audit of the demo tenant must find, worked out from the plan: every witnessed clock met or
 * breached by construction, the credits by section 6's arithmetic, and the findings the plants imply.
 */
final class ExpectedFigures {

    static final BigDecimal MONTHLY_FEE = new BigDecimal("15150.00");
    private static final BigDecimal P1_LATE = new BigDecimal("500.00");

    final List<PlannedTicket> tickets;
    final List<PlannedClock> clocks = new ArrayList<>();
    final Map<String, Integer> findingsByKind = new TreeMap<>();
    final Map<String, Integer> findingsByCategory = new TreeMap<>();
    /** Per month: P1/P2 response and resolution clocks counted, met, the tier credit and the per-breach credit. */
    final Map<YearMonth, long[]> creditClocks = new TreeMap<>();
    final Map<YearMonth, BigDecimal> credits = new TreeMap<>();

    ExpectedFigures(List<PlannedTicket> tickets) {
        this.tickets = tickets;
        for (PlannedTicket t : tickets) {
            List<PlannedClock> witnessed = ClockPlans.of(t);
            clocks.addAll(witnessed);
            for (PlannedClock c : witnessed) {
                if (!c.met()) {
                    count("sla-breach", c.clock().equals("update") ? "poor-communication" : "missed-sla");
                }
            }
            if (t.recorded() == PlannedTicket.Recorded.CLIENT_ONLY) {
                count("one-sided-case", "undelivered-service");
            } else if (t.recorded() == PlannedTicket.Recorded.PROVIDER_ONLY) {
                count("one-sided-case", "reporting-failure");
            } else {
                disagreements(t);
            }
            if (t.rewrittenReply().isPresent()) {
                count("history-rewrite", "reporting-failure");
            }
        }
        credits();
    }

    /** Both records' clocks compared: a verdict that differs, or 5 minutes or more apart, is a disagreement. */
    private void disagreements(PlannedTicket t) {
        List<Instant> providerReplies = new ArrayList<>(t.replies());
        t.rewrittenReply().ifPresent(r -> providerReplies.set(0, r));
        List<PlannedClock> client = ClockPlans.of(t, t.opened(), t.replies());
        List<PlannedClock> provider = ClockPlans.of(t, t.entered(), providerReplies);
        for (int i = 0; i < Math.min(client.size(), provider.size()); i++) {
            PlannedClock c = client.get(i);
            PlannedClock p = provider.get(i);
            if (c.met() != p.met() || Math.abs(c.elapsed() - p.elapsed()) >= 5) {
                count("clock-disagreement", "reporting-failure");
            }
        }
    }

    private void count(String kind, String category) {
        findingsByKind.merge(kind, 1, Integer::sum);
        findingsByCategory.merge(category, 1, Integer::sum);
    }

    /** Section 6: 5/10/15 % below 95/90/85 % P1-P2 attainment (10 clocks at least), 500 USD a late P1 resolution, 20 % cap a month. */
    private void credits() {
        for (PlannedClock c : clocks) {
            if ((c.ticket().priority().equals("P1") || c.ticket().priority().equals("P2")) && !c.clock().equals("update")) {
                long[] tally = creditClocks.computeIfAbsent(c.creditMonth(), m -> new long[2]);
                tally[0]++;
                if (c.met()) {
                    tally[1]++;
                }
            }
        }
        creditClocks.forEach((month, tally) -> {
            BigDecimal owed = BigDecimal.ZERO;
            if (tally[0] >= 10) {
                BigDecimal attainment = BigDecimal.valueOf(tally[1] * 100).divide(BigDecimal.valueOf(tally[0]), 10, RoundingMode.HALF_UP);
                int percent = attainment.compareTo(BigDecimal.valueOf(85)) < 0 ? 15
                        : attainment.compareTo(BigDecimal.valueOf(90)) < 0 ? 10
                        : attainment.compareTo(BigDecimal.valueOf(95)) < 0 ? 5 : 0;
                owed = owed.add(MONTHLY_FEE.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
            }
            long lateP1 = clocks.stream().filter(c -> c.ticket().priority().equals("P1") && c.clock().equals("resolution") && !c.met()
                    && c.creditMonth().equals(month)).count();
            owed = owed.add(P1_LATE.multiply(BigDecimal.valueOf(lateP1)));
            BigDecimal cap = MONTHLY_FEE.multiply(new BigDecimal("0.20"));
            credits.put(month, owed.min(cap).setScale(2, RoundingMode.HALF_UP));
        });
    }

    long counted() {
        return clocks.size();
    }

    long met() {
        return clocks.stream().filter(PlannedClock::met).count();
    }

    /** Attainment in percent, one decimal, half up, as the report prints it. */
    String attainment() {
        return BigDecimal.valueOf(met() * 100).divide(BigDecimal.valueOf(counted()), 1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    BigDecimal creditTotal() {
        return credits.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    }

    int findings() {
        return findingsByKind.values().stream().mapToInt(Integer::intValue).sum();
    }

    long count(PlannedTicket.Recorded recorded) {
        return tickets.stream().filter(t -> t.recorded() == recorded).count();
    }

    long unreferenced() {
        return tickets.stream().filter(t -> t.recorded() == PlannedTicket.Recorded.BOTH && !t.referenced()).count();
    }
}
