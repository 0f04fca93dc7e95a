package io.witness.ledger.store;

import io.witness.ledger.chain.TenantId;
import io.witness.ledger.checkpoint.SigningKey;
import io.witness.ledger.checkpoint.VerifyingKey;
import java.io.ByteArrayOutputStream;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.postgresql.copy.CopyManager;
import org.postgresql.copy.PGCopyInputStream;
import org.postgresql.copy.PGCopyOutputStream;
import org.jspecify.annotations.Nullable;
import org.postgresql.core.BaseConnection;

/**
 * The derived tickets of each tenant (docs/ledger.md, "Derived tickets"): a cache beside the log, not
 * evidence, written by an import in its own transaction ({@link Ledger#appendAll(TenantId, java.util.Iterator,
 * java.util.function.LongConsumer, DerivedTicketsFeed)}) or rebuilt whole ({@link #rebuild}), and read
 * with binary COPY. It is {@linkplain DerivedRead#usable() usable} only while it reflects the whole log and
 * was derived under the contract asked for, and while its rows are as the ledger wrote them: each row has
 * its {@linkplain DerivedRowDigest SHA-256}, and the tenant's header the rows' count and
 * {@linkplain DigestSum sum of digests} with an Ed25519 signature by the ledger's key over them, its log
 * size and contract digest; a reader recomputes the digests ({@link DerivedRead#rowsCheck}). Thread-safe:
 * every call uses its own connection.
 */
public final class DerivedTickets {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};
    private static final short FIELDS = 8;
    private static final byte[] STATEMENT_VERSION = "witness.derived-tenant.v1\n".getBytes(StandardCharsets.UTF_8);
    /** How a reason for not using the derived tickets starts when they are not as the ledger wrote them. */
    public static final String FAILED_CHECK = "its derived tickets failed their check: ";

    private final LedgerDatabase database;
    private final SigningKey key;

    /** The derived tickets of {@code database}, signed and checked with {@code key} (the ledger's). */
    public DerivedTickets(LedgerDatabase database, SigningKey key) {
        this.database = Objects.requireNonNull(database, "database");
        this.key = Objects.requireNonNull(key, "key");
    }

    /**
     * What a read found: whether the rows were usable, else why not.
     *
     * @param usable true when the rows reflect the whole log and were derived under the contract asked for
     * @param reason why they are not usable; empty when they are
     * @param logSize the log's size when read
     * @param rowCount how many rows were signed; 0 when not usable
     * @param rowsSha256 the signed sum of the rows' digests; zero when not usable
     */
    public record DerivedRead(boolean usable, String reason, long logSize, long rowCount, byte[] rowsSha256) {
        public DerivedRead {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(rowsSha256, "rowsSha256");
        }

        /**
         * Whether the rows read, {@code count} of them whose {@linkplain DerivedRowDigest digests} add up to
         * {@code sum}, are the rows signed: empty if so, else why not (starting with {@value #FAILED_CHECK}).
         * Rows that fail this check must not be used.
         */
        public String rowsCheck(long count, DigestSum sum) {
            if (count != rowCount) {
                return FAILED_CHECK + count + " rows were read where " + rowCount + " were signed";
            }
            if (!sum.is(rowsSha256)) {
                return FAILED_CHECK + "the digests of the rows read do not add up to the signed sum (a row was edited, moved or replaced)";
            }
            return "";
        }
    }

    /** Rows DerivedTickets has read, a chunk at a time, in order of first position. */
    public static final int CHUNK = 2_000;

    /**
     * Reads {@code tenant}'s derived tickets in one snapshot, if they reflect its whole log and were
     * derived under the contract of digest {@code contractSha256}: {@code rows} is given them as they are
     * read, in order of first position, up to {@value #CHUNK} at a time (on this thread).
     *
     * @throws StoreException if the database fails
     */
    public DerivedRead read(TenantId tenant, byte[] contractSha256, Consumer<List<DerivedRow>> rows) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(contractSha256, "contractSha256");
        Objects.requireNonNull(rows, "rows");
        try (Connection connection = database.ownerConnection()) {
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setAutoCommit(false);
            try {
                long size = headSize(connection, tenant);
                Optional<Header> header = header(connection, tenant);
                // The signature first: an edited log size or contract digest is a failed check, not a stale cache.
                String reason = header.isEmpty() ? "no derived tickets are kept for it"
                        : header.get().signature() == null ? FAILED_CHECK + "they are not signed"
                        : !signed(key.verifyingKey(), tenant, header.get()) ? FAILED_CHECK
                                + "their signature does not match their log size, contract digest, row count and digest sum"
                        : header.get().logSize() != size ? "its derived tickets reflect " + header.get().logSize() + " of its "
                                + size + " observations"
                        : !Arrays.equals(header.get().contractSha256(), contractSha256) ? "its derived tickets were derived under another contract"
                        : "";
                if (reason.isEmpty()) {
                    copyOut(connection, tenant, rows);
                }
                connection.commit();
                return reason.isEmpty() ? new DerivedRead(true, reason, size, header.get().rowCount(), header.get().rowsSha256())
                        : new DerivedRead(false, reason, size, 0, new byte[DigestSum.BYTES]);
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException | IOException e) {
            throw new StoreException("Reading the derived tickets of tenant " + tenant + " failed", e);
        }
    }

    /**
     * Replaces all of {@code tenant}'s derived tickets by {@code rows}, derived from the first {@code logSize}
     * observations under the contract of digest {@code contractSha256}; does nothing if the log no longer
     * has that size (it grew meanwhile).
     *
     * @return true if the rows were written
     * @throws StoreException if the database fails; nothing is then changed
     */
    public boolean rebuild(TenantId tenant, long logSize, byte[] contractSha256, List<DigestedRow> rows) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(contractSha256, "contractSha256");
        Objects.requireNonNull(rows, "rows");
        try (Connection connection = database.writerConnection()) {
            connection.setAutoCommit(false);
            try {
                // The head's lock orders the rebuild with every import of the tenant.
                if (LogHead.lock(connection, tenant).size() != logSize) {
                    connection.rollback();
                    return false;
                }
                drop(connection, tenant);
                copyIn(connection, tenant, rows);
                DigestSum sum = new DigestSum();
                rows.forEach(row -> sum.add(row.sha256()));
                writeHeader(connection, key, tenant, logSize, contractSha256, rows.size(), sum);
                connection.commit();
                return true;
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException | IOException e) {
            throw new StoreException("Rebuilding the derived tickets of tenant " + tenant + " failed", e);
        }
    }

    /**
     * Inside an import's transaction, under the head's lock, once its observations moved the log from
     * {@code sizeBefore} to {@code sizeAfter}: the import's rows replace those of the same first positions
     * if the derived tickets reflected the log before it under the same contract (or the log was empty);
     * otherwise, or if the import gave no rows, the tenant's derived tickets are dropped. The header's row
     * count and digest sum are carried forward (the replaced rows' stored digests taken away, the new rows'
     * added) and signed again with {@code key}, only if its signature verified: no import reads every row.
     */
    static void update(Connection connection, SigningKey key, TenantId tenant, long sizeBefore, long sizeAfter, DerivedUpdate update)
            throws SQLException, IOException {
        if (sizeAfter == sizeBefore && update.rows().isEmpty()) {
            // Nothing was appended and nothing derived: the derived tickets are as current as they were.
            return;
        }
        Optional<Header> header = header(connection, tenant);
        boolean current = update.contractSha256().isPresent() && update.logSizeRead() == sizeBefore && (sizeBefore == 0 || header.isPresent()
                && header.get().logSize() == sizeBefore && Arrays.equals(header.get().contractSha256(), update.contractSha256().get())
                && header.get().signature() != null && signed(key.verifyingKey(), tenant, header.get()));
        DigestSum sum = new DigestSum();
        long count = 0;
        if (!current || sizeBefore == 0) {
            if (header.isPresent()) {
                drop(connection, tenant);
            }
            if (!current) {
                return;
            }
        } else {
            // Only a group that existed before the import can have a row to replace.
            sum = DigestSum.of(header.get().rowsSha256());
            count = header.get().rowCount();
            long[] replaced = update.rows().stream().mapToLong(r -> r.row().firstPosition()).filter(p -> p < sizeBefore).toArray();
            if (replaced.length > 0) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM derived_ticket WHERE tenant_id = ? AND first_position = ANY (?) RETURNING row_sha256")) {
                    delete.setString(1, tenant.value());
                    delete.setArray(2, connection.createArrayOf("bigint", Arrays.stream(replaced).boxed().toArray()));
                    try (ResultSet old = delete.executeQuery()) {
                        while (old.next()) {
                            byte[] digest = old.getBytes(1);
                            if (digest == null || digest.length != DigestSum.BYTES) {
                                // Not as the ledger wrote it: start again from nothing (a later reconcile rebuilds).
                                drop(connection, tenant);
                                return;
                            }
                            sum.subtract(digest);
                            count--;
                        }
                    }
                }
            }
        }
        copyIn(connection, tenant, update.rows());
        for (DigestedRow row : update.rows()) {
            sum.add(row.sha256());
        }
        writeHeader(connection, key, tenant, sizeAfter, update.contractSha256().get(), count + update.rows().size(), sum);
    }

    /** A tenant's header; the count, sum and signature are null where not written (before migration V4). */
    private record Header(long logSize, byte[] contractSha256, long rowCount, byte @Nullable [] rowsSha256, byte @Nullable [] signature) {
    }

    /** Whether {@code header}'s signature by {@code key} holds for what it states. */
    private static boolean signed(VerifyingKey key, TenantId tenant, Header header) {
        return header.rowsSha256() != null && header.rowsSha256().length == DigestSum.BYTES && header.signature() != null
                && key.verifiesDerivedTickets(statement(tenant, header.logSize(), header.contractSha256(), header.rowCount(),
                        header.rowsSha256()), header.signature());
    }

    /** What a header's signature is made over: tenant, log size, contract digest, row count and digest sum. */
    private static byte[] statement(TenantId tenant, long logSize, byte[] contractSha256, long rowCount, byte[] rowsSha256) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(STATEMENT_VERSION);
            field(out, utf8(tenant.value()));
            out.writeLong(logSize);
            field(out, contractSha256);
            out.writeLong(rowCount);
            field(out, rowsSha256);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Writing to memory failed", e);
        }
    }

    private static long headSize(Connection connection, TenantId tenant) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT size FROM tenant_log_head WHERE tenant_id = ?")) {
            select.setString(1, tenant.value());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private static Optional<Header> header(Connection connection, TenantId tenant) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT log_size, contract_sha256, row_count, rows_sha256, signature FROM derived_tenant WHERE tenant_id = ?")) {
            select.setString(1, tenant.value());
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long rowCount = rs.getLong(3);
                boolean counted = !rs.wasNull();
                byte[] sum = rs.getBytes(4);
                byte[] signature = rs.getBytes(5);
                // A header without its count or sum is read as unsigned.
                return Optional.of(new Header(rs.getLong(1), rs.getBytes(2), rowCount, sum, counted && sum != null ? signature : null));
            }
        }
    }

    private static void drop(Connection connection, TenantId tenant) throws SQLException {
        try (PreparedStatement rows = connection.prepareStatement("DELETE FROM derived_ticket WHERE tenant_id = ?");
                PreparedStatement header = connection.prepareStatement("DELETE FROM derived_tenant WHERE tenant_id = ?")) {
            rows.setString(1, tenant.value());
            rows.executeUpdate();
            header.setString(1, tenant.value());
            header.executeUpdate();
        }
    }

    private static void writeHeader(Connection connection, SigningKey key, TenantId tenant, long logSize, byte[] contractSha256,
            long rowCount, DigestSum sum) throws SQLException {
        byte[] rowsSha256 = sum.bytes();
        byte[] signature = key.signDerivedTickets(statement(tenant, logSize, contractSha256, rowCount, rowsSha256));
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO derived_tenant (tenant_id, log_size, contract_sha256, "
                + "row_count, rows_sha256, signature) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id) DO UPDATE SET log_size = EXCLUDED.log_size, "
                + "contract_sha256 = EXCLUDED.contract_sha256, row_count = EXCLUDED.row_count, rows_sha256 = EXCLUDED.rows_sha256, "
                + "signature = EXCLUDED.signature")) {
            upsert.setString(1, tenant.value());
            upsert.setLong(2, logSize);
            upsert.setBytes(3, contractSha256);
            upsert.setLong(4, rowCount);
            upsert.setBytes(5, rowsSha256);
            upsert.setBytes(6, signature);
            upsert.executeUpdate();
        }
    }

    private static void copyIn(Connection connection, TenantId tenant, List<DigestedRow> rows) throws SQLException, IOException {
        if (rows.isEmpty()) {
            return;
        }
        CopyManager copy = new CopyManager(connection.unwrap(BaseConnection.class));
        byte[] tenantText = tenant.value().getBytes(StandardCharsets.UTF_8);
        try (PGCopyOutputStream stream = new PGCopyOutputStream(copy.copyIn("COPY derived_ticket (tenant_id, first_position, "
                + "source_system, source_instance, side, case_ref, payload, row_sha256) FROM STDIN (FORMAT binary)"));
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 17))) {
            out.write(SIGNATURE);
            out.writeInt(0);
            out.writeInt(0);
            for (DigestedRow digested : rows) {
                DerivedRow row = digested.row();
                out.writeShort(FIELDS);
                field(out, tenantText);
                out.writeInt(8);
                out.writeLong(row.firstPosition());
                field(out, utf8(row.source().system()));
                field(out, utf8(row.source().instance()));
                field(out, utf8(row.side().wireName()));
                field(out, utf8(row.caseRef()));
                field(out, row.payload());
                field(out, digested.sha256());
            }
            out.writeShort(-1);
        }
    }

    private static void field(DataOutputStream out, byte[] value) throws IOException {
        out.writeInt(value.length);
        out.write(value);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void copyOut(Connection connection, TenantId tenant, Consumer<List<DerivedRow>> chunks) throws SQLException, IOException {
        CopyManager copy = new CopyManager(connection.unwrap(BaseConnection.class));
        String sql = "COPY (SELECT first_position, source_system, source_instance, side, case_ref, payload FROM derived_ticket "
                + "WHERE tenant_id = '" + tenant.value().replace("'", "''") + "' ORDER BY first_position) TO STDOUT (FORMAT binary)";
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new PGCopyInputStream(copy.copyOut(sql)), 1 << 17))) {
            byte[] signature = new byte[SIGNATURE.length];
            in.readFully(signature);
            if (!Arrays.equals(signature, SIGNATURE)) {
                throw new IOException("The derived tickets' COPY does not start with PostgreSQL's binary signature");
            }
            in.readInt();
            in.skipNBytes(in.readInt());
            new DerivedRowsIn(in).readAll(chunks);
            // Read to the end, so that the COPY ends as the server ends it and is not cancelled.
            while (in.read() != -1) {
                in.skipNBytes(0);
            }
        }
    }
}
