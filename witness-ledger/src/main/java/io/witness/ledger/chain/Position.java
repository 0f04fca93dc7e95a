package io.witness.ledger.chain;

/**
 * The place of an observation in its tenant's log: 0 for the first, then one more for each. With the
 * tenant it identifies the observation, and it is the observation's leaf index in the Merkle tree.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value 0 or more
 */
public record Position(long value) implements Comparable<Position> {

    /**
     * @throws IllegalArgumentException if {@code value} is negative
     */
    public Position {
        if (value < 0) {
            throw new IllegalArgumentException("A position is 0 or more, got " + value);
        }
    }

    /** The position {@code value}. */
    public static Position of(long value) {
        return new Position(value);
    }

    /** The position after this one. */
    public Position next() {
        return new Position(value + 1);
    }

    @Override
    public int compareTo(Position other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
