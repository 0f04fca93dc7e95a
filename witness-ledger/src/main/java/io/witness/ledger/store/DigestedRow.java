package io.witness.ledger.store;

import io.witness.ledger.chain.TenantId;
import java.util.Objects;

/**
 * A row of the derived tickets with its {@linkplain DerivedRowDigest digest}, computed where the row is
 * made (off the head's lock where it can be), as the ledger writes it. Immutable (arrays not copied).
 *
 * @param row the row
 * @param sha256 {@link DerivedRowDigest#of} of the row and its tenant
 */
public record DigestedRow(DerivedRow row, byte[] sha256) {

    public DigestedRow {
        Objects.requireNonNull(row, "row");
        if (sha256.length != DigestSum.BYTES) {
            throw new IllegalArgumentException("A row digest is " + DigestSum.BYTES + " bytes, got " + sha256.length);
        }
    }

    /** {@code row} of {@code tenant}'s derived tickets, with its digest computed now. */
    public static DigestedRow of(TenantId tenant, DerivedRow row) {
        return new DigestedRow(row, DerivedRowDigest.of(tenant, row));
    }
}
