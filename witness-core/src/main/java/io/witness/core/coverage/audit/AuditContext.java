package io.witness.core.coverage.audit;

import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractTerms;
import io.witness.core.contract.Obligation;
import io.witness.core.contract.ObligationTerms;
import io.witness.core.contract.PartyId;
import io.witness.core.coverage.asset.Inventory;
import io.witness.core.finding.EvidenceRef;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * What a coverage rule is given besides its evidence: the contract and its terms in force on the audit
 * date, the period audited {@code [from, at)} in the contract's zone, the client's inventory and the
 * settings. Immutable and thread-safe.
 *
 * @param contract the contract, not null
 * @param terms the terms in force on {@code at} (the last version's when {@code at} is after the contract)
 * @param from the first day audited, not null
 * @param at the audit date: days before it are audited, it is the day ages are counted to, not null
 * @param inventory the client's systems, not null
 * @param settings the thresholds the contract does not set, not null
 */
public record AuditContext(Contract contract, ContractTerms terms, LocalDate from, LocalDate at, Inventory inventory,
        CoverageSettings settings) {

    public AuditContext {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(settings, "settings");
        if (from.isAfter(at)) {
            throw new IllegalArgumentException("The audited period starts " + from + ", after the audit date " + at);
        }
    }

    /**
     * The audit of {@code contract} on {@code at}, from the later of {@code from} and the contract's first day.
     *
     * @throws IllegalArgumentException if {@code at} is before the contract's first day
     */
    public static AuditContext of(Contract contract, LocalDate from, LocalDate at, Inventory inventory, CoverageSettings settings) {
        LocalDate first = contract.header().effective().from();
        if (at.isBefore(first)) {
            throw new IllegalArgumentException("The audit date " + at + " is before the contract's first day " + first);
        }
        ContractTerms terms = contract.termsAt(at).orElse(contract.versions().get(contract.versions().size() - 1).terms());
        return new AuditContext(contract, terms, from.isBefore(first) ? first : from, at, inventory, settings);
    }

    public ZoneId zone() {
        return contract.header().zone();
    }

    public Currency currency() {
        return contract.header().currency();
    }

    /** The date of an instant in the contract's zone. */
    public LocalDate dateOf(Instant instant) {
        return instant.atZone(zone()).toLocalDate();
    }

    /** The first instant of a date in the contract's zone. */
    public Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone()).toInstant();
    }

    /** The first instant of the audit date: when findings about the state on that date are dated. */
    public Instant atInstant() {
        return startOf(at);
    }

    /** Every provider's obligations of one kind, in contract order. */
    public <T extends ObligationTerms> List<ProviderObligation<T>> obligations(Class<T> kind) {
        List<ProviderObligation<T>> found = new ArrayList<>();
        terms.obligations().forEach((provider, list) -> {
            for (Obligation obligation : list) {
                if (kind.isInstance(obligation.terms())) {
                    found.add(new ProviderObligation<>(provider, obligation, kind.cast(obligation.terms())));
                }
            }
        });
        return found;
    }

    /** The contract's text of an obligation, as evidence: {@code contract:acme-northwind-msa/northwind/backup}. */
    public EvidenceRef ref(ProviderObligation<?> obligation) {
        return new EvidenceRef("contract", contract.header().id() + "/" + obligation.provider() + "/" + obligation.obligation().id());
    }

    /** The providers, in contract order. */
    public List<PartyId> providers() {
        return contract.parties().providers().stream().map(p -> p.id()).toList();
    }
}
