package io.witness.core.finding;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A finding's evidence: some references given, then one per ledger observation named by a list of names
 * ({@link ObservationNames}), each reference made when read. A million-case audit's findings name some 16 million
 * observations; kept as references and strings they were over a gigabyte the collectors copied, while only the
 * writers read them. An unmodifiable list, equal to any list of the same references. Immutable and thread-safe.
 */
public final class EvidenceList extends AbstractList<EvidenceRef> implements RandomAccess {

    private final EvidenceRef[] given;
    private final List<String> observations;

    private EvidenceList(EvidenceRef[] given, List<String> observations) {
        this.given = given;
        this.observations = observations;
    }

    /** {@code given}, then a reference to each observation of {@code observations}, in order. */
    public static List<EvidenceRef> of(EvidenceRef[] given, List<String> observations) {
        EvidenceRef[] kept = given.clone();
        for (EvidenceRef ref : kept) {
            Objects.requireNonNull(ref, "evidence");
        }
        List<String> names = ObservationNames.kept(observations);
        return names.isEmpty() ? List.of(kept) : new EvidenceList(kept, names);
    }

    @Override
    public EvidenceRef get(int index) {
        Objects.checkIndex(index, size());
        return index < given.length ? given[index] : EvidenceRef.observation(observations.get(index - given.length));
    }

    @Override
    public int size() {
        return given.length + observations.size();
    }
}
