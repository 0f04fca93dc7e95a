package io.witness.core.finding;

import java.util.Objects;

/**
 * A pointer to the evidence behind a finding, as a reader (or a verifier of an evidence pack) can follow
 * it: an observation in the ledger ({@code observation}, {@code acme#1234}), a case ({@code case},
 * {@code INC0010003}), a clock ({@code clock}, {@code INC0010003/resolution/witness/1}), a row of a file
 * ({@code file}, {@code backups.csv:12}). Immutable.
 *
 * @param kind what it points at, not blank
 * @param id its id, not blank
 */
public record EvidenceRef(String kind, String id) {

    public EvidenceRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        if (kind.isBlank() || id.isBlank()) {
            throw new IllegalArgumentException("Evidence needs a kind and an id, got '" + kind + "', '" + id + "'");
        }
    }

    public static EvidenceRef observation(String name) {
        return new EvidenceRef("observation", name);
    }

    public static EvidenceRef ofCase(String caseId) {
        return new EvidenceRef("case", caseId);
    }

    public static EvidenceRef file(String where) {
        return new EvidenceRef("file", where);
    }

    @Override
    public String toString() {
        return kind + ":" + id;
    }
}
