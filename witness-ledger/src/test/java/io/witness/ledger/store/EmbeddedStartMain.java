package io.witness.ledger.store;

import java.nio.file.Path;

/** For {@link EmbeddedLedgerDatabaseTest}: starts the embedded database in a folder and prints what happened. */
public final class EmbeddedStartMain {

    private EmbeddedStartMain() {
    }

    public static void main(String[] args) throws Exception {
        try (LedgerDatabase database = LedgerDatabase.embedded(Path.of(args[0]))) {
            System.out.println("started " + database.description());
        } catch (StoreUnavailable e) {
            System.out.println(e.getMessage());
        }
    }
}
