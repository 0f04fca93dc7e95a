package io.witness.app.ledger.cli;

import io.witness.app.CliFailure;
import io.witness.ledger.checkpoint.SigningKey;
import io.witness.ledger.checkpoint.VerifyingKey;
import io.witness.ledger.store.LedgerDatabase;
import io.witness.ledger.store.StoreUnavailable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options of every command that uses the store: {@code --data DIR} (embedded PostgreSQL and the
 * signing key live there; default {@code ./witness-data}) and {@code --db URL} (a PostgreSQL server
 * instead of the embedded one; the key stays in the data folder).
 */
public final class StoreOptions {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "witness-data",
            description = "Data folder: embedded PostgreSQL and the signing key (default: ${DEFAULT-VALUE}).")
    private Path data = Path.of("witness-data");

    @Option(names = "--db", paramLabel = "URL",
            description = "Use this PostgreSQL server, jdbc:postgresql://host:port/db?user=…&password=…, instead of the embedded one.")
    private Optional<String> db = Optional.empty();

    /** The data folder. */
    public Path data() {
        return data;
    }

    /** The folder of the signing key. */
    public Path keys() {
        return data.resolve("keys");
    }

    /**
     * The ledger's database, started or connected and migrated.
     *
     * @throws CliFailure saying what to do when it cannot be had
     */
    public LedgerDatabase openDatabase() {
        try {
            return db.isPresent() ? LedgerDatabase.external(db.get()) : LedgerDatabase.embedded(data);
        } catch (StoreUnavailable e) {
            throw new CliFailure(e.getMessage());
        }
    }

    /** The signing key, created on first use with owner-only permissions. */
    public SigningKey signingKey() throws IOException {
        return SigningKey.loadOrCreate(keys());
    }

    /** The public key, created with the signing key on first use. */
    public VerifyingKey verifyingKey() throws IOException {
        return signingKey().verifyingKey();
    }
}
