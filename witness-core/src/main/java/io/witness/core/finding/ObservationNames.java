package io.witness.core.finding;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A ticket's ledger observations as the ledger names them ({@code acme#1234}): one tenant's positions kept as
 * numbers and named when read. An audit of a million cases keeps some 16 million of them, and a string each was
 * about a gigabyte the collectors copied, while only the findings' evidence ever reads a name. An unmodifiable
 * list, equal to any list of the same names. Immutable and thread-safe.
 */
public final class ObservationNames extends AbstractList<String> implements RandomAccess {

    private final String prefix;
    private final long[] positions;

    private ObservationNames(String prefix, long[] positions) {
        this.prefix = prefix;
        this.positions = positions;
    }

    /**
     * The names of {@code tenant}'s observations at {@code positions}, in that order.
     *
     * @throws IllegalArgumentException if the tenant is blank or a position is negative
     */
    public static List<String> of(String tenant, long[] positions) {
        Objects.requireNonNull(tenant, "tenant");
        if (tenant.isBlank()) {
            throw new IllegalArgumentException("An observation's tenant must not be blank");
        }
        if (positions.length == 0) {
            return List.of();
        }
        long[] kept = positions.clone();
        for (long position : kept) {
            if (position < 0) {
                throw new IllegalArgumentException("An observation's position is counted from 0, got " + position);
            }
        }
        return new ObservationNames(tenant + '#', kept);
    }

    /**
     * {@code first} then {@code second} as one unmodifiable list: still numbers when both are one tenant's names,
     * else the names made now.
     */
    public static List<String> both(List<String> first, List<String> second) {
        if (second.isEmpty()) {
            return first instanceof ObservationNames ? first : List.copyOf(first);
        }
        if (first.isEmpty()) {
            return second instanceof ObservationNames ? second : List.copyOf(second);
        }
        if (first instanceof ObservationNames && second instanceof ObservationNames
                && ((ObservationNames) first).prefix.equals(((ObservationNames) second).prefix)) {
            long[] a = ((ObservationNames) first).positions;
            long[] b = ((ObservationNames) second).positions;
            long[] all = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, all, a.length, b.length);
            return new ObservationNames(((ObservationNames) first).prefix, all);
        }
        String[] all = new String[first.size() + second.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i < first.size() ? first.get(i) : second.get(i - first.size());
        }
        return List.of(all);
    }

    /** {@code list} as it is when it is names kept as numbers or unmodifiable, else an unmodifiable copy. */
    public static List<String> kept(List<String> list) {
        return list instanceof ObservationNames ? list : List.copyOf(list);
    }

    @Override
    public String get(int index) {
        return prefix + positions[Objects.checkIndex(index, positions.length)];
    }

    @Override
    public int size() {
        return positions.length;
    }
}
