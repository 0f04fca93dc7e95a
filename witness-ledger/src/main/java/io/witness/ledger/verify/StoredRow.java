package io.witness.ledger.verify;

import io.witness.core.event.CaseId;
import io.witness.core.event.Side;
import io.witness.ledger.chain.ObservationDraft;
import io.witness.ledger.chain.Position;
import io.witness.ledger.chain.SourceRef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;

/** An observation row's columns exactly as stored, hashes as plain bytes (a tampered one may have any length). */
record StoredRow(long position, String sourceSystem, String sourceInstance, String side, String kind, String sourceId,
        String sourceVersion, Optional<OffsetDateTime> claimedAt, OffsetDateTime receivedAt, Optional<String> caseRef,
        Optional<Long> supersedes, byte[] raw, String parsed, byte[] payloadSha256, byte[] parsedSha256, byte[] naturalKey, byte[] leafHash,
        byte[] chainHash) {

    static final String COLUMNS = "position, source_system, source_instance, side, kind, source_id, source_version, claimed_at, "
            + "received_at, case_ref, supersedes, raw, parsed, payload_sha256, parsed_sha256, natural_key, leaf_hash, chain_hash";

    static StoredRow read(ResultSet rs) throws SQLException {
        long supersedes = rs.getLong(11);
        boolean noSupersedes = rs.wasNull();
        return new StoredRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), Optional.ofNullable(rs.getObject(8, OffsetDateTime.class)), rs.getObject(9, OffsetDateTime.class),
                Optional.ofNullable(rs.getString(10)), noSupersedes ? Optional.empty() : Optional.of(supersedes), rs.getBytes(12),
                rs.getString(13), rs.getBytes(14), rs.getBytes(15), rs.getBytes(16), rs.getBytes(17), rs.getBytes(18));
    }

    /**
     * The row's fields as a draft.
     *
     * @throws IllegalArgumentException if a field cannot be part of an observation
     */
    ObservationDraft draft() {
        return new ObservationDraft(new SourceRef(sourceSystem, sourceInstance), Side.fromWire(side), kind, sourceId, sourceVersion,
                claimedAt.map(OffsetDateTime::toInstant), receivedAt.toInstant(), raw, parsed, caseRef.map(CaseId::new),
                supersedes.map(Position::of));
    }
}
