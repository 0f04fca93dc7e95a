package io.witness.bench.reconcile;

import io.witness.core.contract.Contract;
import io.witness.sources.tenant.TenantTickets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The "read store and normalise" stage of {@link ReconcileBenchmark} alone (issue #7): a ledger kept by
 * {@code run-reconcile --ledger DIR} read back from its derived tickets in rounds in one JVM, each round
 * printed as the benchmark prints a stage (wall, process CPU, collector, allocated). Not a test: run by hand.
 *
 * <p>After {@code witness-bench/run-reconcile --ledger DIR} (which builds the classes and the class path):
 * <pre>java -Xmx4g -cp "witness-bench/target/classes:$(sed 's|witness-app/target/witness-app.jar|witness-app/target/classes|' \
 *     witness-bench/target/bench.classpath)" io.witness.bench.reconcile.DerivedReadRounds DIR [ROUNDS]</pre>
 */
public final class DerivedReadRounds {

    private DerivedReadRounds() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: DerivedReadRounds LEDGER_DIR [ROUNDS]");
            System.exit(2);
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        Contract contract = ReconcileBenchmark.contract();
        try (TenantStore store = TenantStore.open(Path.of(args[0]))) {
            for (int round = 0; round < rounds; round++) {
                // The round before's tickets collected first, not timed: each round starts from a heap as the benchmark's stage does.
                System.gc();
                System.out.printf(Locale.ROOT, "round %d, load %.2f%n", round,
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                round(store, contract);
            }
        }
    }

    /** One round, in a frame of its own: its tickets are garbage once it returns. */
    private static void round(TenantStore store, Contract contract) {
        ReconcileBenchmark.Stage<TenantTickets> read = ReconcileBenchmark.Stage.time("read store and normalise", () -> store.read(contract));
        read.print(System.out, read.result().tickets().stream().mapToLong(t -> t.events().size()).sum());
        System.out.printf(Locale.ROOT, "  %,d tickets, read from %s%n", read.result().tickets().size(), read.result().readFrom());
    }
}
