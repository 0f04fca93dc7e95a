package io.witness.sources.testing;

import io.witness.ledger.checkpoint.SigningKey;
import io.witness.ledger.store.Ledger;
import io.witness.ledger.store.LedgerDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded PostgreSQL for all the tests of a JVM (started on first use, stopped at exit); each
 * {@link #open()} gives a fresh, migrated database of its own and a ledger on it.
 */
public final class TestLedger implements AutoCloseable {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private final LedgerDatabase database;
    private final Ledger ledger;

    private TestLedger(LedgerDatabase database, Ledger ledger) {
        this.database = database;
        this.ledger = ledger;
    }

    /** A new, empty ledger (batches of {@code batch} drafts) on the shared server, with a new signing key. */
    public static TestLedger open(int batch) {
        String name = "sources_test_" + DATABASES.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        LedgerDatabase database = LedgerDatabase.external(server().getJdbcUrl("postgres", name));
        try {
            Path keys = Files.createTempDirectory("witness-keys");
            return new TestLedger(database, new Ledger(database, SigningKey.loadOrCreate(keys), batch));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new, empty ledger with the default batch. */
    public static TestLedger open() {
        return open(Ledger.DEFAULT_BATCH);
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().setServerConfig("max_connections", "100").start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }

    public Ledger ledger() {
        return ledger;
    }

    public LedgerDatabase database() {
        return database;
    }

    @Override
    public void close() throws IOException {
        database.close();
    }
}
