package io.witness.core.contract;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * What a contract is: its id and title, the version of its first text, when it was signed, the dates it
 * is in force, the time zone its dates and deadlines are in, and the currency of its amounts.
 * Immutable and thread-safe.
 *
 * @param id the contract's id, not null
 * @param title its title ("Managed IT Services Agreement"), not null, may be empty
 * @param version the version of the first text ("1.0"), not null, may be empty
 * @param signed the date it was signed, if known
 * @param effective the dates it is in force, not null
 * @param zone the zone its dates (effective dates, report deadlines) are in, not null
 * @param currency the currency of every amount, not null
 */
public record ContractHeader(
        ContractId id,
        String title,
        String version,
        Optional<LocalDate> signed,
        EffectivePeriod effective,
        ZoneId zone,
        Currency currency) {

    private static final ContractHeader UNNAMED = new ContractHeader(new ContractId("contract"), "", "", Optional.empty(),
            EffectivePeriod.always(), ZoneOffset.UTC, Currency.getInstance("XXX"));

    public ContractHeader {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(signed, "signed");
        Objects.requireNonNull(effective, "effective");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(currency, "currency");
    }

    /** The header of a contract that gives only clocks: in force always, in UTC, amounts in no currency (XXX). */
    public static ContractHeader unnamed() {
        return UNNAMED;
    }
}
