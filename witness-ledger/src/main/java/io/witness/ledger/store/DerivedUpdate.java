package io.witness.ledger.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an import gives the derived tickets before it commits: the rows of every group it touched, derived
 * under the contract whose SHA-256 is named; or nothing, when it could not derive them as a reconcile
 * would (the derived tickets of the tenant are then dropped, and rebuilt later). Immutable.
 *
 * @param contractSha256 the digest of the contract the rows were derived under; empty for {@link #none}
 * @param logSizeRead the log's size when the import read what the log held of its cases: the rows are
 *     kept only if no other import came between (the log had that size when this import took its lock)
 * @param rows the rows that replace the rows of the same first positions, with their digests
 */
public record DerivedUpdate(Optional<byte[]> contractSha256, long logSizeRead, List<DigestedRow> rows) {

    public DerivedUpdate {
        Objects.requireNonNull(contractSha256, "contractSha256");
        rows = List.copyOf(rows);
    }

    /** Rows derived under a contract from the log as it was at size {@code logSizeRead} and the import's observations. */
    public static DerivedUpdate of(byte[] contractSha256, long logSizeRead, List<DigestedRow> rows) {
        return new DerivedUpdate(Optional.of(contractSha256), logSizeRead, rows);
    }

    /** No rows: the import could not derive them; the tenant's derived tickets are dropped. */
    public static DerivedUpdate none() {
        return new DerivedUpdate(Optional.empty(), -1, List.of());
    }
}
