package io.witness.bench.reconcile;

import io.witness.core.audit.Audit;
import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractYaml;
import io.witness.core.credit.CreditStatement;
import io.witness.core.kpi.ReportingPeriods;
import io.witness.core.pattern.PerformanceReport;
import io.witness.core.reconcile.CaseReport;
import io.witness.core.reconcile.Correlated;
import io.witness.core.reconcile.ReconcileRules;
import io.witness.core.reconcile.Ticket;
import io.witness.core.register.GapRecord;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reconciles a generated tenant ({@link TenantGenerator}) under the dental-150 contract, stage by stage,
 * and prints the time of each: correlate, clocks and findings (both cores), register, KPIs (both cores),
 * credits. The tickets are made in memory first (not timed); the store's part is measured by
 * {@code run-reconcile --store}, see witness-bench/README.md.
 *
 * <pre>witness-bench/run-reconcile [--cases N] [--seed S] [--serial]</pre>
 */
public final class ReconcileBenchmark {

    static final Instant NOW = Instant.parse("2027-01-15T00:00:00Z");

    private ReconcileBenchmark() {
    }

    public static void main(String[] args) {
        int cases = 1_000_000;
        long seed = 7;
        boolean parallel = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--cases" -> cases = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--serial" -> parallel = false;
                default -> {
                    System.err.println("Unknown argument '" + args[i] + "'; usage: run-reconcile [--cases N] [--seed S] [--serial]");
                    System.exit(2);
                }
            }
        }
        run(cases, seed, parallel, System.out);
    }

    /** Generates and reconciles the tenant; prints each stage. Returns the milliseconds of the timed stages. */
    static long run(int cases, long seed, boolean parallel, PrintStream out) {
        Contract contract = contract();
        long started = System.nanoTime();
        List<Ticket> tickets = new TenantGenerator(seed).tickets(cases);
        long events = tickets.stream().mapToLong(t -> t.events().size()).sum();
        out.printf(Locale.ROOT, "tenant: %,d cases, %,d tickets, %,d events (generated in %,d ms, not timed)%n", cases,
                tickets.size(), events, (System.nanoTime() - started) / 1_000_000);
        out.printf(Locale.ROOT, "cores: %d, heap max %,d MB, %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, parallel ? "parallel" : "serial");
        Audit audit = new Audit(contract, ReconcileRules.defaults());
        long total = 0;
        Stage<Correlated> correlated = Stage.time("correlate", () -> audit.correlate(tickets));
        total += correlated.print(out, events);
        Stage<List<CaseReport>> reports = Stage.time("clocks and findings",
                () -> audit.reconcile(correlated.result().cases(), NOW, Map.of(), parallel));
        total += reports.print(out, events);
        Stage<List<GapRecord>> gaps = Stage.time("register", () -> audit.register(reports.result(), List.of(), NOW));
        total += gaps.print(out, events);
        ReportingPeriods periods = ReportingPeriods.parse("2026-01..2026-12", contract.header().zone());
        Stage<PerformanceReport> kpis = Stage.time("kpis and patterns", () -> audit.performance(reports.result(), periods, NOW,
                parallel));
        total += kpis.print(out, events);
        Stage<List<CreditStatement>> credits = Stage.time("credits",
                () -> audit.credits(reports.result(), YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
        total += credits.print(out, events);
        long clocks = reports.result().stream().mapToLong(r -> r.clocks().all().size()).sum();
        long findings = reports.result().stream().mapToLong(r -> r.findings().size()).sum();
        out.printf(Locale.ROOT, "result: %,d cases (%,d ambiguous), %,d clocks, %,d findings, %,d register entries, %,d KPI"
                + " rows, %,d credit statements%n", correlated.result().cases().size(), correlated.result().ambiguities().size(),
                clocks, findings, gaps.result().size(), kpis.result().kpis().rows().size(), credits.result().size());
        Runtime runtime = Runtime.getRuntime();
        out.printf(Locale.ROOT, "heap in use at the end: %,d MB%n", (runtime.totalMemory() - runtime.freeMemory()) >> 20);
        out.printf(Locale.ROOT, "total of the timed stages: %,d ms (%.2f M events/s); goal for 1 M cases: <= 30,000 ms from"
                + " the store%n", total, events / 1000.0 / Math.max(1, total));
        return total;
    }

    static Contract contract() {
        Path file = Files.exists(Path.of("examples/dental-150/contract.yaml")) ? Path.of("examples/dental-150/contract.yaml")
                : Path.of("../examples/dental-150/contract.yaml");
        try {
            return ContractYaml.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stage's result and its milliseconds. */
    record Stage<T>(String name, T result, long millis, long cpuMillis) {

        static <T> Stage<T> time(String name, Supplier<T> work) {
            long cpu = cpuNanos();
            long started = System.nanoTime();
            T result = work.get();
            return new Stage<>(name, result, (System.nanoTime() - started) / 1_000_000, (cpuNanos() - cpu) / 1_000_000);
        }

        long print(PrintStream out, long events) {
            out.printf(Locale.ROOT, "  %-22s %,9d ms  (%.2f M events/s; process CPU %,d ms)%n", name, millis,
                    events / 1000.0 / Math.max(1, millis), cpuMillis);
            return millis;
        }

        /** The process's CPU time: on a shared machine it says what the stage cost when wall time does not. */
        static long cpuNanos() {
            return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
        }
    }
}
