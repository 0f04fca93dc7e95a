package io.witness.bench;

import io.witness.ledger.chain.ObservationDraft;
import io.witness.ledger.chain.TenantId;
import io.witness.ledger.checkpoint.SigningKey;
import io.witness.ledger.store.AppendResult;
import io.witness.ledger.store.CopyRows;
import io.witness.ledger.store.Ledger;
import io.witness.ledger.store.LedgerDatabase;
import io.witness.ledger.verify.LedgerVerifier;
import io.witness.ledger.verify.VerifyReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * The ledger benchmark of issue #5: on one embedded PostgreSQL 17 (synchronous commit on), durable ingest
 * of N observations (~1 KB JSON each) through {@link Ledger#append} (hashing, chain, Merkle frontier,
 * batched COPY under the tenant's lock, a commit per batch) and a signed checkpoint at the end, against
 * PostgreSQL's own COPY of the same rows (same columns, rendered beforehand to a file) into a plain table
 * with no index, in one statement. Drafts are generated outside the timed part, in chunks.
 *
 * <p>Run with {@code witness-bench/run-ledger [--rows N] [--batch B] [--verify]}.
 */
public final class LedgerBenchmark {

    private static final int CHUNK = 20_000;
    private static final double GOAL = 0.5;

    private LedgerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = 1_000_000;
        int batch = Ledger.DEFAULT_BATCH;
        boolean verify = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rows" -> rows = Integer.parseInt(args[++i]);
                case "--batch" -> batch = Integer.parseInt(args[++i]);
                case "--verify" -> verify = true;
                default -> {
                    System.err.println("Unknown argument '" + args[i] + "'; usage: run-ledger [--rows N] [--batch B] [--verify]");
                    System.exit(2);
                }
            }
        }
        Path dir = Files.createTempDirectory("witness-ledger-bench");
        try {
            run(dir, rows, batch, verify, System.out);
        } finally {
            deleteTree(dir);
        }
    }

    static void run(Path dir, int rows, int batch, boolean verify, PrintStream out) throws Exception {
        out.printf(Locale.ROOT, "ledger benchmark: %,d observations, %,d a transaction; load average %.2f%n", rows, batch, load());
        SigningKey key = SigningKey.loadOrCreate(dir.resolve("keys"));
        TenantId tenant = TenantId.of("bench");
        try (LedgerDatabase database = LedgerDatabase.embedded(dir.resolve("data"))) {
            try (Connection c = database.ownerConnection(); Statement s = c.createStatement()) {
                out.println("server: PostgreSQL " + c.getMetaData().getDatabaseProductVersion() + ", synchronous_commit "
                        + show(s, "synchronous_commit") + ", fsync " + show(s, "fsync"));
            }
            Ledger ledger = new Ledger(database, key, batch);
            long payloadBytes = 0;
            long ledgerNanos = 0;
            for (int from = 0; from < rows; from += CHUNK) {
                List<ObservationDraft> drafts = TicketPayloads.drafts(42, from, Math.min(rows, from + CHUNK));
                for (ObservationDraft d : drafts) {
                    payloadBytes += d.raw().length;
                }
                long start = System.nanoTime();
                AppendResult result = ledger.append(tenant, drafts);
                ledgerNanos += System.nanoTime() - start;
                if (result.added() != drafts.size()) {
                    throw new IllegalStateException("Expected " + drafts.size() + " added, got " + result);
                }
            }
            long start = System.nanoTime();
            ledger.checkpoint(tenant, Instant.parse("2027-01-01T00:00:00Z"));
            ledgerNanos += System.nanoTime() - start;
            out.printf(Locale.ROOT, "payloads: %,d bytes raw, %.0f B an observation%n", payloadBytes, (double) payloadBytes / rows);

            Path rendered = dir.resolve("rows.copy");
            try (Connection c = database.ownerConnection(); OutputStream file = Files.newOutputStream(rendered)) {
                new CopyManager(c.unwrap(BaseConnection.class)).copyOut("COPY observation (" + CopyRows.COLUMNS + ") TO STDOUT", file);
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE plain_copy (LIKE observation INCLUDING DEFAULTS)");
                }
            }
            long copyNanos;
            try (Connection c = database.ownerConnection(); InputStream file = Files.newInputStream(rendered)) {
                long copyStart = System.nanoTime();
                long copied = new CopyManager(c.unwrap(BaseConnection.class)).copyIn("COPY plain_copy (" + CopyRows.COLUMNS + ") FROM STDIN", file, 1 << 20);
                copyNanos = System.nanoTime() - copyStart;
                if (copied != rows) {
                    throw new IllegalStateException("COPY wrote " + copied + " rows, expected " + rows);
                }
            }
            double ledgerRate = rows / (ledgerNanos / 1e9);
            double copyRate = rows / (copyNanos / 1e9);
            out.printf(Locale.ROOT, "(a) ledger ingest (hash, chain, Merkle, COPY per batch under the tenant's lock, checkpoint): %,.0f rows/s (%.1f s)%n",
                    ledgerRate, ledgerNanos / 1e9);
            out.printf(Locale.ROOT, "(b) plain COPY of the same rows, one statement, no index:                                %,.0f rows/s (%.1f s)%n",
                    copyRate, copyNanos / 1e9);
            out.printf(Locale.ROOT, "    ledger / COPY: %.0f%% (goal >= %.0f%%: %s)%n", 100 * ledgerRate / copyRate, 100 * GOAL,
                    ledgerRate / copyRate >= GOAL ? "met" : "missed");
            if (verify) {
                long verifyStart = System.nanoTime();
                VerifyReport report = new LedgerVerifier(database, key.verifyingKey()).verify(tenant);
                out.printf(Locale.ROOT, "(c) verify: %s in %.1f s (%,.0f rows/s)%n", report.summary(), (System.nanoTime() - verifyStart) / 1e9,
                        rows / ((System.nanoTime() - verifyStart) / 1e9));
            }
        }
        out.printf(Locale.ROOT, "load average %.2f%n", load());
    }

    private static String show(Statement s, String setting) throws java.sql.SQLException {
        try (var rs = s.executeQuery("SHOW " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
