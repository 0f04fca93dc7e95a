package io.witness.bench.reconcile;

import io.witness.core.contract.Contract;
import io.witness.core.kpi.CaseProfile;
import io.witness.core.kpi.CaseProfiles;
import io.witness.core.kpi.KpiOptions;
import io.witness.core.kpi.KpiTable;
import io.witness.core.kpi.Kpis;
import io.witness.core.kpi.ProfileGroups;
import io.witness.core.kpi.ReportingPeriods;
import io.witness.core.pattern.Pattern;
import io.witness.core.pattern.PatternOptions;
import io.witness.core.pattern.Patterns;
import io.witness.core.reconcile.Case;
import io.witness.core.reconcile.CaseClocks;
import io.witness.core.reconcile.Correlation;
import io.witness.core.reconcile.ReconcileRules;
import io.witness.core.reconcile.Reconciler;
import io.witness.core.reconcile.Ticket;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The KPI and pattern stages of a generated tenant ({@link TenantGenerator}, dental-150, twelve months of
 * 2026), timed apart from the rest: the cases are correlated and their clocks computed first (not timed),
 * then, for each round, the profiles (each case read once per timeline, both cores), the KPI table and the
 * patterns, each with its wall and process CPU time; the median round is the figure.
 *
 * <p>With {@code --streamed} (for a million cases in a smaller heap) each case's clocks are computed and
 * read into its profiles at once and then dropped, untimed; the rounds time the KPI table and the patterns.
 *
 * <pre>witness-bench/run-kpis [--cases N] [--rounds R] [--seed S] [--streamed]</pre>
 */
public final class KpiBenchmark {

    private KpiBenchmark() {
    }

    public static void main(String[] args) {
        int cases = 200_000;
        int rounds = 5;
        long seed = 7;
        boolean streamed = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--cases" -> cases = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--streamed" -> streamed = true;
                default -> {
                    System.err.println("Unknown argument '" + args[i] + "'; usage: run-kpis [--cases N] [--rounds R] [--seed S] [--streamed]");
                    System.exit(2);
                }
            }
        }
        if (streamed) {
            runStreamed(cases, rounds, seed, System.out);
        } else {
            run(cases, rounds, seed, System.out);
        }
    }

    /** The profiles made as the clocks are computed (untimed); the rounds time the KPI table and the patterns. */
    static long runStreamed(int cases, int rounds, long seed, PrintStream out) {
        Contract contract = ReconcileBenchmark.contract();
        long started = System.nanoTime();
        KpiOptions options = KpiOptions.of(contract, ReportingPeriods.parse("2026-01..2026-12", contract.header().zone()),
                ReconcileBenchmark.NOW);
        List<Ticket> tickets = new TenantGenerator(seed).tickets(cases);
        long events = tickets.stream().mapToLong(t -> t.events().size()).sum();
        List<Case> correlated = Correlation.withDefaults().correlate(tickets, TenantGenerator.PROVIDER).cases();
        tickets = null;
        Reconciler reconciler = new Reconciler(contract, ReconcileRules.defaults());
        List<CaseProfile> profiles = correlated.parallelStream()
                .flatMap(c -> CaseProfiles.of(reconciler.clocks(c, ReconcileBenchmark.NOW), options).stream()).toList();
        int count = correlated.size();
        correlated = null;
        out.printf(Locale.ROOT, "tenant: %,d cases, %,d events, %,d profiles made with the clocks (%,d ms, not timed); "
                + "cores: %d%n", count, events, profiles.size(), (System.nanoTime() - started) / 1_000_000,
                Runtime.getRuntime().availableProcessors());
        long[] totals = new long[rounds];
        long[] cpu = new long[rounds];
        for (int round = 0; round < rounds; round++) {
            // As PerformanceReport.of: the profiles grouped once (timed with the table), then read by both.
            ProfileGroups[] groups = new ProfileGroups[1];
            ReconcileBenchmark.Stage<KpiTable> table = ReconcileBenchmark.Stage.time("kpi table", () -> {
                groups[0] = ProfileGroups.of(profiles, options.priorities(), options.timelines());
                return Kpis.compute(groups[0], options);
            });
            ReconcileBenchmark.Stage<List<Pattern>> found = ReconcileBenchmark.Stage.time("patterns",
                    () -> Patterns.find(groups[0], options, PatternOptions.defaults()));
            totals[round] = table.millis() + found.millis();
            cpu[round] = table.cpuMillis() + found.cpuMillis();
            out.printf(Locale.ROOT, "round %d: kpi table %,d ms (CPU %,d, %,d MB), patterns %,d ms (CPU %,d, %,d MB) = %,d ms%n",
                    round + 1, table.millis(), table.cpuMillis(), table.allocatedMb(), found.millis(), found.cpuMillis(),
                    found.allocatedMb(), totals[round]);
        }
        int median = medianIndex(totals);
        out.printf(Locale.ROOT, "median round: %,d ms wall, %,d ms process CPU for %,d cases (%.1f µs CPU a case)%n",
                totals[median], cpu[median], count, cpu[median] * 1000.0 / count);
        return totals[median];
    }

    /** Generates the tenant, computes its clocks, then times the KPI stages; returns the median round's total ms. */
    static long run(int cases, int rounds, long seed, PrintStream out) {
        Contract contract = ReconcileBenchmark.contract();
        long started = System.nanoTime();
        List<Ticket> tickets = new TenantGenerator(seed).tickets(cases);
        List<Case> correlated = Correlation.withDefaults().correlate(tickets, TenantGenerator.PROVIDER).cases();
        Reconciler reconciler = new Reconciler(contract, ReconcileRules.defaults());
        List<CaseClocks> clocks = correlated.parallelStream().map(c -> reconciler.clocks(c, ReconcileBenchmark.NOW)).toList();
        long events = tickets.stream().mapToLong(t -> t.events().size()).sum();
        out.printf(Locale.ROOT, "tenant: %,d cases, %,d events, clocks computed (%,d ms, not timed); cores: %d%n",
                clocks.size(), events, (System.nanoTime() - started) / 1_000_000, Runtime.getRuntime().availableProcessors());
        KpiOptions options = KpiOptions.of(contract, ReportingPeriods.parse("2026-01..2026-12", contract.header().zone()),
                ReconcileBenchmark.NOW);
        long[] totals = new long[rounds];
        long[][] stages = new long[rounds][6];
        int rows = 0;
        int patterns = 0;
        for (int round = 0; round < rounds; round++) {
            ReconcileBenchmark.Stage<List<CaseProfile>> profiles = ReconcileBenchmark.Stage.time("profiles",
                    () -> clocks.parallelStream().flatMap(c -> CaseProfiles.of(c, options).stream()).toList());
            // As PerformanceReport.of: the profiles grouped once (timed with the table), then read by both.
            ProfileGroups[] groups = new ProfileGroups[1];
            ReconcileBenchmark.Stage<KpiTable> table = ReconcileBenchmark.Stage.time("kpi table", () -> {
                groups[0] = ProfileGroups.of(profiles.result(), options.priorities(), options.timelines());
                return Kpis.compute(groups[0], options);
            });
            ReconcileBenchmark.Stage<List<Pattern>> found = ReconcileBenchmark.Stage.time("patterns",
                    () -> Patterns.find(groups[0], options, PatternOptions.defaults()));
            stages[round] = new long[] {profiles.millis(), profiles.cpuMillis(), table.millis(), table.cpuMillis(),
                found.millis(), found.cpuMillis()};
            totals[round] = profiles.millis() + table.millis() + found.millis();
            rows = table.result().rows().size();
            patterns = found.result().size();
            out.printf(Locale.ROOT, "round %d: profiles %,d ms (CPU %,d, %,d MB), kpi table %,d ms (CPU %,d, %,d MB), patterns"
                    + " %,d ms (CPU %,d, %,d MB) = %,d ms%n", round + 1, stages[round][0], stages[round][1],
                    profiles.allocatedMb(), stages[round][2], stages[round][3], table.allocatedMb(), stages[round][4],
                    stages[round][5], found.allocatedMb(), totals[round]);
        }
        int median = medianIndex(totals);
        long[] m = stages[median];
        out.printf(Locale.ROOT, "median round: %,d ms wall, %,d ms process CPU for %,d cases (%.1f µs CPU a case): profiles "
                + "%,d ms, kpi table %,d ms, patterns %,d ms; %,d KPI rows, %,d patterns%n", totals[median], m[1] + m[3] + m[5],
                clocks.size(), (m[1] + m[3] + m[5]) * 1000.0 / clocks.size(), m[0], m[2], m[4], rows, patterns);
        return totals[median];
    }

    private static int medianIndex(long[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(values[a], values[b]));
        return order[values.length / 2];
    }
}
