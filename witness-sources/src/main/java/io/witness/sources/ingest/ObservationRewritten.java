package io.witness.sources.ingest;

import io.witness.core.event.CaseId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A source record version (same source, side, kind, id and version) told again with other bytes: the
 * source changed a version it had already given. Both are kept in the ledger. Immutable.
 *
 * @param caseId the case, when the record names one
 * @param kind the record's kind ({@code incident-update})
 * @param sourceId the source's id of the object
 * @param sourceVersion the version told twice
 * @param changes the fields of the parsed form that differ, not empty
 */
public record ObservationRewritten(Optional<CaseId> caseId, String kind, String sourceId, String sourceVersion,
        List<FieldChange> changes) implements Rewrite {

    public ObservationRewritten {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(sourceVersion, "sourceVersion");
        changes = List.copyOf(changes);
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("A rewritten record has at least one changed field");
        }
    }

    @Override
    public Optional<CaseId> about() {
        return caseId;
    }

    @Override
    public String describe() {
        return caseId.map(c -> c + ": ").orElse("") + kind + " " + sourceId + " version " + sourceVersion + " rewritten: "
                + changes.stream().map(FieldChange::toString).collect(Collectors.joining("; "));
    }
}
