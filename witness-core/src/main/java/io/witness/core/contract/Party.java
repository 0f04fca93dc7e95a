package io.witness.core.contract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The client or one provider: its id, legal name, role (for a provider: "service desk", "security
 * operations") and the systems it keeps records in. Immutable.
 *
 * @param id the id the contract's sections use, not null
 * @param name the legal name, not null
 * @param role what it does under the contract, not null, may be empty
 * @param sources its systems, in the order written; the first ticket system is the one its side's
 *     events come from until events name their system
 */
public record Party(PartyId id, String name, String role, List<Source> sources) {

    public Party {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        sources = List.copyOf(sources);
    }

    /** The party's first ticket system, if it has one. */
    public Optional<Source> ticketSource() {
        return sources.stream().filter(s -> s.kind().holdsTickets()).findFirst();
    }
}
