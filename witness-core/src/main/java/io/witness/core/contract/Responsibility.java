package io.witness.core.contract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the responsibility matrix (RACI): an area, who owns it, and which parties are Responsible,
 * Accountable (exactly one), Consulted and Informed. Immutable.
 *
 * @param area the area ("monitoring", "patching", "data ownership"), not blank
 * @param ownership who owns it, not null
 * @param responsible the parties who do the work, not empty
 * @param accountable the one party answerable for it, not null
 * @param consulted the parties asked before, not null
 * @param informed the parties told after, not null
 * @param section the clause, if the matrix gives one per row
 * @param note a remark, not null, may be empty
 */
public record Responsibility(String area, Ownership ownership, List<PartyId> responsible, PartyId accountable,
        List<PartyId> consulted, List<PartyId> informed, Optional<ClauseRef> section, String note) {

    public Responsibility {
        Objects.requireNonNull(area, "area");
        if (area.isBlank()) {
            throw new IllegalArgumentException("A responsibility names its area");
        }
        Objects.requireNonNull(ownership, "ownership");
        responsible = List.copyOf(responsible);
        if (responsible.isEmpty()) {
            throw new IllegalArgumentException("Area '" + area + "' needs at least one responsible party");
        }
        Objects.requireNonNull(accountable, "accountable");
        consulted = List.copyOf(consulted);
        informed = List.copyOf(informed);
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(note, "note");
    }
}
