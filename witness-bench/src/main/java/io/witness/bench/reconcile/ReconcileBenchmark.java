package io.witness.bench.reconcile;

import io.witness.core.audit.Audit;
import io.witness.core.audit.Reconciliation;
import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractYaml;
import io.witness.core.credit.CreditStatement;
import io.witness.core.kpi.ReportingPeriods;
import io.witness.core.pattern.PerformanceReport;
import io.witness.core.reconcile.CaseReport;
import io.witness.core.reconcile.Correlated;
import io.witness.core.reconcile.ReconcileRules;
import io.witness.core.reconcile.RecordChange;
import io.witness.core.reconcile.Ticket;
import io.witness.core.register.GapRecord;
import io.witness.sources.tenant.TenantTickets;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reconciles a generated tenant ({@link TenantGenerator}) under the dental-150 contract, stage by stage,
 * and prints the time of each: correlate; clocks, findings and per-case parts (both cores: each case's report, and
 * in the same task its register entries, KPI profiles and credit clocks); then register, KPIs and patterns, and
 * credits, each putting the cases' parts together. The tickets are made in memory first (not timed). With {@code --store} they are first stored in
 * a real ledger (embedded PostgreSQL, not timed) and the first stage reads them back and normalises them
 * as {@code ./witness reconcile --tenant} does. Two baselines, not in the total, put the figures in
 * proportion on a shared machine: every event read once in memory, and (with {@code --store}) the
 * observations only read from the ledger. See witness-bench/README.md.
 *
 * <p>{@code --ledger DIR} is {@code --store} in a folder that is kept: a later run with the same folder, cases
 * and seed reads the tenant stored then instead of storing it again.
 *
 * <p>{@code --fingerprint} prints a SHA-256 of each stage's output ({@link ResultFingerprint}) after the run: a change of how
 * the stages work must not change it.
 *
 * <p>{@code --no-read-baseline} leaves out the "baseline, store read only" (every stored observation read through JDBC and
 * nothing more): at a million cases it takes some 90 s of the run and is not one of the timed stages.
 *
 * <pre>witness-bench/run-reconcile [--cases N] [--seed S] [--serial] [--store | --ledger DIR] [--fingerprint]
 *     [--no-read-baseline]</pre>
 */
public final class ReconcileBenchmark {

    static final Instant NOW = Instant.parse("2027-01-15T00:00:00Z");

    private ReconcileBenchmark() {
    }

    public static void main(String[] args) {
        int cases = 1_000_000;
        long seed = 7;
        boolean parallel = true;
        boolean store = false;
        boolean fingerprint = false;
        boolean readBaseline = true;
        Path kept = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--cases" -> cases = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--serial" -> parallel = false;
                case "--store" -> store = true;
                case "--ledger" -> kept = Path.of(args[++i]);
                case "--fingerprint" -> fingerprint = true;
                case "--no-read-baseline" -> readBaseline = false;
                default -> {
                    System.err.println("Unknown argument '" + args[i] + "'; usage: run-reconcile [--cases N] [--seed S] [--serial]"
                            + " [--store | --ledger DIR] [--fingerprint] [--no-read-baseline]");
                    System.exit(2);
                }
            }
        }
        if (kept != null) {
            run(cases, seed, parallel, Optional.of(kept), fingerprint, readBaseline, System.out);
            return;
        }
        if (!store) {
            run(cases, seed, parallel, Optional.empty(), fingerprint, readBaseline, System.out);
            return;
        }
        Path dir;
        try {
            dir = Files.createTempDirectory("witness-reconcile-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            run(cases, seed, parallel, Optional.of(dir), fingerprint, readBaseline, System.out);
        } finally {
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Generates and reconciles the tenant; prints each stage. Returns the milliseconds of the timed stages.
     *
     * @param storeDir a folder for the ledger to store the tenant in and read it from; empty to start from
     *     the tickets in memory
     */
    static long run(int cases, long seed, boolean parallel, Optional<Path> storeDir, PrintStream out) {
        return run(cases, seed, parallel, storeDir, false, true, out);
    }

    /**
     * As {@link #run(int, long, boolean, Optional, PrintStream)}; with {@code fingerprint}, also each stage's
     * {@link ResultFingerprint}; without {@code readBaseline}, no "baseline, store read only".
     */
    static long run(int cases, long seed, boolean parallel, Optional<Path> storeDir, boolean fingerprint, boolean readBaseline,
            PrintStream out) {
        Contract contract = contract();
        out.printf(Locale.ROOT, "load average at the start: %.2f%n", load());
        long started = System.nanoTime();
        List<Ticket> generated = new ArrayList<>(new TenantGenerator(seed).tickets(cases));
        long events = generated.stream().mapToLong(t -> t.events().size()).sum();
        out.printf(Locale.ROOT, "tenant: %,d cases, %,d tickets, %,d events (generated in %,d ms, not timed)%n", cases,
                generated.size(), events, (System.nanoTime() - started) / 1_000_000);
        out.printf(Locale.ROOT, "cores: %d, heap max %,d MB, %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, parallel ? "parallel" : "serial");
        Audit audit = new Audit(contract, ReconcileRules.defaults());
        long total = 0;
        Stage<Long> touched = Stage.time("baseline, events in memory", () -> touch(generated));
        touched.print(out, events);
        List<Ticket> tickets = generated;
        Map<String, List<RecordChange>> changes = Map.of();
        TenantStore store = null;
        if (storeDir.isPresent()) {
            store = TenantStore.open(storeDir.get());
            long held = store.size();
            if (held == 0) {
                long loading = System.nanoTime();
                long added = store.load(generated, contract, storeDir.get());
                out.printf(Locale.ROOT, "stored: %,d observations in the ledger in %,d ms (not timed: run-ledger measures the"
                        + " ledger's ingest)%n", added, (System.nanoTime() - loading) / 1_000_000);
            } else {
                out.printf(Locale.ROOT, "stored already: %,d observations in the ledger at %s%n", held, storeDir.get());
            }
            // From here on the heap holds what ./witness reconcile --tenant holds: not the generated tickets
            // (a few GB at a million cases, which made the collectors' work of every later stage larger).
            generated.clear();
            TenantStore ledger = store;
            Optional<Stage<Long>> baseline = Optional.empty();
            if (readBaseline) {
                baseline = Optional.of(Stage.time("baseline, store read only", ledger::readOnly));
                baseline.get().print(out, events);
            }
            // The baseline's garbage collected before the timed stages, which a fresh JVM would start without.
            System.gc();
            Stage<TenantTickets> read = Stage.time("read store and normalise", () -> ledger.read(contract));
            total += read.print(out, events);
            String ratio = baseline.map(b -> String.format(Locale.ROOT, "read and normalise / read only: %.1f×; ",
                    (double) read.millis() / Math.max(1, b.millis()))).orElse("");
            out.printf(Locale.ROOT, "  %s%,d tickets, %,d record changes, %,d problems%n", ratio, read.result().tickets().size(),
                    read.result().changes().values().stream().mapToLong(List::size).sum(), read.result().problems().size());
            tickets = read.result().tickets();
            changes = read.result().changes();
        }
        List<Ticket> input = tickets;
        Map<String, List<RecordChange>> found = changes;
        Stage<Correlated> correlated = Stage.time("correlate", () -> audit.correlate(input));
        total += correlated.print(out, events);
        Reconciled reconciled = reconcile(audit, correlated.result(), found, parallel, events, out);
        total += reconciled.millis();
        List<CaseReport> reports = reconciled.reports();
        Stage<List<GapRecord>> gaps = reconciled.gaps();
        Stage<PerformanceReport> kpis = reconciled.kpis();
        Stage<List<CreditStatement>> credits = reconciled.credits();
        long clocks = reports.stream().mapToLong(r -> r.clocks().all().size()).sum();
        long findings = reports.stream().mapToLong(r -> r.findings().size()).sum();
        out.printf(Locale.ROOT, "result: %,d cases (%,d ambiguous), %,d clocks, %,d findings, %,d register entries, %,d KPI"
                + " rows, %,d credit statements%n", correlated.result().cases().size(), correlated.result().ambiguities().size(),
                clocks, findings, gaps.result().size(), kpis.result().kpis().rows().size(), credits.result().size());
        Runtime runtime = Runtime.getRuntime();
        out.printf(Locale.ROOT, "heap in use at the end: %,d MB%n", (runtime.totalMemory() - runtime.freeMemory()) >> 20);
        out.printf(Locale.ROOT, "total of the timed stages: %,d ms (%.2f M events/s; %.0f× the in-memory baseline); goal for"
                + " 1 M cases: <= 30,000 ms from the store%n", total, events / 1000.0 / Math.max(1, total),
                (double) total / Math.max(1, touched.millis()));
        out.printf(Locale.ROOT, "load average at the end: %.2f%n", load());
        if (fingerprint) {
            ResultFingerprint.of(correlated.result(), reports, gaps.result(), kpis.result(), credits.result())
                    .forEach((stage, hex) -> out.printf(Locale.ROOT, "fingerprint %-9s %s%n", stage, hex));
        }
        if (store != null) {
            store.close();
        }
        return total;
    }

    /** What the stages after correlation give that the run prints and fingerprints, and their milliseconds. */
    private record Reconciled(List<CaseReport> reports, Stage<List<GapRecord>> gaps, Stage<PerformanceReport> kpis,
            Stage<List<CreditStatement>> credits, long millis) {
    }

    /**
     * The stages after correlation, each printed: the cases' reports with their parts of the later stages, then the
     * register, KPIs and patterns, and credits putting those parts together. The parts are not kept past this call, as
     * {@code ./witness reconcile} does not keep them past its stages.
     */
    private static Reconciled reconcile(Audit audit, Correlated correlated, Map<String, List<RecordChange>> found,
            boolean parallel, long events, PrintStream out) {
        ReportingPeriods periods = ReportingPeriods.parse("2026-01..2026-12", audit.contract().header().zone());
        Stage<Reconciliation> reconciled = Stage.time("clocks, findings and per-case parts",
                () -> audit.reconcile(correlated.cases(), NOW, found, List.of(), periods, parallel));
        long millis = reconciled.print(out, events);
        Stage<List<GapRecord>> gaps = Stage.time("register", () -> audit.register(reconciled.result()));
        millis += gaps.print(out, events);
        Stage<PerformanceReport> kpis = Stage.time("kpis and patterns", () -> audit.performance(reconciled.result()));
        millis += kpis.print(out, events);
        Stage<List<CreditStatement>> credits = Stage.time("credits",
                () -> audit.credits(reconciled.result(), YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
        millis += credits.print(out, events);
        return new Reconciled(reconciled.result().reports(), gaps, kpis, credits, millis);
    }

    /** Every event of every ticket read once (its time and type), as the least any stage must do. */
    static long touch(List<Ticket> tickets) {
        long sum = 0;
        for (Ticket ticket : tickets) {
            for (io.witness.core.event.TicketEvent event : ticket.events()) {
                sum += event.meta().atMillis() + event.type().ordinal();
            }
        }
        return sum;
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
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

    /**
     * A stage's result, its milliseconds, the process's CPU milliseconds, the collectors' milliseconds and the megabytes
     * its threads allocated.
     */
    record Stage<T>(String name, T result, long millis, long cpuMillis, long gcMillis, long allocatedMb) {

        static <T> Stage<T> time(String name, Supplier<T> work) {
            long cpu = cpuNanos();
            long gc = collectorMillis();
            long allocated = allocatedBytes();
            long started = System.nanoTime();
            T result = work.get();
            return new Stage<>(name, result, (System.nanoTime() - started) / 1_000_000, (cpuNanos() - cpu) / 1_000_000,
                    collectorMillis() - gc, (allocatedBytes() - allocated) >> 20);
        }

        long print(PrintStream out, long events) {
            out.printf(Locale.ROOT, "  %-35s %,9d ms  (%.2f M events/s; process CPU %,d ms; collector %,d ms; allocated %,d MB)%n",
                    name, millis, events / 1000.0 / Math.max(1, millis), cpuMillis, gcMillis, allocatedMb);
            return millis;
        }

        /**
         * The bytes the live threads have allocated so far: unlike time, the same on a busy machine as on an idle one
         * (within a thread that ended between two readings).
         */
        static long allocatedBytes() {
            if (!(java.lang.management.ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads)) {
                return 0;
            }
            long sum = 0;
            for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
                sum += Math.max(0, bytes);
            }
            return sum;
        }

        /** The process's CPU time: on a shared machine it says what the stage cost when wall time does not. */
        static long cpuNanos() {
            return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
        }

        /** The garbage collectors' time so far (G1: its pauses), as the JVM counts it. */
        static long collectorMillis() {
            long sum = 0;
            for (var collector : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
                sum += Math.max(0, collector.getCollectionTime());
            }
            return sum;
        }
    }
}
