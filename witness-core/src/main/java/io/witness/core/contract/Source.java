package io.witness.core.contract;

import java.util.Objects;

/**
 * A system a party keeps records in, from which Witness takes evidence: its id in the contract, its
 * kind, and the product's name as people call it ("ServiceNow (Washington DC release)", "Datto RMM").
 * Immutable.
 *
 * @param id the id the contract's maps use, not null
 * @param kind what kind of system it is, not null
 * @param name the product's name, not null, may be empty
 */
public record Source(SourceId id, SourceKind kind, String name) {

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }
}
