package io.witness.core.reconcile;

import io.witness.core.clock.ClockResult;
import io.witness.core.contract.ContractVersion;
import io.witness.core.event.Side;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * A case's clocks three ways: as the client's record says, as the provider's record says, and as the
 * witnessed timeline says (both tickets merged under the contract's {@code timestamps} rules, each
 * record as first told, backdated stops and pauses counted when Witness first saw them). A case only one
 * side recorded has that side's clocks as its witnessed clocks: there is nothing to merge.
 * Immutable.
 *
 * @param theCase the case, not null
 * @param version the contract version in force on the case's opening date; empty outside the contract
 * @param client the client ticket's history, if it has one
 * @param provider the provider ticket's history, if it has one
 * @param clientClocks the clocks on the client's record (empty without a client ticket)
 * @param providerClocks the clocks on the provider's record (empty without a provider ticket)
 * @param witnessedClocks the clocks on the witnessed timeline
 */
public record CaseClocks(Case theCase, Optional<ContractVersion> version, Optional<TicketHistory> client,
        Optional<TicketHistory> provider, List<ClockResult> clientClocks, List<ClockResult> providerClocks,
        List<ClockResult> witnessedClocks) {

    public CaseClocks {
        Objects.requireNonNull(theCase, "theCase");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(provider, "provider");
        clientClocks = List.copyOf(clientClocks);
        providerClocks = List.copyOf(providerClocks);
        witnessedClocks = List.copyOf(witnessedClocks);
    }

    /** The clocks of one timeline. */
    public List<ClockResult> on(Side side) {
        return switch (side) {
            case CLIENT -> clientClocks;
            case PROVIDER -> providerClocks;
            case WITNESS -> witnessedClocks;
        };
    }

    /** The side's ticket history, if it has a ticket. */
    public Optional<TicketHistory> history(Side side) {
        return switch (side) {
            case CLIENT -> client;
            case PROVIDER -> provider;
            case WITNESS -> Optional.empty();
        };
    }

    /**
     * Each clock of the client's record with the provider's clock of the same name and cycle, client's clocks in
     * order, then the provider's; for the differences and disagreements of a case.
     */
    void eachPair(BiConsumer<ClockResult, ClockResult> action) {
        for (int i = 0; i < clientClocks.size(); i++) {
            ClockResult client = clientClocks.get(i);
            for (int j = 0; j < providerClocks.size(); j++) {
                ClockResult provider = providerClocks.get(j);
                if (provider.cycle() == client.cycle() && provider.clock().equals(client.clock())) {
                    action.accept(client, provider);
                }
            }
        }
    }

    /** Every clock of every timeline, client, provider, then witnessed. */
    public List<ClockResult> all() {
        List<ClockResult> all = new java.util.ArrayList<>(clientClocks.size() + providerClocks.size()
                + witnessedClocks.size());
        all.addAll(clientClocks);
        all.addAll(providerClocks);
        all.addAll(witnessedClocks);
        return all;
    }
}
