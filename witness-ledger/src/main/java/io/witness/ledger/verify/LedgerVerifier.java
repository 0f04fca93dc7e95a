package io.witness.ledger.verify;

import io.witness.ledger.chain.ChainLink;
import io.witness.ledger.chain.TenantId;
import io.witness.ledger.checkpoint.VerifyingKey;
import io.witness.ledger.hash.Hash;
import io.witness.ledger.proof.TreeFrontier;
import io.witness.ledger.store.LedgerDatabase;
import io.witness.ledger.store.StoreException;
import io.witness.ledger.verify.CheckpointCheck.StoredCheckpoint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Re-derives a stored ledger from its rows, as the schema's owner and without trusting any stored hash:
 * every observation's digests, leaf hash and chain link; that positions run 0, 1, 2… without a gap up to
 * the head's size; every checkpoint's root (recomputed from the leaves, streaming, in O(log n) memory)
 * and signature; and the head row. Each tenant is read in one repeatable-read snapshot, so appends going
 * on meanwhile are not half seen.
 */
public final class LedgerVerifier {

    private static final int FETCH = 2_000;

    private final LedgerDatabase database;
    private final VerifyingKey key;

    /**
     * @param database the ledger to check
     * @param key the ledger's public key, which every checkpoint must be signed with
     */
    public LedgerVerifier(LedgerDatabase database, VerifyingKey key) {
        this.database = Objects.requireNonNull(database, "database");
        this.key = Objects.requireNonNull(key, "key");
    }

    /**
     * Checks every tenant: those the tenant table lists and any other that rows name (rows moved to a
     * tenant without a head are then named as unexpected).
     */
    public VerifyReport verifyAll() {
        VerifyReport report = new VerifyReport(0, 0, List.of());
        for (String tenant : tenantsNamedAnywhere()) {
            TenantId id;
            try {
                id = TenantId.of(tenant);
            } catch (IllegalArgumentException e) {
                report = report.plus(new VerifyReport(0, 0, rowsOfUnreadableTenant(tenant, e.getMessage())));
                continue;
            }
            report = report.plus(verify(id));
        }
        return report;
    }

    // Each observation and checkpoint that names a tenant id no tenant can have (changed behind the ledger's back).
    private List<Failure> rowsOfUnreadableTenant(String tenant, String why) {
        String name = "tenant '" + tenant + "'";
        try (Connection connection = database.ownerConnection();
                PreparedStatement select = connection.prepareStatement("SELECT '#' || position FROM observation WHERE tenant_id = ? "
                        + "UNION ALL SELECT ' checkpoint ' || tree_size FROM checkpoint WHERE tenant_id = ?")) {
            select.setString(1, tenant);
            select.setString(2, tenant);
            List<Failure> out = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    out.add(new Failure(name + rs.getString(1), FailureKind.UNREADABLE_ROW, why));
                }
            }
            return out.isEmpty() ? List.of(new Failure(name, FailureKind.UNREADABLE_ROW, why)) : out;
        } catch (SQLException e) {
            throw new StoreException("Reading the rows of " + name + " failed", e);
        }
    }

    private List<String> tenantsNamedAnywhere() {
        try (Connection connection = database.ownerConnection();
                PreparedStatement select = connection.prepareStatement("SELECT tenant_id FROM tenant UNION SELECT DISTINCT tenant_id "
                        + "FROM observation UNION SELECT DISTINCT tenant_id FROM checkpoint ORDER BY 1");
                ResultSet rs = select.executeQuery()) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Listing the tenants to verify failed", e);
        }
    }

    /** Checks one tenant's log, checkpoints and head. */
    public VerifyReport verify(TenantId tenant) {
        Objects.requireNonNull(tenant, "tenant");
        try (Connection connection = database.ownerConnection()) {
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try {
                return verify(connection, tenant);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new StoreException("Verifying the log of tenant " + tenant + " failed", e);
        }
    }

    private VerifyReport verify(Connection connection, TenantId tenant) throws SQLException {
        List<Failure> failures = new ArrayList<>();
        Optional<Head> head = head(connection, tenant);
        long size = head.map(Head::size).orElse(0L);
        Deque<StoredCheckpoint> checkpoints = new ArrayDeque<>(checkpoints(connection, tenant));
        long checkpointCount = checkpoints.size();
        TreeFrontier tree = TreeFrontier.empty();
        Optional<Hash> chain = Optional.of(ChainLink.genesis());
        long expected = 0;
        long rows = 0;
        Optional<Long> firstGap = Optional.empty();
        checkDue(tenant, checkpoints, tree, firstGap, failures);
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + StoredRow.COLUMNS + " FROM observation WHERE tenant_id = ? ORDER BY position")) {
            select.setFetchSize(FETCH);
            select.setString(1, tenant.value());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    StoredRow row = StoredRow.read(rs);
                    rows++;
                    if (row.position() >= size) {
                        failures.add(new Failure(tenant + "#" + row.position(), FailureKind.UNEXPECTED_POSITION,
                                "the log's head says it holds " + size + " observations"));
                        continue;
                    }
                    if (row.position() > expected) {
                        failures.add(missing(tenant, expected, row.position() - 1));
                        if (firstGap.isEmpty()) {
                            firstGap = Optional.of(expected);
                        }
                        chain = Optional.empty();
                    }
                    RowCheck.Outcome outcome = RowCheck.check(tenant, row, chain, failures);
                    chain = Optional.of(outcome.chain());
                    if (firstGap.isEmpty()) {
                        tree.append(outcome.leaf());
                        checkDue(tenant, checkpoints, tree, firstGap, failures);
                    }
                    expected = row.position() + 1;
                }
            }
        }
        if (expected < size) {
            failures.add(missing(tenant, expected, size - 1));
            if (firstGap.isEmpty()) {
                firstGap = Optional.of(expected);
            }
        }
        for (StoredCheckpoint left : checkpoints) {
            failures.add(firstGap.isPresent() && left.treeSize() <= size
                    ? new Failure(tenant + " checkpoint " + left.treeSize(), FailureKind.ROOT_MISMATCH,
                            "cannot be recomputed: the log lacks position " + firstGap.get())
                    : new Failure(tenant + " checkpoint " + left.treeSize(), FailureKind.CHECKPOINT_BEYOND_LOG,
                            "the log holds " + tree.size() + " observations"));
        }
        if (head.isPresent() && firstGap.isEmpty()) {
            checkHead(tenant, head.get(), tree, chain.orElse(Hash.ZERO), failures);
        }
        return new VerifyReport(rows, checkpointCount, failures);
    }

    private void checkDue(TenantId tenant, Deque<StoredCheckpoint> checkpoints, TreeFrontier tree, Optional<Long> gap,
            List<Failure> failures) {
        while (!checkpoints.isEmpty() && checkpoints.peekFirst().treeSize() == tree.size() && gap.isEmpty()) {
            CheckpointCheck.check(tenant, checkpoints.removeFirst(), tree.root(), key, failures);
        }
    }

    private static Failure missing(TenantId tenant, long from, long to) {
        return from == to ? new Failure(tenant + "#" + from, FailureKind.MISSING_POSITION, "")
                : new Failure(tenant + "#" + from, FailureKind.MISSING_POSITION, "positions " + from + " to " + to + " have no row");
    }

    private static void checkHead(TenantId tenant, Head head, TreeFrontier tree, Hash chain, List<Failure> failures) {
        String name = tenant + " head";
        if (!Arrays.equals(head.chainHash(), chain.bytes())) {
            failures.add(new Failure(name, FailureKind.HEAD_MISMATCH, "last chain link " + RowCheck.storedVsComputed(head.chainHash(), chain)));
        }
        Hash stored;
        try {
            stored = TreeFrontier.restore(head.size(), head.frontier()).root();
        } catch (IllegalArgumentException e) {
            failures.add(new Failure(name, FailureKind.HEAD_MISMATCH, "frontier: " + e.getMessage()));
            return;
        }
        if (!stored.equals(tree.root())) {
            failures.add(new Failure(name, FailureKind.HEAD_MISMATCH, "frontier root " + RowCheck.storedVsComputed(stored.bytes(), tree.root())));
        }
    }

    private record Head(long size, byte[] chainHash, byte[] frontier) {
    }

    private static Optional<Head> head(Connection connection, TenantId tenant) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT size, chain_hash, frontier FROM tenant_log_head WHERE tenant_id = ?")) {
            select.setString(1, tenant.value());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(new Head(rs.getLong(1), rs.getBytes(2), rs.getBytes(3))) : Optional.empty();
            }
        }
    }

    private static List<StoredCheckpoint> checkpoints(Connection connection, TenantId tenant) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + StoredCheckpoint.COLUMNS + " FROM checkpoint WHERE tenant_id = ? ORDER BY tree_size")) {
            select.setString(1, tenant.value());
            List<StoredCheckpoint> out = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    out.add(StoredCheckpoint.read(rs));
                }
            }
            return out;
        }
    }
}
