package io.witness.core.reconcile;

import io.witness.core.clock.ClockResult;
import io.witness.core.contract.ContractVersion;
import io.witness.core.event.Side;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * A case's clocks three ways: as the client's record says, as the provider's record says, and as the
 * witnessed timeline says (both tickets merged under the contract's {@code timestamps} rules, each
 * record as first told, backdated stops and pauses counted when Witness first saw them). A case only one
 * side recorded has that side's clocks as its witnessed clocks: there is nothing to merge.
 * Immutable; equal when every value is equal.
 */
public final class CaseClocks {

    // A million-case audit keeps every case's clocks: the histories are kept as they are (null when the side has
    // no ticket) and put in an Optional when asked, rather than an Optional each kept.
    private final Case theCase;
    private final Optional<ContractVersion> version;
    private final @Nullable TicketHistory client;
    private final @Nullable TicketHistory provider;
    private final List<ClockResult> clientClocks;
    private final List<ClockResult> providerClocks;
    private final List<ClockResult> witnessedClocks;

    /**
     * @param theCase the case, not null
     * @param version the contract version in force on the case's opening date; empty outside the contract
     * @param client the client ticket's history, if it has one
     * @param provider the provider ticket's history, if it has one
     * @param clientClocks the clocks on the client's record (empty without a client ticket)
     * @param providerClocks the clocks on the provider's record (empty without a provider ticket)
     * @param witnessedClocks the clocks on the witnessed timeline
     */
    public CaseClocks(Case theCase, Optional<ContractVersion> version, Optional<TicketHistory> client,
            Optional<TicketHistory> provider, List<ClockResult> clientClocks, List<ClockResult> providerClocks,
            List<ClockResult> witnessedClocks) {
        this.theCase = Objects.requireNonNull(theCase, "theCase");
        this.version = Objects.requireNonNull(version, "version");
        this.client = Objects.requireNonNull(client, "client").orElse(null);
        this.provider = Objects.requireNonNull(provider, "provider").orElse(null);
        this.clientClocks = List.copyOf(clientClocks);
        this.providerClocks = List.copyOf(providerClocks);
        this.witnessedClocks = List.copyOf(witnessedClocks);
    }

    /** The case. */
    public Case theCase() {
        return theCase;
    }

    /** The contract version in force on the case's opening date; empty outside the contract. */
    public Optional<ContractVersion> version() {
        return version;
    }

    /** The client ticket's history, if it has one. */
    public Optional<TicketHistory> client() {
        return Optional.ofNullable(client);
    }

    /** The provider ticket's history, if it has one. */
    public Optional<TicketHistory> provider() {
        return Optional.ofNullable(provider);
    }

    /** The clocks on the client's record (empty without a client ticket). */
    public List<ClockResult> clientClocks() {
        return clientClocks;
    }

    /** The clocks on the provider's record (empty without a provider ticket). */
    public List<ClockResult> providerClocks() {
        return providerClocks;
    }

    /** The clocks on the witnessed timeline. */
    public List<ClockResult> witnessedClocks() {
        return witnessedClocks;
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
            case CLIENT -> client();
            case PROVIDER -> provider();
            case WITNESS -> Optional.empty();
        };
    }

    /** The side's ticket history; null when it has no ticket (and for the witnessed timeline). */
    @Nullable TicketHistory historyOrNull(Side side) {
        return side == Side.CLIENT ? client : side == Side.PROVIDER ? provider : null;
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

    @Override
    public boolean equals(Object other) {
        return other instanceof CaseClocks c && theCase.equals(c.theCase) && version.equals(c.version)
                && Objects.equals(client, c.client) && Objects.equals(provider, c.provider)
                && clientClocks.equals(c.clientClocks) && providerClocks.equals(c.providerClocks)
                && witnessedClocks.equals(c.witnessedClocks);
    }

    @Override
    public int hashCode() {
        return Objects.hash(theCase, version, client, provider, clientClocks, providerClocks, witnessedClocks);
    }

    @Override
    public String toString() {
        return "CaseClocks[theCase=" + theCase + ", version=" + version + ", client=" + client() + ", provider="
                + provider() + ", clientClocks=" + clientClocks + ", providerClocks=" + providerClocks
                + ", witnessedClocks=" + witnessedClocks + "]";
    }
}
