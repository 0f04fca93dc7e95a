package io.witness.ledger.verify;

/** How a stored row fails verification; each is named in reports by its {@link #label()}. */
public enum FailureKind {
    /** The raw bytes and their stored SHA-256 disagree. */
    DIGEST_MISMATCH("digest mismatch"),
    /** The parsed JSON and its stored SHA-256 disagree. */
    PARSED_DIGEST_MISMATCH("parsed digest mismatch"),
    /** The stored leaf hash is not the hash of the row's fields. */
    LEAF_MISMATCH("leaf hash mismatch"),
    /** The stored natural key is not the key of the row's fields and raw bytes (re-imports would add it again). */
    NATURAL_KEY_MISMATCH("natural key mismatch"),
    /** The stored chain link does not follow from the previous link and the leaf. */
    CHAIN_MISMATCH("chain mismatch"),
    /** A position below the log's size has no row. */
    MISSING_POSITION("missing position"),
    /** A row's position is at or past the log's size. */
    UNEXPECTED_POSITION("unexpected position"),
    /** A row's fields cannot be read as an observation at all. */
    UNREADABLE_ROW("unreadable row"),
    /** A checkpoint's root is not the root of the log's first tree-size leaves. */
    ROOT_MISMATCH("root mismatch"),
    /** A checkpoint's signature does not verify with the ledger's key. */
    BAD_SIGNATURE("bad signature"),
    /** A checkpoint covers more observations than the log holds. */
    CHECKPOINT_BEYOND_LOG("checkpoint beyond the log"),
    /** The tenant's head row disagrees with the log (size, last chain link or Merkle frontier). */
    HEAD_MISMATCH("head mismatch");

    private final String label;

    FailureKind(String label) {
        this.label = label;
    }

    /** The words reports use. */
    public String label() {
        return label;
    }
}
