package io.witness.core.finding;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * A ticket's ledger observations as the ledger names them ({@code acme#1234}): one tenant's positions kept as
 * numbers and named when read. An audit of a million cases keeps some 16 million of them, and a string each was
 * about a gigabyte the collectors copied, while only the findings' evidence ever reads a name. An unmodifiable
 * list, equal to any list of the same names. Immutable and thread-safe.
 */
public final class ObservationNames extends AbstractList<String> implements RandomAccess {

    private static final long[] NONE = new long[0];

    private final String prefix;
    private final long[] positions;
    /**
     * The positions after {@link #positions} when two tickets' names are joined ({@link #both}), kept as they are rather
     * than copied into one array (a case's findings and its register entries keep the join); empty when none.
     */
    private final long[] more;

    private ObservationNames(String prefix, long[] positions, long[] more) {
        this.prefix = prefix;
        this.positions = positions;
        this.more = more;
    }

    /**
     * The names of {@code tenant}'s observations at {@code positions}, in that order.
     *
     * @throws IllegalArgumentException if the tenant is blank or a position is negative
     */
    public static List<String> of(String tenant, long[] positions) {
        return named(prefix(tenant), positions);
    }

    /**
     * Names {@code tenant}'s observations ticket after ticket, as {@link #of} does, with one prefix ({@code acme#}) for
     * them all rather than a string made for each ticket (a tenant's read names hundreds of thousands).
     *
     * @throws IllegalArgumentException if the tenant is blank (at once), or a position is negative (when named)
     */
    public static Function<long[], List<String>> namer(String tenant) {
        String prefix = prefix(tenant);
        return positions -> named(prefix, positions);
    }

    private static String prefix(String tenant) {
        Objects.requireNonNull(tenant, "tenant");
        if (tenant.isBlank()) {
            throw new IllegalArgumentException("An observation's tenant must not be blank");
        }
        return tenant + '#';
    }

    private static List<String> named(String prefix, long[] positions) {
        if (positions.length == 0) {
            return List.of();
        }
        long[] kept = positions.clone();
        for (long position : kept) {
            if (position < 0) {
                throw new IllegalArgumentException("An observation's position is counted from 0, got " + position);
            }
        }
        return new ObservationNames(prefix, kept, NONE);
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
        if (first instanceof ObservationNames one && second instanceof ObservationNames other && one.prefix.equals(other.prefix)) {
            // Two tickets' names side by side as they are; names already joined are joined into one array.
            return one.more.length == 0 && other.more.length == 0 ? new ObservationNames(one.prefix, one.positions, other.positions)
                    : new ObservationNames(one.prefix, one.all(), other.all());
        }
        String[] all = new String[first.size() + second.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i < first.size() ? first.get(i) : second.get(i - first.size());
        }
        return List.of(all);
    }

    /** Every position, in order, in one array. */
    private long[] all() {
        if (more.length == 0) {
            return positions;
        }
        long[] all = Arrays.copyOf(positions, positions.length + more.length);
        System.arraycopy(more, 0, all, positions.length, more.length);
        return all;
    }

    /** {@code list} as it is when it is names kept as numbers or unmodifiable, else an unmodifiable copy. */
    public static List<String> kept(List<String> list) {
        return list instanceof ObservationNames ? list : List.copyOf(list);
    }

    @Override
    public String get(int index) {
        Objects.checkIndex(index, size());
        return prefix + (index < positions.length ? positions[index] : more[index - positions.length]);
    }

    @Override
    public int size() {
        return positions.length + more.length;
    }
}
