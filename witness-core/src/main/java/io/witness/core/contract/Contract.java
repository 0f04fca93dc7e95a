package io.witness.core.contract;

import io.witness.core.calendar.BusinessCalendar;
import io.witness.core.clock.ClockDefinition;
import io.witness.core.clock.StatusClassifier;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A contract between a client and its providers, as data: what it is, who it binds, and its terms in
 * versions that follow each other (the text as signed, then each amendment from its date). Immutable
 * and thread-safe.
 *
 * <p>The clock engine takes {@link #clocks()} and {@link #statusClassifier()}: those of the first
 * version and the first provider. For another provider or date use {@link #termsAt(LocalDate)} and
 * {@link ContractTerms#clocksFor(PartyId)}.
 *
 * @param header id, title, dates, zone, currency; not null
 * @param parties the client and the providers, not null
 * @param versions the versions, from the first; each starts strictly after the one before, the first on
 *     the contract's first day
 */
public record Contract(ContractHeader header, Parties parties, List<ContractVersion> versions) {

    /** @throws DateTimeException if the versions are empty, out of order, or outside the effective period */
    public Contract {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(parties, "parties");
        versions = List.copyOf(versions);
        if (versions.isEmpty()) {
            throw new DateTimeException("A contract has at least one version of its terms");
        }
        if (!versions.get(0).from().equals(header.effective().from())) {
            throw new DateTimeException("The first version starts " + versions.get(0).from()
                    + ", not on the contract's first day " + header.effective().from());
        }
        for (int v = 1; v < versions.size(); v++) {
            LocalDate from = versions.get(v).from();
            if (!from.isAfter(versions.get(v - 1).from()) || !header.effective().contains(from)) {
                throw new DateTimeException("Version " + versions.get(v).version() + " starts " + from
                        + "; it must come after the version before and within the contract's period");
            }
        }
    }

    /** A contract that gives only clocks: unnamed parties, in force always, one version. */
    public static Contract ofClocks(ContractTerms terms) {
        return new Contract(ContractHeader.unnamed(), Parties.unnamed(),
                List.of(new ContractVersion("", EffectivePeriod.always().from(), "", terms)));
    }

    /** True for a contract that gives only clocks (written without parties). */
    public boolean isClocksOnly() {
        return header.equals(ContractHeader.unnamed()) && parties.equals(Parties.unnamed());
    }

    /** The version in force on a date in the contract's zone; empty outside its effective period. */
    public Optional<ContractVersion> versionAt(LocalDate date) {
        if (!header.effective().contains(date)) {
            return Optional.empty();
        }
        ContractVersion found = versions.get(0);
        for (ContractVersion version : versions) {
            if (!version.from().isAfter(date)) {
                found = version;
            }
        }
        return Optional.of(found);
    }

    /** The terms in force on a date in the contract's zone; empty outside its effective period. */
    public Optional<ContractTerms> termsAt(LocalDate date) {
        return versionAt(date).map(ContractVersion::terms);
    }

    /** The first version's terms. */
    public ContractTerms firstTerms() {
        return versions.get(0).terms();
    }

    /** The first version's calendars. */
    public Map<String, BusinessCalendar> calendars() {
        return firstTerms().calendars();
    }

    /** The SLA clocks of the first provider in the first version. */
    public List<ClockDefinition> clocks() {
        return firstTerms().clocksFor(parties.providers().get(0).id());
    }

    /** The status classes between the client and the first provider in the first version. */
    public StatusClassifier statusClassifier() {
        return firstTerms().statusClassifierFor(parties, parties.providers().get(0).id());
    }
}
