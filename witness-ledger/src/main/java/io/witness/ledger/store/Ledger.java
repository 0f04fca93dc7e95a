package io.witness.ledger.store;

import io.witness.ledger.chain.ChainLink;
import io.witness.ledger.chain.LeafEncoding;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.ledger.chain.Position;
import io.witness.ledger.chain.TenantId;
import io.witness.ledger.checkpoint.Checkpoint;
import io.witness.ledger.checkpoint.SignedCheckpoint;
import io.witness.ledger.checkpoint.SigningKey;
import io.witness.ledger.hash.Hash;
import io.witness.ledger.proof.TreeFrontier;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * The evidence ledger: appends observations to a tenant's log and signs checkpoints of it.
 *
 * <p>Each batch of an {@link #append} is one transaction that locks the tenant's head row, drops drafts the log
 * already holds (same {@link io.witness.ledger.chain.NaturalKey}) or that repeat within the batch,
 * gives the rest the next positions, computes their leaf hashes, chain links and the new Merkle
 * frontier, inserts them with COPY, moves the head and commits. A crash leaves each batch wholly in or
 * wholly out; two writers of one tenant take turns at the lock, so the chain stays one. {@link #appendAll}
 * writes the same batches in a single transaction, for an import that must be all or nothing. Writes act as
 * {@value LedgerDatabase#WRITER_ROLE}.
 *
 * <p>Times are passed in: the ledger never reads the clock. Thread-safe: every call uses its own
 * connection.
 */
public final class Ledger {

    private static final String UNIQUE_VIOLATION = "23505";

    /** Drafts per transaction unless told otherwise. */
    public static final int DEFAULT_BATCH = 2_000;

    private final LedgerDatabase database;
    private final SigningKey key;
    private final int batchSize;

    /**
     * @param database where the log lives
     * @param key signs checkpoints
     * @param batchSize drafts per transaction, 1 or more
     */
    public Ledger(LedgerDatabase database, SigningKey key, int batchSize) {
        this.database = Objects.requireNonNull(database, "database");
        this.key = Objects.requireNonNull(key, "key");
        if (batchSize < 1) {
            throw new IllegalArgumentException("A batch holds at least 1 draft, got " + batchSize);
        }
        this.batchSize = batchSize;
    }

    /** A ledger writing {@value #DEFAULT_BATCH} drafts a transaction. */
    public Ledger(LedgerDatabase database, SigningKey key) {
        this(database, key, DEFAULT_BATCH);
    }

    /** Reads observations and checkpoints back. */
    public LedgerReader reader() {
        return new LedgerReader(database);
    }

    /** The derived tickets of this ledger's tenants, signed and checked with its key. */
    public DerivedTickets derivedTickets() {
        return new DerivedTickets(database, key);
    }

    /**
     * Appends {@code drafts} in their order to {@code tenant}'s log, skipping evidence it already holds.
     *
     * @throws StoreException if the database fails; batches committed before the failure stay
     */
    public AppendResult append(TenantId tenant, List<ObservationDraft> drafts) {
        Objects.requireNonNull(drafts, "drafts");
        return append(tenant, List.of(drafts).iterator(), false, stored -> { }, keepingNoDerivedTickets(() -> { }));
    }

    /**
     * Appends {@code drafts} like {@link #append}, with the same batches, but all of them in one
     * transaction: either every new observation is in the log afterwards or, if anything fails, none is.
     * An import that must be all or nothing uses this. The tenant's log stays locked until the end, so
     * other writers of the tenant wait.
     *
     * @param stored told the number of drafts handled so far after each batch (for a progress bar)
     * @throws StoreException if the database fails; nothing of this call is then in the log
     */
    public AppendResult appendAll(TenantId tenant, List<ObservationDraft> drafts, LongConsumer stored) {
        return appendAll(tenant, drafts, stored, () -> { });
    }

    /**
     * {@link #appendAll(TenantId, List, LongConsumer)}, running {@code beforeCommit} once every batch is
     * written and before the transaction commits: if it throws, the transaction is rolled back and its
     * exception passes on. An importer checks there what it did meanwhile (deriving the events), so that
     * writing and checking overlap and a failed check still leaves nothing.
     */
    public AppendResult appendAll(TenantId tenant, List<ObservationDraft> drafts, LongConsumer stored, Runnable beforeCommit) {
        Objects.requireNonNull(drafts, "drafts");
        return appendAll(tenant, List.of(drafts).iterator(), stored, beforeCommit);
    }

    /**
     * {@link #appendAll(TenantId, List, LongConsumer, Runnable)} for drafts still being made: {@code chunks}
     * hands them over in order, a list at a time, as a parser reads them (its {@code hasNext} may wait for
     * the next), and each batch is written as soon as it is full, so that storing overlaps the reading. If
     * the iterator throws, the transaction is rolled back and its exception passes on: nothing of this call
     * is then in the log, nor the tenant if this call would have made it.
     */
    public AppendResult appendAll(TenantId tenant, Iterator<List<ObservationDraft>> chunks, LongConsumer stored, Runnable beforeCommit) {
        Objects.requireNonNull(beforeCommit, "beforeCommit");
        return appendAll(tenant, chunks, stored, keepingNoDerivedTickets(beforeCommit));
    }

    /**
     * {@link #appendAll(TenantId, Iterator, LongConsumer, Runnable)} that also keeps the tenant's derived tickets
     * ({@link DerivedTickets}) in the same transaction: {@code derived} is told each draft's position as it is
     * written, and before the commit gives the rows of the groups the import touched, which replace theirs
     * if the derived tickets reflected the log before this call under the same contract; otherwise the
     * tenant's derived tickets are dropped (a later reconcile derives from the observations).
     */
    public AppendResult appendAll(TenantId tenant, Iterator<List<ObservationDraft>> chunks, LongConsumer stored, DerivedTicketsFeed derived) {
        Objects.requireNonNull(chunks, "chunks");
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(derived, "derived");
        return append(tenant, chunks, true, stored, derived);
    }

    /** Runs {@code beforeCommit} and keeps no derived tickets: the tenant's are dropped. */
    private static DerivedTicketsFeed keepingNoDerivedTickets(Runnable beforeCommit) {
        return new DerivedTicketsFeed() {
            @Override
            public void stored(ObservationDraft draft, Position at) {
            }

            @Override
            public DerivedUpdate beforeCommit() {
                beforeCommit.run();
                return DerivedUpdate.none();
            }
        };
    }

    private AppendResult append(TenantId tenant, Iterator<List<ObservationDraft>> chunks, boolean oneTransaction, LongConsumer stored,
            DerivedTicketsFeed derived) {
        Objects.requireNonNull(tenant, "tenant");
        AppendResult total = AppendResult.none();
        DraftBatches batches = new DraftBatches(chunks, batchSize);
        // One thread prepares the next batch (hashing, rendering) while this one writes the current.
        ExecutorService preparer = Executors.newSingleThreadExecutor(Ledger::daemon);
        try (Connection connection = database.writerConnection()) {
            if (!oneTransaction) {
                LogHead.ensure(connection, tenant);
            }
            connection.setAutoCommit(false);
            try {
                if (oneTransaction) {
                    // Inside the transaction: a call that fails leaves no empty tenant behind.
                    LogHead.ensure(connection, tenant);
                }
                long handled = 0;
                // In one transaction the head is locked and read once and written once before the commit: each
                // UPDATE of the row leaves a version only the commit can prune, so a lock and a write a batch
                // made every next lock walk all of them (quadratic: an import of 8 M observations, 3,600 batches,
                // spent most of its time there).
                LogHead held = oneTransaction ? LogHead.lock(connection, tenant) : null;
                LogHead start = held;
                Future<List<PreparedDraft>> next = preparer.submit(() -> prepare(tenant, batches.next()));
                for (List<PreparedDraft> batch = next.get(); !batch.isEmpty(); batch = next.get()) {
                    next = preparer.submit(() -> prepare(tenant, batches.next()));
                    LogHead head = oneTransaction ? held : LogHead.lock(connection, tenant);
                    BatchAppended appended = appendBatch(connection, tenant, head, batch, !oneTransaction, derived);
                    held = appended.after();
                    total = total.plus(appended.result());
                    handled += batch.size();
                    stored.accept(handled);
                }
                if (oneTransaction) {
                    if (held.size() != start.size()) {
                        held.write(connection, tenant);
                    }
                    DerivedUpdate update = derived.beforeCommit();
                    DerivedTickets.update(connection, key, tenant, held.size() - total.added(), held.size(), update);
                    connection.commit();
                }
                return total;
            } catch (SQLException | IOException | ExecutionException | InterruptedException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException | IOException e) {
            throw new StoreException("Appending to the log of tenant " + tenant + " failed after "
                    + (oneTransaction ? "0" : Long.toString(total.added())) + " added", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while appending to the log of tenant " + tenant + " after "
                    + (oneTransaction ? "0" : Long.toString(total.added())) + " added", e);
        } finally {
            preparer.shutdownNow();
        }
    }

    /**
     * Signs a checkpoint of {@code tenant}'s log as it is now, at time {@code now}; if one of this size
     * exists already, returns that one instead.
     *
     * @throws StoreException if the database fails
     */
    public SignedCheckpoint checkpoint(TenantId tenant, Instant now) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(now, "now");
        try (Connection connection = database.writerConnection()) {
            LogHead.ensure(connection, tenant);
            connection.setAutoCommit(false);
            try {
                LogHead head = LogHead.lock(connection, tenant);
                Optional<SignedCheckpoint> existing = new LedgerReader(database).checkpointOfSize(connection, tenant, head.size());
                SignedCheckpoint signed = existing.orElseGet(() -> key.sign(
                        new Checkpoint(tenant, head.size(), head.frontier().root(), now, key.verifyingKey().keyId())));
                if (existing.isEmpty()) {
                    insertCheckpoint(connection, signed);
                }
                connection.commit();
                return signed;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Signing a checkpoint of tenant " + tenant + " failed", e);
        }
    }

    private static List<PreparedDraft> prepare(TenantId tenant, List<ObservationDraft> drafts) {
        List<PreparedDraft> batch = new ArrayList<>(drafts.size());
        for (ObservationDraft draft : drafts) {
            batch.add(PreparedDraft.of(tenant, draft));
        }
        return batch;
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "witness-ledger-prepare");
        thread.setDaemon(true);
        return thread;
    }

    // Fresh evidence, the usual case, is written without looking anything up first: the batch is copied
    // under a savepoint, and only if the unique natural key refuses a row is the savepoint rolled back,
    // the evidence already held looked up and dropped, and the rest copied with their own positions.
    // With commit false the batch stays in the caller's transaction (appendAll), and a failure is left to
    // the caller to roll back, so that batches written before it go too.
    private BatchAppended appendBatch(Connection connection, TenantId tenant, LogHead head, List<PreparedDraft> batch,
            boolean commit, DerivedTicketsFeed derived) throws SQLException {
        try {
            Map<Hash, PreparedDraft> fresh = new LinkedHashMap<>();
            for (PreparedDraft draft : batch) {
                fresh.putIfAbsent(draft.naturalKey(), draft);
            }
            Savepoint beforeCopy = connection.setSavepoint();
            LogHead after;
            try {
                after = copy(connection, tenant, head, fresh);
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                connection.rollback(beforeCopy);
                for (Hash known : existingKeys(connection, tenant, fresh.keySet())) {
                    fresh.remove(known);
                }
                after = copy(connection, tenant, head, fresh);
            }
            if (fresh.isEmpty()) {
                if (commit) {
                    connection.rollback();
                }
                return new BatchAppended(new AppendResult(0, batch.size(), Optional.empty(), Optional.empty()), head);
            }
            if (commit) {
                after.write(connection, tenant);
                connection.commit();
            }
            long at = head.size();
            for (PreparedDraft draft : fresh.values()) {
                derived.stored(draft.draft(), Position.of(at++));
            }
            return new BatchAppended(new AppendResult(fresh.size(), batch.size() - fresh.size(),
                    Optional.of(Position.of(head.size())), Optional.of(Position.of(after.size() - 1))), after);
        } catch (SQLException | RuntimeException e) {
            if (commit) {
                connection.rollback();
            }
            throw e;
        }
    }

    /** What a batch added, and the log's head after it. */
    private record BatchAppended(AppendResult result, LogHead after) {
    }

    /** Gives {@code drafts} the positions after {@code head}, copies them in, and returns the head after them. */
    private static LogHead copy(Connection connection, TenantId tenant, LogHead head, Map<Hash, PreparedDraft> drafts)
            throws SQLException {
        TreeFrontier frontier = head.frontier().copy();
        Hash chain = head.chainHash();
        long position = head.size();
        if (drafts.isEmpty()) {
            return head;
        }
        CopyIn in = new CopyManager(connection.unwrap(BaseConnection.class)).copyIn(CopyRows.COPY);
        try {
            CopyRows rows = new CopyRows(in);
            for (PreparedDraft draft : drafts.values()) {
                Position at = Position.of(position++);
                // A correction refers to evidence already in the log: positions run without gaps from 0, so
                // every position before its own exists, and none at or after it can be what it corrects.
                if (draft.draft().supersedes().isPresent() && draft.draft().supersedes().get().value() >= at.value()) {
                    throw new IllegalArgumentException("Observation " + draft.draft().sourceId() + " would be at " + at
                            + " of tenant " + tenant + " but supersedes " + draft.draft().supersedes().get()
                            + ", which is not an earlier position of the log");
                }
                Hash leaf = LeafEncoding.leafHash(tenant, at, draft.leafFields());
                chain = ChainLink.next(chain, leaf);
                frontier.append(leaf);
                rows.add(draft.copyPrefix(), at, leaf, chain);
            }
            rows.finish();
        } catch (SQLException | RuntimeException e) {
            if (in.isActive()) {
                try {
                    in.cancelCopy();
                } catch (SQLException cancelling) {
                    e.addSuppressed(cancelling);
                }
            }
            throw e;
        }
        return new LogHead(position, chain, frontier);
    }

    private static Set<Hash> existingKeys(Connection connection, TenantId tenant, Set<Hash> keys) throws SQLException {
        byte[][] values = keys.stream().map(Hash::bytes).toArray(byte[][]::new);
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT natural_key FROM observation WHERE tenant_id = ? AND natural_key = ANY (?)")) {
            select.setString(1, tenant.value());
            select.setArray(2, connection.createArrayOf("bytea", values));
            Set<Hash> found = new HashSet<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.add(Hash.of(rs.getBytes(1)));
                }
            }
            return found;
        }
    }

    private static void insertCheckpoint(Connection connection, SignedCheckpoint signed) throws SQLException {
        Checkpoint c = signed.checkpoint();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO checkpoint (tenant_id, tree_size, root_hash, signed_at, key_id, signature) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, c.tenant().value());
            insert.setLong(2, c.treeSize());
            insert.setBytes(3, c.rootHash().bytes());
            insert.setObject(4, c.time().atOffset(ZoneOffset.UTC));
            insert.setString(5, c.keyId());
            insert.setBytes(6, signed.signature());
            insert.executeUpdate();
        }
    }
}
