package io.witness.ledger.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The ledger's PostgreSQL database: either an embedded server in a data folder (the default, nothing to
 * install) or a server given by a JDBC URL. Opening it brings the schema up to date with Flyway. The URL's
 * user (or the embedded {@code postgres} superuser) owns the schema; writes go through
 * {@link #writerConnection()}, which acts as the role {@code witness_writer} that may only insert evidence.
 *
 * <p>Thread-safe; close it to stop an embedded server.
 */
public final class LedgerDatabase implements AutoCloseable {

    /** The role the ledger writes with: INSERT and SELECT on evidence, no UPDATE, DELETE or TRUNCATE. */
    public static final String WRITER_ROLE = "witness_writer";

    private final DataSource owner;
    private final Optional<EmbeddedPostgres> embedded;
    private final String description;

    private LedgerDatabase(DataSource owner, Optional<EmbeddedPostgres> embedded, String description) {
        this.owner = owner;
        this.embedded = embedded;
        this.description = description;
    }

    /**
     * Starts (creating on first use) the embedded server whose files live in {@code dataFolder}/postgres,
     * and migrates it.
     *
     * @throws StoreUnavailable if it cannot start; the message says what to do
     */
    public static LedgerDatabase embedded(Path dataFolder) {
        Objects.requireNonNull(dataFolder, "dataFolder");
        EmbeddedPostgres pg = EmbeddedServer.start(dataFolder);
        LedgerDatabase db = new LedgerDatabase(pg.getPostgresDatabase(), Optional.of(pg),
                "embedded PostgreSQL in " + dataFolder.resolve(EmbeddedServer.PG_DIR));
        return db.migrated();
    }

    /**
     * Connects to the server at {@code jdbcUrl} ({@code jdbc:postgresql://host:port/db?user=…&password=…})
     * and migrates it.
     *
     * @throws StoreUnavailable if it cannot be reached or migrated
     */
    public static LedgerDatabase external(String jdbcUrl) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new StoreUnavailable("--db takes a PostgreSQL JDBC URL, jdbc:postgresql://host:port/database?user=…, got '"
                    + jdbcUrl + "'");
        }
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(jdbcUrl);
        return new LedgerDatabase(source, Optional.empty(), "PostgreSQL at " + withoutPassword(jdbcUrl)).migrated();
    }

    /** What this database is, for messages: never shows a password. */
    public String description() {
        return description;
    }

    /** A connection as the schema's owner: for migrations, verification and reading. */
    public Connection ownerConnection() throws SQLException {
        return owner.getConnection();
    }

    /** A connection acting as {@value #WRITER_ROLE}: it can insert evidence but never change or remove it. */
    public Connection writerConnection() throws SQLException {
        Connection connection = owner.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET ROLE " + WRITER_ROLE);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    /** A JDBC URL of the embedded server's database for its superuser, for tools and tests. */
    public Optional<String> embeddedJdbcUrl() {
        return embedded.map(pg -> pg.getJdbcUrl("postgres", "postgres"));
    }

    private LedgerDatabase migrated() {
        try {
            Flyway.configure()
                    .dataSource(owner)
                    .locations("classpath:db/migration")
                    .loggers("slf4j")
                    .load()
                    .migrate();
            return this;
        } catch (FlywayException e) {
            closeQuietlyAfter(e);
            throw new StoreUnavailable("Cannot bring the ledger's schema up to date on " + description + ": " + e.getMessage(), e);
        }
    }

    private void closeQuietlyAfter(Exception cause) {
        try {
            close();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (embedded.isPresent()) {
            embedded.get().close();
        }
    }

    private static String withoutPassword(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
