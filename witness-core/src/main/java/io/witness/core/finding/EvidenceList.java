package io.witness.core.finding;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * A finding's evidence: some references first (given, or made when read by a {@link Head}), then one per ledger
 * observation named by a list of names ({@link ObservationNames}), each reference made when read. A million-case
 * audit's findings name some 16 million observations; kept as references and strings they were over a gigabyte the
 * collectors copied, while only the writers read them. An unmodifiable list, equal to any list of the same
 * references. Immutable and thread-safe.
 */
public final class EvidenceList extends AbstractList<EvidenceRef> implements RandomAccess {

    /**
     * The references before the observations', made when read: pure and thread-safe, the same references every time,
     * at least one.
     */
    public interface Head {
        int size();

        EvidenceRef get(int index);
    }

    /** The references before the observations': an {@code EvidenceRef[]} given or a {@link Head}, in one field. */
    private final Object head;
    private final List<String> observations;

    private EvidenceList(Object head, List<String> observations) {
        this.head = head;
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

    /** The references {@code head} makes when read, then a reference to each observation of {@code observations}. */
    public static List<EvidenceRef> of(Head head, List<String> observations) {
        return new EvidenceList(Objects.requireNonNull(head, "head"), ObservationNames.kept(observations));
    }

    /** The head's references, made when read; null when they were given. */
    public @Nullable Head head() {
        return head instanceof Head made ? made : null;
    }

    @Override
    public EvidenceRef get(int index) {
        Objects.checkIndex(index, size());
        int first = headSize();
        if (index >= first) {
            return EvidenceRef.observation(observations.get(index - first));
        }
        return head instanceof EvidenceRef[] given ? given[index] : Objects.requireNonNull(((Head) head).get(index), "evidence");
    }

    @Override
    public int size() {
        return headSize() + observations.size();
    }

    /** How many references come before the observations' (the first of the list). */
    public int headSize() {
        return head instanceof EvidenceRef[] given ? given.length : ((Head) head).size();
    }
}
