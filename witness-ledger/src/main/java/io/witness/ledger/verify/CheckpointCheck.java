package io.witness.ledger.verify;

import io.witness.ledger.chain.TenantId;
import io.witness.ledger.checkpoint.Checkpoint;
import io.witness.ledger.checkpoint.SignedCheckpoint;
import io.witness.ledger.checkpoint.VerifyingKey;
import io.witness.ledger.hash.Hash;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * Checks one stored checkpoint against the root recomputed from the log and against the ledger's key.
 * A root that differs is a root mismatch; the signature then tells whether the stored root was altered
 * (it verifies over the recomputed root) or the log changed after signing (it verifies over the stored
 * one). A signature valid over neither is also a bad signature.
 */
final class CheckpointCheck {

    /** A checkpoint row's columns as stored. */
    record StoredCheckpoint(long treeSize, byte[] rootHash, OffsetDateTime signedAt, String keyId, byte[] signature) {

        static final String COLUMNS = "tree_size, root_hash, signed_at, key_id, signature";

        static StoredCheckpoint read(ResultSet rs) throws SQLException {
            return new StoredCheckpoint(rs.getLong(1), rs.getBytes(2), rs.getObject(3, OffsetDateTime.class), rs.getString(4), rs.getBytes(5));
        }
    }

    private CheckpointCheck() {
    }

    static void check(TenantId tenant, StoredCheckpoint stored, Hash computedRoot, VerifyingKey key, List<Failure> failures) {
        String name = tenant + " checkpoint " + stored.treeSize();
        boolean rootHolds = Arrays.equals(stored.rootHash(), computedRoot.bytes());
        boolean signedAsStored = signs(tenant, stored, RowCheck.hashOr(stored.rootHash(), null), key);
        boolean signedOverComputed = !rootHolds && signs(tenant, stored, computedRoot, key);
        if (!rootHolds) {
            String why = signedOverComputed ? "; the signature is over the computed root, so the stored root was altered"
                    : signedAsStored ? "; the signature is over the stored root, so the log changed after signing" : "";
            failures.add(new Failure(name, FailureKind.ROOT_MISMATCH, RowCheck.storedVsComputed(stored.rootHash(), computedRoot) + why));
        }
        if (!signedAsStored && !signedOverComputed) {
            String detail = stored.keyId().equals(key.keyId()) ? "does not verify with key " + key.keyId()
                    : "signed by key " + stored.keyId() + ", this ledger's key is " + key.keyId();
            failures.add(new Failure(name, FailureKind.BAD_SIGNATURE, detail));
        }
    }

    private static boolean signs(TenantId tenant, StoredCheckpoint stored, Hash root, VerifyingKey key) {
        if (root == null) {
            return false;
        }
        try {
            Checkpoint checkpoint = new Checkpoint(tenant, stored.treeSize(), root, stored.signedAt().toInstant(), stored.keyId());
            return key.verifies(new SignedCheckpoint(checkpoint, stored.signature()));
        } catch (IllegalArgumentException e) {
            return false; // a field that cannot be part of a checkpoint was not signed
        }
    }
}
