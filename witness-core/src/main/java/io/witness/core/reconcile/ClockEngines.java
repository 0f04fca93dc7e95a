package io.witness.core.reconcile;

import io.witness.core.clock.ClockEngine;
import io.witness.core.clock.StatusClassifier;
import io.witness.core.contract.Contract;
import io.witness.core.contract.ContractVersion;
import io.witness.core.contract.Party;
import io.witness.core.contract.PartyId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One clock engine per contract version and provider, built once: engines are thread-safe and reused. */
final class ClockEngines {

    private final Contract contract;
    private final List<Map<PartyId, ClockEngine>> byVersion = new ArrayList<>();
    private final List<Map<PartyId, StatusClassifier>> classifiers = new ArrayList<>();
    /** Each version in an Optional, one shared by every case of that version (each case keeps it). */
    private final List<Optional<ContractVersion>> versions = new ArrayList<>();

    ClockEngines(Contract contract) {
        this.contract = contract;
        for (ContractVersion version : contract.versions()) {
            Map<PartyId, ClockEngine> engines = new HashMap<>();
            Map<PartyId, StatusClassifier> byProvider = new HashMap<>();
            for (Party provider : contract.parties().providers()) {
                StatusClassifier classifier = version.terms().statusClassifierFor(contract.parties(), provider.id());
                byProvider.put(provider.id(), classifier);
                engines.put(provider.id(), new ClockEngine(version.terms().clocksFor(provider.id()), classifier));
            }
            byVersion.add(engines);
            classifiers.add(byProvider);
            versions.add(Optional.of(version));
        }
    }

    /** The version in force on the date (in the contract's zone) of an instant; empty outside the contract. */
    Optional<ContractVersion> versionAt(Instant instant) {
        Optional<ContractVersion> version = contract.versionAt(LocalDate.ofInstant(instant, contract.header().zone()));
        return version.isPresent() ? versions.get(index(version.get())) : version;
    }

    /** The engine of a provider under a version; an engine without clocks for a provider the contract lacks. */
    ClockEngine engine(ContractVersion version, PartyId provider) {
        ClockEngine engine = byVersion.get(index(version)).get(provider);
        return engine != null ? engine : new ClockEngine(List.of(), classifier(version, provider));
    }

    StatusClassifier classifier(ContractVersion version, PartyId provider) {
        StatusClassifier classifier = classifiers.get(index(version)).get(provider);
        return classifier != null ? classifier : StatusClassifier.byClassName();
    }

    private int index(ContractVersion version) {
        List<ContractVersion> versions = contract.versions();
        for (int i = 0; i < versions.size(); i++) {
            if (versions.get(i) == version) {
                return i;
            }
        }
        throw new IllegalArgumentException("Version " + version.version() + " is not of this contract");
    }
}
