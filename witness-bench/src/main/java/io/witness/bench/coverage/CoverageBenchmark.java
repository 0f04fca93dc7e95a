package io.witness.bench.coverage;

import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractYaml;
import io.witness.core.coverage.CoverageAudit;
import io.witness.core.coverage.CoverageEvidence;
import io.witness.core.coverage.CoverageReport;
import io.witness.core.coverage.asset.Inventory;
import io.witness.core.coverage.audit.AuditContext;
import io.witness.core.coverage.audit.CoverageSettings;
import io.witness.core.coverage.patch.PatchAgeBuckets;
import io.witness.core.coverage.patch.PatchLagRule;
import io.witness.core.coverage.patch.PatchRecord;
import io.witness.core.event.Side;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.ledger.chain.SourceRef;
import io.witness.ledger.chain.TenantId;
import io.witness.sources.format.ImportContext;
import io.witness.sources.format.ImportFile;
import io.witness.sources.format.LoggedObservation;
import io.witness.sources.format.ParsedFile;
import io.witness.sources.operations.PatchesFormat;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The coverage benchmark of issue #8: 50,000 devices × 12 monthly patch reports (6 patches a device a
 * report: 3.6 million patch records) audited in memory on the example dental contract's patching terms
 * (critical within 14 days, high within 30): the patch-lag rule alone, then the whole coverage audit over
 * the same evidence and an inventory of the 50,000 devices. Optionally ({@code --import}) the reading of
 * the 12 monthly reports as the canonical {@code patches} CSV: parse, observations, evidence, file by file.
 *
 * <p>Run with {@code witness-bench/run-coverage [--devices N] [--snapshots S] [--rows R] [--rounds K] [--import]}.
 */
public final class CoverageBenchmark {

    private CoverageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int devices = 50_000;
        int snapshots = 12;
        int rows = 6;
        int rounds = 5;
        boolean importToo = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--devices" -> devices = Integer.parseInt(args[++i]);
                case "--snapshots" -> snapshots = Integer.parseInt(args[++i]);
                case "--rows" -> rows = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--import" -> importToo = true;
                default -> {
                    System.err.println("Unknown argument '" + args[i] + "'; usage: run-coverage [--devices N] [--snapshots S] [--rows R] "
                            + "[--rounds K] [--import]");
                    System.exit(2);
                }
            }
        }
        run(contractFile(), new PatchFleet(devices, snapshots, rows), rounds, importToo, System.out);
    }

    static Path contractFile() {
        Path fromRoot = Path.of("examples/dental-150/contract.yaml");
        return Files.exists(fromRoot) ? fromRoot : Path.of("../examples/dental-150/contract.yaml");
    }

    static void run(Path contractFile, PatchFleet fleet, int rounds, boolean importToo, PrintStream out) throws Exception {
        Contract contract = ContractYaml.parse(Files.readString(contractFile), contractFile.toString());
        out.printf(Locale.ROOT, "coverage benchmark: %,d devices x %d monthly patch reports; %d cores, max heap %,d MB, load average %.2f%n",
                fleet.devices(), fleet.snapshots(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        long started = System.nanoTime();
        List<PatchRecord> records = fleet.all();
        CoverageEvidence evidence = CoverageEvidence.empty().withInventory(fleet.inventory()).withPatches(records);
        out.printf(Locale.ROOT, "generated %,d patch records in %.2f s%n", records.size(), (System.nanoTime() - started) / 1e9);
        AuditContext context = AuditContext.of(contract, contract.header().effective().from(), fleet.auditDate(),
                Inventory.of(evidence.inventory()), CoverageSettings.defaults());

        double[] rule = new double[rounds];
        double[] whole = new double[rounds];
        PatchLagRule.Result result = null;
        CoverageReport report = null;
        double[] ruleCpu = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            long c0 = cpuNanos();
            long t0 = System.nanoTime();
            result = PatchLagRule.audit(context, records);
            long t1 = System.nanoTime();
            long c1 = cpuNanos();
            report = CoverageAudit.run(contract, evidence, contract.header().effective().from(), fleet.auditDate(), CoverageSettings.defaults());
            long t2 = System.nanoTime();
            rule[round] = (t1 - t0) / 1e9;
            ruleCpu[round] = (c1 - c0) / 1e9;
            whole[round] = (t2 - t1) / 1e9;
            out.printf(Locale.ROOT, "round %d: patch-lag rule %.3f s (%,.0f records/s; %.3f s of CPU on all threads); whole coverage audit %.3f s%n",
                    round + 1, rule[round], records.size() / rule[round], ruleCpu[round], whole[round]);
        }
        PatchAgeBuckets buckets = result.buckets();
        out.printf(Locale.ROOT, "median: patch-lag rule %.3f s = %,.0f records/s, %,.0f devices/s (%.3f s of CPU); whole coverage audit %.3f s%n",
                median(rule), records.size() / median(rule), fleet.devices() / median(rule), median(ruleCpu), median(whole));
        out.printf(Locale.ROOT, "found: %,d patch findings; %,d findings in all; devices by oldest missing critical patch: none %,d, "
                + "<30 %,d, 30-59 %,d, 60-89 %,d, 90-119 %,d, 120+ %,d%n", result.outcome().findings().size(), report.findings().size(),
                buckets.noneMissing(), buckets.under30(), buckets.from30(), buckets.from60(), buckets.from90(), buckets.from120());
        if (importToo) {
            importReports(fleet, out);
        }
    }

    /** Parses each monthly report as the canonical patches CSV and reads it back as evidence, as ./witness import and coverage do, without the ledger. */
    private static void importReports(PatchFleet fleet, PrintStream out) {
        PatchesFormat format = new PatchesFormat();
        ImportContext context = new ImportContext(TenantId.of("bench"), Side.PROVIDER, new SourceRef("patches", "bench"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Instant.parse("2026-01-01T00:00:00Z"));
        long rows = 0;
        long nanos = 0;
        for (int s = 0; s < fleet.snapshots(); s++) {
            StringBuilder csv = new StringBuilder(PatchFleet.CSV_HEADER).append('\n');
            for (int d = 0; d < fleet.devices(); d++) {
                for (int r = 0; r < 6; r++) {
                    csv.append(fleet.csvRow(d, s, r)).append('\n');
                }
            }
            byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
            long t0 = System.nanoTime();
            ParsedFile parsed = format.parse(new ImportFile("patches-" + PatchFleet.reportDate(s) + ".csv", bytes), context);
            List<LoggedObservation> logged = new ArrayList<>(parsed.observations().size());
            int n = 0;
            for (ObservationDraft draft : parsed.observations()) {
                logged.add(new LoggedObservation(io.witness.core.finding.EvidenceRef.observation("bench#" + n++), draft));
            }
            int read = format.evidence(logged).patches().size();
            nanos += System.nanoTime() - t0;
            if (!parsed.problems().isEmpty() || read != parsed.rowsRead()) {
                throw new IllegalStateException("report " + s + ": " + parsed.problems().size() + " problems, " + read + " records");
            }
            rows += read;
        }
        out.printf(Locale.ROOT, "import of the %d reports (parse, observations, evidence; no ledger): %,d rows in %.2f s = %,.0f rows/s%n",
                fleet.snapshots(), rows, nanos / 1e9, rows / (nanos / 1e9));
    }

    /** CPU time of the whole process, every thread (the JVM's own GC and compiler threads too). */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
