package io.witness.ledger.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.witness.ledger.chain.ObservationDraft;
import io.witness.ledger.chain.Position;
import io.witness.ledger.chain.TenantId;
import io.witness.ledger.checkpoint.SigningKey;
import io.witness.ledger.store.Ledger;
import io.witness.ledger.store.LedgerDatabase;
import io.witness.ledger.testing.Drafts;
import io.witness.ledger.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every byte of every stored column of one observation (a correction, so that every column holds a value)
 * and of one checkpoint, changed one at a time through SQL by the database's owner (a superuser, with the
 * append-only triggers off for its session):
 * verify names the row every time. Text and JSON columns are changed in their UTF-8 bytes, numbers in each
 * of their eight bytes, times in each byte of their microsecond count; a change the database itself
 * refuses (a CHECK, a key, bytes that are not UTF-8 or not JSON) cannot be stored, so is not a tampering,
 * and is counted apart. Between changes the log is put back as it was. #5
 */
class EveryStoredByteChangedTest {

    private static final TenantId TENANT = TenantId.of("every-byte");
    private static final String OBSERVATION = "observation WHERE position = 5";
    private static final String CHECKPOINT = "checkpoint WHERE tree_size = 8";
    // SQLSTATEs of a change PostgreSQL refuses to store: not UTF-8, not JSON, a key or CHECK violated, out of range.
    private static final Set<String> REFUSED = Set.of("22021", "22P02", "23505", "23514", "22008", "22003");

    private static LedgerDatabase database;
    private static Connection owner;
    private static LedgerVerifier verifier;

    @BeforeAll
    static void logWithACorrection(@TempDir Path keys) throws IOException, SQLException {
        database = TestPostgres.newLedgerDatabase();
        SigningKey key = SigningKey.loadOrCreate(keys);
        Ledger ledger = new Ledger(database, key);
        List<ObservationDraft> drafts = new ArrayList<>(Drafts.series(0, 8, 4));
        drafts.set(5, drafts.get(5).withSupersedes(Position.of(1))); // INC1 version 1 corrects version 0
        ledger.append(TENANT, drafts.subList(0, 4));
        ledger.checkpoint(TENANT, Instant.parse("2026-03-07T00:00:00Z"));
        ledger.append(TENANT, drafts.subList(4, 8));
        ledger.checkpoint(TENANT, Instant.parse("2026-03-08T00:00:00Z"));
        verifier = new LedgerVerifier(database, key.verifyingKey());
        owner = database.ownerConnection();
        owner.setAutoCommit(false);
        // As a superuser may: the append-only triggers off for this session only, and for every change below.
        owner("SET session_replication_role = replica");
        owner("CREATE TABLE pristine_observation AS SELECT * FROM observation",
                "CREATE TABLE pristine_checkpoint AS SELECT * FROM checkpoint");
    }

    @AfterAll
    static void close() throws IOException, SQLException {
        owner.close();
        database.close();
    }

    static Stream<Arguments> columns() {
        return Stream.of(
                bytea(OBSERVATION, "raw"), bytea(OBSERVATION, "payload_sha256"), bytea(OBSERVATION, "parsed_sha256"),
                bytea(OBSERVATION, "natural_key"), bytea(OBSERVATION, "leaf_hash"), bytea(OBSERVATION, "chain_hash"),
                text(OBSERVATION, "tenant_id"), text(OBSERVATION, "source_system"), text(OBSERVATION, "source_instance"),
                text(OBSERVATION, "side"), text(OBSERVATION, "kind"), text(OBSERVATION, "source_id"), text(OBSERVATION, "source_version"),
                text(OBSERVATION, "case_ref"), text(OBSERVATION, "parsed"),
                bigint(OBSERVATION, "position"), bigint(OBSERVATION, "supersedes"),
                time(OBSERVATION, "claimed_at"), time(OBSERVATION, "received_at"),
                bytea(CHECKPOINT, "root_hash"), bytea(CHECKPOINT, "signature"), text(CHECKPOINT, "key_id"), text(CHECKPOINT, "tenant_id"),
                bigint(CHECKPOINT, "tree_size"), time(CHECKPOINT, "signed_at"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("columns")
    void verifyNamesTheRowWhateverByteOfItChanged(String table, String column, String lengthSql, String changeSql) throws SQLException {
        boolean isObservation = table.equals(OBSERVATION);
        int length = (int) ownerQuery("SELECT " + lengthSql + " FROM " + table + " AND tenant_id = '" + TENANT + "'");
        List<String> missed = new ArrayList<>();
        int stored = 0;
        for (int i = 0; i < length; i++) {
            String update = "UPDATE " + table.replace(" WHERE ", " SET " + column + " = " + changeSql.replace("{i}", Integer.toString(i))
                    + " WHERE ") + " AND tenant_id = '" + TENANT + "'";
            if (!storedDespiteTriggers(update)) {
                continue;
            }
            stored++;
            // A row moved to another tenant is seen only by verifying them all.
            VerifyReport report = column.equals("tenant_id") ? verifier.verifyAll() : verifier.verify(TENANT);
            boolean named = report.failures().stream().anyMatch(f -> isObservation ? f.row().equals(TENANT + "#5")
                    : f.row().contains(" checkpoint "));
            if (!named) {
                missed.add("byte " + i + ": " + report.failures());
            }
            restore();
        }
        assertThat(missed).as("changes of %s.%s that verify did not name", table, column).isEmpty();
        if (column.equals("side")) {
            assertThat(stored).as("the side's CHECK (client, provider, witness) refuses every single-byte change").isZero();
        } else {
            assertThat(stored).as("changes stored of %d bytes", length).isPositive();
        }
        assertThat(verifier.verifyAll().failures()).isEmpty();
    }

    private static Arguments bytea(String table, String column) {
        return Arguments.of(table, column, "length(" + column + ")", "set_byte(" + column + ", {i}, get_byte(" + column + ", {i}) # (1 << ({i} % 8)))");
    }

    private static Arguments text(String table, String column) {
        String utf8 = "convert_to(" + column + ", 'UTF8')";
        return Arguments.of(table, column, "octet_length(" + column + ")",
                "convert_from(set_byte(" + utf8 + ", {i}, get_byte(" + utf8 + ", {i}) # (1 << ({i} % 7))), 'UTF8')");
    }

    private static Arguments bigint(String table, String column) {
        return Arguments.of(table, column, "8", column + " # (1::bigint << (8 * {i} + CASE WHEN {i} = 7 THEN 6 ELSE 7 END))");
    }

    private static Arguments time(String table, String column) {
        return Arguments.of(table, column, "8", column + " + ((1::bigint << (8 * {i})) || ' microseconds')::interval");
    }

    // The owner, with the append-only triggers off, stores the change; false if PostgreSQL refuses the value itself.
    private static boolean storedDespiteTriggers(String update) throws SQLException {
        try (Statement s = owner.createStatement()) {
            try {
                assertThat(s.executeUpdate(update)).as(update).isEqualTo(1);
            } catch (SQLException e) {
                owner.rollback();
                if (REFUSED.contains(e.getSQLState())) {
                    return false;
                }
                throw e;
            }
            owner.commit();
            return true;
        }
    }

    private static void restore() throws SQLException {
        owner("DELETE FROM observation", "INSERT INTO observation SELECT * FROM pristine_observation",
                "DELETE FROM checkpoint", "INSERT INTO checkpoint SELECT * FROM pristine_checkpoint");
    }

    private static void owner(String... statements) throws SQLException {
        try (Statement s = owner.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
            owner.commit();
        }
    }

    private static long ownerQuery(String sql) throws SQLException {
        try (Statement s = owner.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            long value = rs.getLong(1);
            owner.commit();
            return value;
        }
    }
}
