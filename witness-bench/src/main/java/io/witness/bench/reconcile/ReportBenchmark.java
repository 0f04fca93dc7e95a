package io.witness.bench.reconcile;

import io.witness.app.report.AuditFacts;
import io.witness.app.report.AuditPipeline;
import io.witness.app.report.AuditReport;
import io.witness.app.report.ReportDocument;
import io.witness.app.report.ReportKind;
import io.witness.app.report.Reports;
import io.witness.core.clock.ClockResult;
import io.witness.core.contract.Contract;
import io.witness.core.kpi.ReportingPeriods;
import io.witness.core.reconcile.CaseReport;
import io.witness.core.reconcile.Ticket;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Issue #9's benchmark: the reports of a tenant with 1 M cases rendered (goal: the independent audit
 * report in ≤ 10 s). The generated tenant of {@link ReconcileBenchmark} is reconciled once by
 * {@link AuditPipeline} (not timed: {@code run-reconcile} measures that); then, in rounds, the audit report is
 * rendered and written as {@code ./witness audit} writes it (HTML, PDF, every table as CSV and JSON), and
 * beside it the least any report of every case must do: one line per case and clock written to a file
 * (the baseline). With {@code --all-kinds} the other kinds are rendered too and timed apart.
 */
public final class ReportBenchmark {

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int cases = 1_000_000;
        int rounds = 3;
        long seed = 42;
        boolean allKinds = false;
        Path keep = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--cases" -> cases = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--all-kinds" -> allKinds = true;
                case "--keep" -> keep = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + "; expected --cases N, --rounds R, --seed S, --all-kinds, --keep DIR");
            }
        }
        run(cases, rounds, seed, allKinds, keep, System.out);
    }

    /**
     * Runs the benchmark and returns the median milliseconds of rendering and writing the audit report; the last
     * round lists its files with their sizes, and moves them to {@code keep} (replaced) unless it is null.
     */
    static long run(int cases, int rounds, long seed, boolean allKinds, @Nullable Path keep, PrintStream out) throws IOException {
        Contract contract = ReconcileBenchmark.contract();
        out.printf(Locale.ROOT, "report benchmark: %,d cases, %d rounds; cores %d, heap max %,d MB; load average %.2f%n", cases,
                rounds, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, load());
        long started = System.nanoTime();
        List<Ticket> tickets = new TenantGenerator(seed).tickets(cases);
        ReportingPeriods months = ReportingPeriods.parse("2026-01..2026-12", contract.header().zone());
        AuditFacts facts = AuditPipeline.run(contract, "bench", tickets, Map.of(), List.of(), Optional.of(months),
                ReconcileBenchmark.NOW, Optional.empty(), Optional.empty());
        tickets = null;
        out.printf(Locale.ROOT, "reconciled in %,d ms (not timed): %,d cases, %,d register entries%n",
                (System.nanoTime() - started) / 1_000_000, facts.reports().size(), facts.gaps().size());
        Path dir = Files.createTempDirectory("witness-report-bench");
        try {
            long[] audit = new long[rounds];
            long[] baseline = new long[rounds];
            for (int round = 0; round < rounds; round++) {
                Path roundDir = Files.createDirectories(dir.resolve("round-" + round));
                long from = System.nanoTime();
                long lines = baseline(facts.reports(), roundDir.resolve("baseline.txt"));
                baseline[round] = (System.nanoTime() - from) / 1_000_000;
                from = System.nanoTime();
                long cpuFrom = cpuMillis();
                long[] userSystemFrom = userSystemMillis();
                long[] collectorFrom = collectorCountAndMillis();
                long uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
                List<Path> written = render(facts, EnumSet.of(ReportKind.AUDIT), roundDir.resolve("audit"), out);
                audit[round] = (System.nanoTime() - from) / 1_000_000;
                long cpu = cpuMillis() - cpuFrom;
                long[] userSystem = userSystemMillis();
                out.printf(Locale.ROOT, "round %d%s: audit report %,d ms (process CPU %,d ms%s; %d files, %,d bytes); baseline %,d ms"
                        + " (%,d lines); ratio %.1f×%n", round + 1, round == 0 ? " (cold)" : "", audit[round], cpu,
                        userSystem.length == 0 || userSystemFrom.length == 0 ? ""
                                : String.format(Locale.ROOT, ": user %,d, system %,d", userSystem[0] - userSystemFrom[0],
                                        userSystem[1] - userSystemFrom[1]),
                        written.size(), size(written), baseline[round], lines, (double) audit[round] / Math.max(1, baseline[round]));
                long[] collector = collectorCountAndMillis();
                out.printf(Locale.ROOT, "  from %,.1f s of uptime: %d collector pauses, %,d ms (a -Xlog:gc file tells young from mixed"
                        + " and shows concurrent marking)%n", uptime / 1000.0, collector[0] - collectorFrom[0], collector[1] - collectorFrom[1]);
                if (allKinds) {
                    from = System.nanoTime();
                    List<Path> others = render(facts, EnumSet.complementOf(EnumSet.of(ReportKind.AUDIT)), roundDir.resolve("others"), out);
                    out.printf(Locale.ROOT, "  the other kinds: %,d ms (%d files, %,d bytes)%n", (System.nanoTime() - from) / 1_000_000,
                            others.size(), size(others));
                }
                if (round == rounds - 1) {
                    for (Path file : written) {
                        out.printf(Locale.ROOT, "  %-40s %,15d bytes%n", file.getFileName(), Files.size(file));
                    }
                }
                if (keep == null || round < rounds - 1) {
                    deleteTree(roundDir);
                } else {
                    deleteTree(keep);
                    Files.createDirectories(keep.toAbsolutePath().getParent());
                    Files.move(roundDir, keep);
                    out.printf(Locale.ROOT, "the last round's files kept in %s%n", keep);
                }
            }
            long medianAudit = median(audit, rounds);
            long medianBaseline = median(baseline, rounds);
            out.printf(Locale.ROOT, "median of rounds %s: audit report %,d ms, baseline %,d ms, ratio %.1f×; goal <= 10,000 ms: %s%n",
                    rounds > 1 ? "2-" + rounds : "1", medianAudit, medianBaseline, (double) medianAudit / Math.max(1, medianBaseline),
                    medianAudit <= 10_000 ? "met" : "missed");
            out.printf(Locale.ROOT, "load average at the end: %.2f%n", load());
            return medianAudit;
        } finally {
            deleteTree(dir);
        }
    }

    /** Renders and writes the reports of the kinds given, printing how long the three steps took. */
    private static List<Path> render(AuditFacts facts, EnumSet<ReportKind> kinds, Path out, PrintStream log) throws IOException {
        long from = System.nanoTime();
        AuditReport report = AuditReport.of(facts);
        long figures = System.nanoTime();
        List<ReportDocument> documents = Reports.documents(report, kinds, Optional.empty());
        long pages = System.nanoTime();
        List<Path> written = Reports.write(documents, out);
        long files = System.nanoTime();
        log.printf(Locale.ROOT, "  figures %,d ms, pages and tables %,d ms, files and PDF %,d ms%n", (figures - from) / 1_000_000,
                (pages - figures) / 1_000_000, (files - pages) / 1_000_000);
        return written;
    }

    /** One line per clock of every case: the case, the clock, the side, its state and minutes counted. */
    static long baseline(List<CaseReport> reports, Path file) throws IOException {
        long lines = 0;
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (CaseReport report : reports) {
                for (ClockResult clock : report.clocks().all()) {
                    writer.write(clock.caseId().value());
                    writer.write(',');
                    writer.write(clock.clock());
                    writer.write(',');
                    writer.write(clock.side().name());
                    writer.write(',');
                    writer.write(clock.state().name());
                    writer.write(',');
                    writer.write(Long.toString(clock.elapsed().toMinutes()));
                    writer.write('\n');
                    lines++;
                }
            }
        }
        return lines;
    }

    // The first round runs cold; the median is of the later ones when there are any.
    private static long median(long[] values, int rounds) {
        long[] warm = rounds > 1 ? java.util.Arrays.copyOfRange(values, 1, rounds) : values.clone();
        java.util.Arrays.sort(warm);
        return warm[warm.length / 2];
    }

    private static long size(List<Path> files) throws IOException {
        long total = 0;
        for (Path file : files) {
            total += Files.size(file);
        }
        return total;
    }

    /** The CPU time of every thread of this process so far: on a shared machine it says what the wall time does not. */
    private static long cpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    /**
     * The process's CPU time so far split into user and system (kernel: the files' writes) milliseconds, read from
     * Linux's {@code /proc/self/stat} (in clock ticks, taken as 100 a second); empty elsewhere.
     */
    private static long[] userSystemMillis() throws IOException {
        Path file = Path.of("/proc/self/stat");
        if (!Files.isReadable(file)) {
            return new long[0];
        }
        String stat = Files.readString(file);
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // after the command: state is field 3, utime 14 and stime 15 (1-based, proc(5))
        return new long[] {Long.parseLong(fields[11]) * 10, Long.parseLong(fields[12]) * 10};
    }

    /** The collections of every collector so far and the milliseconds they took (G1: its pauses, not its concurrent work). */
    private static long[] collectorCountAndMillis() {
        long count = 0;
        long millis = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            millis += Math.max(0, gc.getCollectionTime());
        }
        return new long[] {count, millis};
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(paths::add);
        }
        for (Path path : paths) {
            try {
                Files.delete(path);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not delete " + path, e);
            }
        }
    }
}
