package io.witness.bench;

import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractYaml;
import io.witness.core.event.Side;
import io.witness.ledger.chain.SourceRef;
import io.witness.ledger.chain.TenantId;
import io.witness.ledger.checkpoint.SigningKey;
import io.witness.ledger.store.Ledger;
import io.witness.ledger.store.LedgerDatabase;
import io.witness.sources.format.ImportContext;
import io.witness.sources.ingest.ImportProgress;
import io.witness.sources.ingest.ImportSummary;
import io.witness.sources.ingest.ImportTimings;
import io.witness.sources.ingest.Importer;
import io.witness.sources.servicenow.eventlog.EventLogFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The import benchmark of issue #6: the real ServiceNow incident event log (141,712 rows) imported end to
 * end into a fresh ledger on the embedded PostgreSQL 17 with fsync and synchronous commit on, as
 * {@code ./witness import --source servicenow-eventlog} does it: read and gunzip, then append in one
 * transaction while the file is parsed and, after it, every incident's events derived beside the writing,
 * then sign a checkpoint. Each round takes
 * a new data folder; the first round runs in a cold JVM, as the command does.
 *
 * <p>Run with {@code witness-bench/run-import [--rounds R] [--file LOG.csv.gz]}.
 */
public final class ImportBenchmark {

    /** Rows per second the issue asks for. */
    static final double GOAL = 50_000;

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = 3;
        Path file = Path.of("../shared/data/real/uci-servicenow-incident-log/incident_event_log.csv.gz");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--file" -> file = Path.of(args[++i]);
                default -> {
                    System.err.println("Unknown argument '" + args[i] + "'; usage: run-import [--rounds R] [--file LOG.csv.gz]");
                    System.exit(2);
                }
            }
        }
        Path dir = Files.createTempDirectory("witness-import-bench");
        try {
            run(dir, file, rounds, System.out);
        } finally {
            deleteTree(dir);
        }
    }

    static void run(Path dir, Path file, int rounds, PrintStream out) throws Exception {
        out.printf(Locale.ROOT, "import benchmark: %s (%,d bytes), %d rounds; load average %.2f%n", file, Files.size(file), rounds, load());
        Contract contract = contract();
        SigningKey key = SigningKey.loadOrCreate(dir.resolve("keys"));
        List<ImportTimings> timings = new ArrayList<>();
        long rows = 0;
        for (int round = 1; round <= rounds; round++) {
            Path data = dir.resolve("data-" + round);
            try (LedgerDatabase database = LedgerDatabase.embedded(data)) {
                Instant now = Instant.now();
                double jvmBefore = CpuTimes.jvm();
                OptionalDouble pgBefore = CpuTimes.postgres(data.resolve("postgres"));
                ImportContext context = new ImportContext(TenantId.of("bench"), Side.CLIENT, new SourceRef("servicenow-eventlog", "client"),
                        Optional.of(contract), Optional.empty(), Optional.of(ZoneId.of("America/Sao_Paulo")), Optional.empty(), now);
                ImportSummary summary = new Importer(new Ledger(database, key), Clock.systemUTC())
                        .importPaths(new EventLogFormat(), List.of(file), context, ImportProgress.NONE);
                if (summary.added() != summary.rowsRead()) {
                    throw new IllegalStateException("Expected every row added, got " + summary.added() + " of " + summary.rowsRead());
                }
                double jvmCpu = CpuTimes.jvm() - jvmBefore;
                OptionalDouble pgAfter = CpuTimes.postgres(data.resolve("postgres"));
                String pgCpu = pgBefore.isPresent() && pgAfter.isPresent()
                        ? String.format(Locale.ROOT, "%.2f s", pgAfter.getAsDouble() - pgBefore.getAsDouble()) : "n/a";
                rows = summary.rowsRead();
                timings.add(summary.timings());
                out.printf(Locale.ROOT, "round %d%s: %s; %,d incidents, %,d events; CPU %.2f s Java, %s PostgreSQL%n", round,
                        round == 1 ? " (cold JVM)" : "", line(rows, summary.timings()), summary.cases(), summary.events(), jvmCpu, pgCpu);
                out.println("  " + ServerWrites.of(database));
            }
        }
        if (rounds > 1) {
            List<ImportTimings> warm = new ArrayList<>(timings.subList(1, timings.size()));
            warm.sort(Comparator.comparing(ImportTimings::total));
            ImportTimings median = warm.get(warm.size() / 2);
            out.printf(Locale.ROOT, "median of rounds 2-%d: %s%n", rounds, line(rows, median));
            out.println("shares of the median round: " + shares(median));
            double rate = rows / seconds(median.total());
            out.printf(Locale.ROOT, "goal >= %,.0f rows/s: %s%n", GOAL, rate >= GOAL ? "met" : "missed");
        }
        out.printf(Locale.ROOT, "load average %.2f%n", load());
    }

    static String line(long rows, ImportTimings t) {
        return String.format(Locale.ROOT, "%,.0f rows/s (%.2f s: reading %.2f, then storing %.2f with parsing %.2f and mapping %.2f beside it)",
                rows / seconds(t.total()), seconds(t.total()), seconds(t.reading()), seconds(t.storing()), seconds(t.parsing()),
                seconds(t.mapping()));
    }

    /** Reading, then storing, share the wall time; parsing and then mapping run on their own thread beside storing. */
    static String shares(ImportTimings t) {
        double total = seconds(t.total());
        return String.format(Locale.ROOT, "reading %.0f%%, storing %.0f%% (beside it parsing %.0f%% and mapping %.0f%% of the wall time)",
                100 * seconds(t.reading()) / total, 100 * seconds(t.storing()) / total, 100 * seconds(t.parsing()) / total,
                100 * seconds(t.mapping()) / total);
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    private static Contract contract() throws IOException {
        try (InputStream in = ImportBenchmark.class.getResourceAsStream("uci-servicenow-contract.yaml")) {
            if (in == null) {
                throw new IllegalStateException("The benchmark's contract is missing from the classpath");
            }
            return ContractYaml.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "uci-servicenow-contract.yaml");
        }
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
