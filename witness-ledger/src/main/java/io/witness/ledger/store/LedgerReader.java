package io.witness.ledger.store;

import io.witness.core.event.CaseId;
import io.witness.core.event.Side;
import io.witness.ledger.chain.Observation;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.ledger.chain.Position;
import io.witness.ledger.chain.SourceRef;
import io.witness.ledger.chain.TenantId;
import io.witness.ledger.checkpoint.Checkpoint;
import io.witness.ledger.checkpoint.SignedCheckpoint;
import io.witness.ledger.hash.Hash;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a ledger back: tenants, observations by position or by case, leaf hashes and checkpoints. Rows
 * are taken as stored; {@code witness verify} is what checks them. Thread-safe.
 */
public final class LedgerReader {

    private static final String OBSERVATION_COLUMNS = "tenant_id, position, source_system, source_instance, side, kind, source_id, "
            + "source_version, claimed_at, received_at, case_ref, supersedes, raw, parsed, payload_sha256, leaf_hash, chain_hash";

    /** Values per query of the bulk reads. */
    static final int CHUNK = 10_000;

    private final LedgerDatabase database;

    /** Reads {@code database}. */
    public LedgerReader(LedgerDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Every tenant, by id. */
    public List<TenantId> tenants() {
        return query("Listing tenants", "SELECT tenant_id FROM tenant ORDER BY tenant_id", List.of(),
                rs -> TenantId.of(rs.getString(1)));
    }

    /** How many observations {@code tenant}'s head says its log holds (0 for an unknown tenant). */
    public long size(TenantId tenant) {
        List<Long> sizes = query("Reading the head of " + tenant, "SELECT size FROM tenant_log_head WHERE tenant_id = ?",
                List.of(tenant.value()), rs -> rs.getLong(1));
        return sizes.isEmpty() ? 0 : sizes.get(0);
    }

    /** Up to {@code limit} observations from position {@code from} on. */
    public List<Observation> observations(TenantId tenant, Position from, int limit) {
        return query("Reading observations of " + tenant, "SELECT " + OBSERVATION_COLUMNS
                        + " FROM observation WHERE tenant_id = ? AND position >= ? ORDER BY position LIMIT ?",
                List.of(tenant.value(), from.value(), limit), LedgerReader::observation);
    }

    /** The observations about case {@code caseId}, in log order. */
    public List<Observation> observationsOfCase(TenantId tenant, CaseId caseId) {
        return query("Reading the observations of case " + caseId, "SELECT " + OBSERVATION_COLUMNS
                        + " FROM observation WHERE tenant_id = ? AND case_ref = ? ORDER BY position",
                List.of(tenant.value(), caseId.value()), LedgerReader::observation);
    }

    /**
     * The observations of {@code source} and {@code side} about any of {@code cases}, in log order: what a
     * source said before about the cases of a new import, so that their timelines can be derived whole.
     * Asked in chunks of {@value #CHUNK} cases, one index probe a case.
     */
    public List<Observation> observationsOfCases(TenantId tenant, SourceRef source, Side side, Collection<CaseId> cases) {
        // One probe of observation_by_case per case, whatever the planner believes: with "case_ref = ANY (?)" it
        // scanned the whole log once a chunk when its statistics were missing after a bulk import, or when they
        // said the source had no rows yet (a minute a chunk at 8 M rows). OFFSET 0 keeps the subquery from being
        // flattened into a join the planner may again answer with a scan.
        return chunked("Reading the earlier observations of " + cases.size() + " cases",
                "SELECT " + OBSERVATION_COLUMNS + " FROM unnest(?::text[]) AS wanted(ref) CROSS JOIN LATERAL ("
                        + "SELECT * FROM observation WHERE tenant_id = ? AND case_ref = wanted.ref AND source_system = ? "
                        + "AND source_instance = ? AND side = ? OFFSET 0) AS found",
                tenant, source, side, cases.stream().map(CaseId::value).toList());
    }

    /**
     * The observations of {@code source} and {@code side} whose source id is any of {@code sourceIds}, in
     * log order: the versions held of the objects of a new import. Not indexed: a scan of the tenant's log
     * per chunk of {@value #CHUNK} ids, for observations that name no case.
     */
    public List<Observation> observationsWithSourceIds(TenantId tenant, SourceRef source, Side side, Collection<String> sourceIds) {
        return chunked("Reading the earlier versions of " + sourceIds.size() + " source objects",
                "SELECT " + OBSERVATION_COLUMNS + " FROM observation WHERE source_id = ANY (?) AND tenant_id = ? "
                        + "AND source_system = ? AND source_instance = ? AND side = ?",
                tenant, source, side, List.copyOf(sourceIds));
    }

    /** Runs {@code sql} (parameters: the chunk's values, tenant, source system, instance, side) chunk by chunk. */
    private List<Observation> chunked(String what, String sql, TenantId tenant, SourceRef source, Side side, List<String> values) {
        List<Observation> found = new ArrayList<>();
        for (int from = 0; from < values.size(); from += CHUNK) {
            String[] chunk = values.subList(from, Math.min(values.size(), from + CHUNK)).toArray(String[]::new);
            found.addAll(query(what, sql, List.of(chunk, tenant.value(), source.system(), source.instance(), side.wireName()),
                    LedgerReader::observation));
        }
        found.sort(Comparator.comparingLong(o -> o.position().value()));
        return found;
    }

    /** The observations received in {@code [fromInclusive, toExclusive)}, in log order. */
    public List<Observation> observationsReceived(TenantId tenant, Instant fromInclusive, Instant toExclusive) {
        return query("Reading the observations of a period", "SELECT " + OBSERVATION_COLUMNS
                        + " FROM observation WHERE tenant_id = ? AND received_at >= ? AND received_at < ? ORDER BY position",
                List.of(tenant.value(), fromInclusive.atOffset(java.time.ZoneOffset.UTC), toExclusive.atOffset(java.time.ZoneOffset.UTC)),
                LedgerReader::observation);
    }

    /** The leaf hashes of the first {@code size} observations, in order. */
    public List<Hash> leafHashes(TenantId tenant, long size) {
        return query("Reading the leaf hashes of " + tenant,
                "SELECT leaf_hash FROM observation WHERE tenant_id = ? AND position < ? ORDER BY position",
                List.of(tenant.value(), size), rs -> Hash.of(rs.getBytes(1)));
    }

    /** The latest checkpoint of {@code tenant}, if any was signed. */
    public Optional<SignedCheckpoint> latestCheckpoint(TenantId tenant) {
        List<SignedCheckpoint> found = query("Reading the latest checkpoint of " + tenant,
                "SELECT tenant_id, tree_size, root_hash, signed_at, key_id, signature FROM checkpoint WHERE tenant_id = ? "
                        + "ORDER BY tree_size DESC LIMIT 1", List.of(tenant.value()), LedgerReader::checkpoint);
        return found.stream().findFirst();
    }

    Optional<SignedCheckpoint> checkpointOfSize(Connection connection, TenantId tenant, long size) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT tenant_id, tree_size, root_hash, signed_at, key_id, signature FROM checkpoint WHERE tenant_id = ? AND tree_size = ?")) {
            select.setString(1, tenant.value());
            select.setLong(2, size);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(checkpoint(rs)) : Optional.empty();
            }
        }
    }

    static SignedCheckpoint checkpoint(ResultSet rs) throws SQLException {
        Checkpoint checkpoint = new Checkpoint(TenantId.of(rs.getString(1)), rs.getLong(2), Hash.of(rs.getBytes(3)),
                rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5));
        return new SignedCheckpoint(checkpoint, rs.getBytes(6));
    }

    static Observation observation(ResultSet rs) throws SQLException {
        OffsetDateTime claimed = rs.getObject(9, OffsetDateTime.class);
        String caseRef = rs.getString(11);
        long supersedes = rs.getLong(12);
        boolean supersedesNull = rs.wasNull();
        ObservationDraft draft = new ObservationDraft(
                new SourceRef(rs.getString(3), rs.getString(4)),
                Side.fromWire(rs.getString(5)),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                Optional.ofNullable(claimed).map(OffsetDateTime::toInstant),
                rs.getObject(10, OffsetDateTime.class).toInstant(),
                rs.getBytes(13),
                rs.getString(14),
                Optional.ofNullable(caseRef).map(CaseId::new),
                supersedesNull ? Optional.empty() : Optional.of(Position.of(supersedes)));
        return new Observation(TenantId.of(rs.getString(1)), Position.of(rs.getLong(2)), draft, Hash.of(rs.getBytes(15)),
                Hash.of(rs.getBytes(16)), Hash.of(rs.getBytes(17)));
    }

    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String what, String sql, List<Object> parameters, RowMapper<T> mapper) {
        try (Connection connection = database.ownerConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                if (parameters.get(i) instanceof String[] texts) {
                    select.setArray(i + 1, connection.createArrayOf("text", texts));
                } else {
                    select.setObject(i + 1, parameters.get(i));
                }
            }
            List<T> out = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException(what + " failed", e);
        }
    }
}
