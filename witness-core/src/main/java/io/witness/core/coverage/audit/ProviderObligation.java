package io.witness.core.coverage.audit;

import io.witness.core.contract.Obligation;
import io.witness.core.contract.ObligationTerms;
import io.witness.core.contract.PartyId;
import java.util.Objects;

/**
 * One obligation of one provider, with its terms as their own type. Immutable.
 *
 * @param provider the provider bound by it, not null
 * @param obligation the obligation, not null
 * @param terms its terms, the same as {@code obligation.terms()}, not null
 * @param <T> the kind of terms
 */
public record ProviderObligation<T extends ObligationTerms>(PartyId provider, Obligation obligation, T terms) {

    public ProviderObligation {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(obligation, "obligation");
        Objects.requireNonNull(terms, "terms");
    }

    /** {@code section 7.4}, as findings cite it. */
    public String section() {
        return "section " + obligation.section();
    }
}
