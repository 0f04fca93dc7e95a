package io.witness.bench.reconcile;

import io.witness.ledger.checkpoint.SigningKey;
import io.witness.ledger.store.DerivedRow;
import io.witness.ledger.store.DerivedRowDigest;
import io.witness.ledger.store.DerivedTickets;
import io.witness.ledger.store.DigestSum;
import io.witness.ledger.store.Ledger;
import io.witness.ledger.store.LedgerDatabase;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * What checking the derived tickets costs (issue #7): in one JVM, the derived tickets of a ledger kept by
 * {@code run-reconcile --ledger DIR} read in rounds, without and with each row's SHA-256 recomputed (as
 * {@code TenantEvents} does while decoding), on this thread; prints each round's thread CPU and the
 * digests' own. Nothing is decoded. Reads the contract digest the derived tickets were derived under from the
 * ledger, so it needs no contract. Not a test: run by hand.
 *
 * <p>After {@code witness-bench/run-reconcile --ledger DIR} (which builds the classes and the class path):
 * <pre>java -Xmx6g -cp "witness-bench/target/classes:$(sed 's|witness-app/target/witness-app.jar|witness-app/target/classes|' \
 *     witness-bench/target/bench.classpath)" io.witness.bench.reconcile.DerivedCheckCost DIR [ROUNDS]</pre>
 */
public final class DerivedCheckCost {

    private DerivedCheckCost() {
    }

    public static void main(String[] args) throws IOException, SQLException {
        if (args.length < 1) {
            System.err.println("usage: DerivedCheckCost LEDGER_DIR [ROUNDS]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (LedgerDatabase database = LedgerDatabase.embedded(dir.resolve("data"))) {
            DerivedTickets derived = new Ledger(database, SigningKey.loadOrCreate(dir.resolve("keys"))).derivedTickets();
            byte[] contract = contractSha256(database);
            for (int round = 0; round < rounds; round++) {
                boolean digesting = round % 2 == 1;
                long[] rows = new long[2];
                long[] digestNanos = new long[1];
                DerivedRowDigest digest = new DerivedRowDigest(TenantStore.TENANT);
                DigestSum sum = new DigestSum();
                long started = threads.getCurrentThreadCpuTime();
                DerivedTickets.DerivedRead read = derived.read(TenantStore.TENANT, contract, (List<DerivedRow> chunk) -> {
                    long chunkStarted = threads.getCurrentThreadCpuTime();
                    for (DerivedRow row : chunk) {
                        rows[0]++;
                        rows[1] += row.payload().length;
                        if (digesting) {
                            sum.add(digest.of(row));
                        }
                    }
                    digestNanos[0] += digesting ? threads.getCurrentThreadCpuTime() - chunkStarted : 0;
                });
                long cpu = threads.getCurrentThreadCpuTime() - started;
                String check = !read.usable() ? read.reason() : digesting ? read.rowsCheck(rows[0], sum) : "";
                System.out.printf("round %d, digests %s: %,d rows, %,d payload bytes, thread CPU %,d ms (digests %,d ms)%s%n", round,
                        digesting ? "on " : "off", rows[0], rows[1], cpu / 1_000_000, digestNanos[0] / 1_000_000,
                        check.isEmpty() ? "" : "; " + check);
            }
        }
    }

    private static byte[] contractSha256(LedgerDatabase database) throws SQLException {
        try (Connection connection = database.ownerConnection(); Statement sql = connection.createStatement();
                ResultSet rs = sql.executeQuery("SELECT contract_sha256 FROM derived_tenant WHERE tenant_id = '"
                        + TenantStore.TENANT.value() + "'")) {
            if (!rs.next()) {
                throw new IllegalStateException("The ledger keeps no derived tickets of tenant "
                        + TenantStore.TENANT + ": run run-reconcile --ledger on it first");
            }
            return rs.getBytes(1);
        }
    }
}
