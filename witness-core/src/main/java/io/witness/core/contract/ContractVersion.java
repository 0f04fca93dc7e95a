package io.witness.core.contract;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The terms in force from a date until the next version: the contract as first signed, or as amended.
 * Immutable.
 *
 * @param version its version label ("1.0", "Amendment 2"), not null, may be empty
 * @param from the first day it is in force, not null
 * @param title what the amendment is, not null, may be empty
 * @param terms the terms in force, not null
 */
public record ContractVersion(String version, LocalDate from, String title, ContractTerms terms) {

    public ContractVersion {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(terms, "terms");
    }
}
