package io.witness.core.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who the contract binds: one client and one or more providers (a client often has several: service
 * desk, security, network, cloud). Ids are unique across all parties, and so are source ids.
 * Immutable.
 *
 * @param client the client, not null
 * @param providers the providers in the order written, not empty
 */
public record Parties(Party client, List<Party> providers) {

    private static final Parties UNNAMED = new Parties(
            new Party(new PartyId("client"), "", "", List.of(new Source(new SourceId("client"), SourceKind.OTHER_TICKETS, ""))),
            List.of(new Party(new PartyId("provider"), "", "",
                    List.of(new Source(new SourceId("provider"), SourceKind.OTHER_TICKETS, "")))));

    /** @throws IllegalArgumentException if there is no provider, or two parties or two sources share an id */
    public Parties {
        Objects.requireNonNull(client, "client");
        providers = List.copyOf(providers);
        if (providers.isEmpty()) {
            throw new IllegalArgumentException("A contract needs at least one provider");
        }
        List<PartyId> ids = new ArrayList<>();
        List<SourceId> sources = new ArrayList<>();
        for (Party party : all(client, providers)) {
            if (ids.contains(party.id())) {
                throw new IllegalArgumentException("Two parties have the id '" + party.id() + "'");
            }
            ids.add(party.id());
            for (Source source : party.sources()) {
                if (sources.contains(source.id())) {
                    throw new IllegalArgumentException("Two sources have the id '" + source.id() + "'");
                }
                sources.add(source.id());
            }
        }
    }

    /**
     * The parties of a contract that gives only clocks: a client "client" and a provider "provider", each
     * with one ticket system named after its side.
     */
    public static Parties unnamed() {
        return UNNAMED;
    }

    /** The client, then the providers. */
    public List<Party> all() {
        return all(client, providers);
    }

    public Optional<Party> provider(PartyId id) {
        return providers.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The party whose source this is. */
    public Optional<Party> ownerOf(SourceId source) {
        return all().stream().filter(p -> p.sources().stream().anyMatch(s -> s.id().equals(source))).findFirst();
    }

    private static List<Party> all(Party client, List<Party> providers) {
        List<Party> all = new ArrayList<>(providers.size() + 1);
        all.add(client);
        all.addAll(providers);
        return all;
    }
}
